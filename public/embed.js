/*! Japan and the ILO: auto-height for embedded charts (hand-written; iframe-resizer is GPL). */
// Sizes iframe[data-japan-ilo-embed] to the height its page posts, if the message comes from the origin
// that served this script (checked first) and from that iframe. Load it from the site's own origin only:
// a copy served elsewhere trusts that origin instead. Why each line is so: README, "Embedding".
(function () {
  var me = document.currentScript;
  // A Symbol key and instanceof: partner markup (id=/name=) cannot clobber them.
  var key = typeof Symbol == "function" ? Symbol.for("japan-ilo-embed") : "__japanIloEmbed";
  if (!(me instanceof HTMLScriptElement) || window[key]) return; // pasted twice: one listener is enough
  window[key] = 1;
  var origin = new URL(me.src).origin;
  var frames = function () {
    return document.querySelectorAll("iframe[data-japan-ilo-embed]");
  };
  addEventListener("message", function (e) {
    if (e.origin !== origin) return;
    var d = e.data,
      h,
      i,
      f,
      id,
      all;
    if (!d || d.type !== "japan-ilo:embed-height") return;
    h = Math.round(d.height);
    if (!(h > 0)) return;
    h = Math.min(Math.max(h, 100), 6000); // never 0 px or a mile high, whatever the page says
    all = frames();
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
