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
  // Hidden pages get no animation frames: load at once there.
  if (document.visibilityState === 'hidden') load();
  else {
    requestAnimationFrame(function () {
      setTimeout(load, 0);
    });
    // Belt and braces: never wait more than a moment for the frame.
    setTimeout(load, 250);
  }
})();
