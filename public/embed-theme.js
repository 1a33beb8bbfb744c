// An embed is light unless the page that frames it asks otherwise: ?theme=dark, or ?theme=auto to follow the
// reader's system. Loaded in the head, before the first paint, so a dark embed never flashes light.
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme !== 'dark' && theme !== 'auto') return;
  var root = document.documentElement;
  root.classList.remove('light');
  if (theme === 'dark') root.classList.add('dark');
  document.querySelector('meta[name="color-scheme"]').content = theme === 'dark' ? 'dark' : 'light dark';
})();
