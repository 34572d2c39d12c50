// A hostile script on the portal (allowed by its CSP, as an ad or analytics
// script would be): once the widgets have run, it tries to turn its own
// strings into TrustedHTML and TrustedScriptURL through their policy, and
// records in window.__abuse what it got. Run from a page under
// `require-trusted-types-for 'script'; trusted-types ispeed-widgets fixture`.
(function () {
  var KEY = Symbol.for('ispeed-widgets.trusted-types-policy');
  var STATE = Symbol.for('ispeed-widgets.state');
  var results = {};
  window.__abuse = results;

  function attempt(name, action) {
    try {
      var value = action();
      results[name] =
        window.trustedTypes.isHTML(value) || window.trustedTypes.isScriptURL(value) ? 'trusted' : 'not trusted';
    } catch (error) {
      results[name] = 'refused: ' + String(error && error.message);
    }
  }

  function run() {
    var policy = window[KEY];
    results.hasPolicy = !!policy;
    var base = window[STATE].scriptBase;
    attempt('html: event handler', function () {
      return policy.createHTML('<img src="x" onerror="window.__pwned = 1">');
    });
    attempt('html: script', function () {
      return policy.createHTML('<script>window.__pwned = 1</' + 'script>');
    });
    attempt('html: srcdoc', function () {
      return policy.createHTML('<iframe srcdoc="&lt;script&gt;parent.__pwned = 1&lt;/script&gt;"></iframe>');
    });
    attempt('html: javascript link', function () {
      return policy.createHTML('<a href="javascript:window.__pwned = 1">x</a>');
    });
    attempt('html: base', function () {
      return policy.createHTML('<base href="https://evil.example/">');
    });
    attempt('script: another host', function () {
      return policy.createScriptURL('https://evil.example/x.js');
    });
    attempt('script: another port of the same host', function () {
      var other = new URL(base);
      other.port = String(Number(other.port || 80) + 1);
      return policy.createScriptURL(new URL('chunks/core.js', other).href);
    });
    attempt('script: a page, not a script', function () {
      return policy.createScriptURL(new URL('go.html', base).href);
    });
    attempt('script: not a .js file', function () {
      return policy.createScriptURL(new URL('chunks/x.js?callback=alert', base).href);
    });
    // The old design kept a set of allowed addresses in the shared state: adding to it, or moving the folder, must not help.
    if (window[STATE].scriptUrls) window[STATE].scriptUrls.add('https://evil.example/y.js');
    window[STATE].scriptBase = 'https://evil.example/';
    attempt('script: after moving the shared folder', function () {
      return policy.createScriptURL('https://evil.example/y.js');
    });
    // Put a permissive policy in the widgets' place, so their code would hand it their strings.
    try {
      window[KEY] = { createHTML: String, createScriptURL: String };
    } catch {
      // A read-only property throws only in strict code.
    }
    results.replaced = window[KEY] !== policy;
    window[STATE].scriptBase = base;
    // What the widgets' own templates need still passes.
    attempt('html: a template of ours', function () {
      return policy.createHTML('<div class="frame"><slot></slot></div>');
    });
    attempt('script: a chunk of ours', function () {
      return policy.createScriptURL(new URL('chunks/core.js', base).href);
    });
    results.done = true;
  }

  customElements.whenDefined('ispeed-banner').then(run);
})();
