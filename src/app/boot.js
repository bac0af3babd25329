/*
 * Loads the app bundle after the first paint, so the prerendered agenda in
 * index.html paints without waiting for JavaScript. The build (see
 * scripts/vitePrerender.ts, deferBundle) puts the entry and its module
 * preloads in this tag's data attributes. A file, not an inline script: the
 * CSP forbids inline script.
 */
(function () {
  var me = document.currentScript;
  var entry = me && me.getAttribute('data-entry');
  if (!entry) return;
  var preload = (me.getAttribute('data-preload') || '').split(' ').filter(Boolean);
  var started = false;
  function load() {
    if (started) return;
    started = true;
    preload.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      link.crossOrigin = '';
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    script.crossOrigin = '';
    document.head.appendChild(script);
  }
  // Start fetching the bundle once the browser reports the first contentful
  // paint (the prerendered agenda): nothing on the first paint's path is then
  // JavaScript. Hidden pages never paint, and old browsers may not report
  // paints: load at once there, and never wait more than a second.
  var observes =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
  // Deep links get shell.html, whose root is empty: nothing contentful will
  // paint before the app renders, so waiting for a paint only adds the
  // one-second fallback. Load at once there too.
  var root = document.getElementById('root');
  var prerendered = !!(root && root.firstElementChild);
  if (document.visibilityState === 'hidden' || !observes || !prerendered) load();
  else {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(load, 0);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(load, 1000);
  }
})();
