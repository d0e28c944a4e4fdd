import { parseEmbedParams } from "../../lib/embed-params";
import { HEIGHT_MESSAGE, PING_MESSAGE } from "../../lib/embed-snippet";

/*
 * Runs inside the embed iframe: applies the URL settings, then tells the parent page how tall the content is,
 * on load and whenever it changes (fonts, the chart drawing, view or show switched, a narrower parent).
 */
const params = parseEmbedParams(location.search);
if (params.theme !== "auto") document.documentElement.dataset.theme = params.theme;

// The chart element (issue 3) observes these attributes; before it upgrades, they wait on the element.
for (const el of document.querySelectorAll<HTMLElement>("funding-chart, .funding-chart")) {
  el.setAttribute("view", params.view);
  el.setAttribute("show", params.show);
  if (params.year) el.setAttribute("year", params.year);
}

const content = document.querySelector<HTMLElement>("[data-embed]");
let last = -1;

function postHeight(force = false): void {
  if (!content || window.parent === window) return;
  // The content box, not the document: documentElement.scrollHeight never drops below the frame's current
  // height, so the frame could grow but never shrink again.
  const style = getComputedStyle(content);
  const height = Math.ceil(
    content.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
  );
  if (height === last && !force) return;
  last = height;
  // The height is not secret and the embedding site is unknown, hence "*"; /embed.js checks where it came from.
  window.parent.postMessage({ type: HEIGHT_MESSAGE, id: params.id, height }, "*");
}

if (content) new ResizeObserver(() => postHeight()).observe(content);
addEventListener("load", () => postHeight(true));
document.addEventListener("funding-chart:change", () => postHeight());
// /embed.js may load after this page first posted (both are async); it asks again and gets an answer.
addEventListener("message", (event: MessageEvent) => {
  if (event.source === window.parent && event.data?.type === PING_MESSAGE) postHeight(true);
});
