// Loaded first by every fixture page (an external file: the pages run under a
// strict CSP). Records what the test asserts on: CSP violations, console
// warnings and errors, uncaught errors, and layout shifts.
(function () {
  var record = { violations: [], warnings: [], errors: [], shifts: [] };
  window.__record = record;
  document.addEventListener('securitypolicyviolation', function (event) {
    record.violations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
  window.addEventListener('error', function (event) {
    record.errors.push(String(event.message || event.type));
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record.errors.push('unhandled rejection: ' + String(event.reason));
  });
  var warn = console.warn, error = console.error;
  console.warn = function () { record.warnings.push([].join.call(arguments, ' ')); warn.apply(console, arguments); };
  console.error = function () { record.errors.push([].join.call(arguments, ' ')); error.apply(console, arguments); };
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      if (entry.hadRecentInput) return;
      record.shifts.push(entry.value);
      (entry.sources || []).forEach(function (source) {
        var node = source.node;
        var name = node ? (node.localName || node.nodeName) + (node.id ? '#' + node.id : '') : '?';
        console.info('layout shift', entry.value, name, JSON.stringify(source.previousRect), '->', JSON.stringify(source.currentRect));
      });
    });
  }).observe({ type: 'layout-shift', buffered: true });
})();
