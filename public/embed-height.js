// Loaded only by an embed that flows rather than fitting its frame (EmbedLayout's `flows`: the trip map's panels, one
// under another, on a narrow screen). There it tells the page that frames it how tall it is, so the snippet's script
// can give the frame that height: no scrolling inside someone else's page. Wider, it fits its frame again and asks
// for the snippet's own size back (height 0).
(function () {
  if (window.parent === window) return;
  var flowing = window.matchMedia('(max-width: 47rem)');
  var last = -1;
  function report() {
    var height = flowing.matches ? Math.ceil(document.body.getBoundingClientRect().height) : 0;
    if (height === last) return;
    last = height;
    window.parent.postMessage({ wswpHeight: height }, '*');
  }
  new ResizeObserver(report).observe(document.body);
  flowing.addEventListener('change', report);
})();
