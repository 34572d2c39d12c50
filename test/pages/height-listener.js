// Records the embed page's height messages, as a host page that listens would.
window.__heights = [];
window.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'ispeed-widgets:height') window.__heights.push(event.data.height);
});
