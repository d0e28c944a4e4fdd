import { parseEmbedParams } from "../../lib/embed/url-params";
import { HEIGHT_MESSAGE, PING_MESSAGE, WP_SECRET } from "../../lib/embed/snippet";

/*
 * Runs inside the embed iframe: applies the URL settings, then tells the parent page how tall the content is,
 * on load and whenever it changes (fonts, the chart drawing, view or show switched, a narrower parent).
 * It speaks two protocols: ours (for /embed.js) and WordPress's (wp-embed.js), which WordPress uses when an
 * author pastes the page's address: it adds #?secret=… to the frame's URL and sandboxes it (allow-scripts).
 */
/** Applies the embed's URL settings and starts reporting its height; runs once, before the chart loads. */
export function setupEmbedPage(): void {
  const params = parseEmbedParams(location.search);
  // The server renders data-theme="light"; "auto" removes it so the reader's setting (a media query) applies.
  if (params.theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = params.theme;

  // The chart element observes these attributes; before it upgrades, they wait on the element.
  for (const el of document.querySelectorAll<HTMLElement>("funding-chart, .funding-chart")) {
    el.setAttribute("view", params.view);
    el.setAttribute("show", params.show);
    if (params.year) el.setAttribute("year", params.year);
  }

  /** WordPress's secret, when WordPress embedded this page; only letters and digits, as wp-embed.js requires. */
  const wpSecret = WP_SECRET.exec(location.hash)?.[1];

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
    // WordPress matches the secret to its iframe and checks event.source itself.
    if (wpSecret) window.parent.postMessage({ message: "height", value: height, secret: wpSecret }, "*");
  }

  if (content) new ResizeObserver(() => postHeight()).observe(content);
  addEventListener("load", () => postHeight(true));
  document.addEventListener("funding-chart:change", () => postHeight());
  // /embed.js may load after this page first posted (both are async) and asks again; so does WordPress ("ready").
  addEventListener("message", (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const d = event.data as { type?: unknown; message?: unknown; secret?: unknown } | null;
    if (d?.type === PING_MESSAGE || (wpSecret && d?.message === "ready" && d.secret === wpSecret)) postHeight(true);
  });

  // WordPress's sandbox (allow-scripts only) blocks target="_top" navigation. For links to this site, ask
  // WordPress to navigate: wp-embed.js follows {message: "link"} to the frame's own host when the frame has focus.
  if (wpSecret) {
    document.addEventListener("click", (event) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || link.host !== location.host) return;
      event.preventDefault();
      window.parent.postMessage({ message: "link", value: link.href, secret: wpSecret }, "*");
    });
  }
}
