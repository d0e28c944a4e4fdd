/*! Japan and the ILO: auto-height for embedded charts (hand-written; iframe-resizer is GPL). */
// Sizes each iframe[data-japan-ilo-embed] to the height its page posts. A message counts only when it comes
// from one of those iframes (event.source) AND from the origin that served this script, so no other frame
// or script on the page can resize them.
(function () {
  var me = document.currentScript;
  if (!me || window.japanIloEmbed) return; // pasted twice: one listener is enough
  window.japanIloEmbed = 1;
  var origin = new URL(me.src).origin;
  var frames = function () {
    return document.querySelectorAll("iframe[data-japan-ilo-embed]");
  };
  addEventListener("message", function (e) {
    var d = e.data,
      all = frames(),
      h,
      i,
      f,
      id;
    if (e.origin !== origin || !d || d.type !== "japan-ilo:embed-height") return;
    h = Math.round(d.height);
    if (!(h > 0)) return;
    h = Math.min(Math.max(h, 100), 6000); // never 0 px or a mile high, whatever the page says
    for (i = 0; i < all.length; i++) {
      f = all[i];
      id = f.getAttribute("data-japan-ilo-embed");
      if (f.contentWindow === e.source && (!id || !d.id || id === d.id)) f.style.height = h + "px";
    }
  });
  // An embed that posted before this async script ran is asked to post again.
  var ping = function () {
    for (var all = frames(), i = 0; i < all.length; i++)
      all[i].contentWindow.postMessage({ type: "japan-ilo:embed-ping" }, origin);
  };
  ping();
  addEventListener("load", ping);
})();
