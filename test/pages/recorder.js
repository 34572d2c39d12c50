// Loaded first by every fixture page (an external file: the pages run under a
// strict CSP). Records what the test asserts on: CSP violations, console
// warnings and errors, uncaught errors, and layout shifts.
(function () {
  var record = { violations: [], warnings: [], errors: [], shifts: [], scripts: [], shiftSources: [] };
  window.__record = record;
  document.addEventListener('securitypolicyviolation', function (event) {
    record.violations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      // A resource that failed to load (captured) names its address; the test server's own live-reload script is not the page's.
      if (target && target !== window && (target.src || target.href)) {
        var address = String(target.src || target.href);
        if (address.indexOf('__web-dev-server__') === -1) record.errors.push('failed to load ' + address);
        return;
      }
      record.errors.push(String(event.message || event.type));
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    record.errors.push('unhandled rejection: ' + String(event.reason));
  });
  var warn = console.warn,
    error = console.error;
  console.warn = function () {
    record.warnings.push([].join.call(arguments, ' '));
    warn.apply(console, arguments);
  };
  console.error = function () {
    record.errors.push([].join.call(arguments, ' '));
    error.apply(console, arguments);
  };
  // Every script element added to the page (the loader removes its own once loaded).
  // `batch` tells scripts added in one go (one observer call) from later ones.
  var batch = 0;
  new MutationObserver(function (records) {
    batch++;
    records.forEach(function (item) {
      item.addedNodes.forEach(function (node) {
        if (node.localName === 'script')
          record.scripts.push({
            src: node.src,
            type: node.type,
            integrity: node.integrity,
            crossOrigin: node.crossOrigin,
            nonce: node.nonce,
            batch: batch,
          });
      });
    });
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      if (entry.hadRecentInput) return;
      record.shifts.push(entry.value);
      (entry.sources || []).forEach(function (source) {
        var node = source.node;
        var name = node ? (node.localName || node.nodeName) + (node.id ? '#' + node.id : '') : '?';
        record.shiftSources.push(name);
        console.info(
          'layout shift',
          entry.value,
          name,
          JSON.stringify(source.previousRect),
          '->',
          JSON.stringify(source.currentRect),
        );
      });
    });
  }).observe({ type: 'layout-shift', buffered: true });
})();
