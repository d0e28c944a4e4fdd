// Which server the browser tests talk to, and a second origin that plays a partner site.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { NGINX_BIN } from "../../../tooling/delivery/nginx.ts";
import { HEIGHT_MESSAGE } from "../../../src/lib/embed/snippet.ts";

export const PORT = Number(process.env.PORT ?? 4322);
/** A different port and host name (localhost vs 127.0.0.1): a different origin from the site. */
export const THIRD_PARTY_PORT = Number(process.env.THIRD_PARTY_PORT ?? 8090);
export const THIRD_PARTY = `http://localhost:${THIRD_PARTY_PORT}`;
export const SITE = `http://127.0.0.1:${PORT}`;

/**
 * nginx with deploy/nginx.conf where Debian's nginx exists; astro preview (no headers) elsewhere,
 * or when SERVE_WITH=preview asks for it (to check that fallback). CI sets neither, so never skips.
 */
export const SERVED_BY_NGINX = process.env.SERVE_WITH !== "preview" && existsSync(NGINX_BIN);
export const NO_NGINX_MESSAGE =
  "\n\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n" +
  `!! Not served by ${NGINX_BIN}: the tests that need production headers are SKIPPED.\n` +
  "!! astro preview sends none of the production headers. Install nginx: apt-get install -y nginx\n" +
  "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n";

/** The attributes WordPress keeps on an iframe from a provider it does not know (wp_filter_oembed_result). */
export const WORDPRESS_IFRAME_ATTRIBUTES = [
  "src",
  "width",
  "height",
  "frameborder",
  "marginwidth",
  "marginheight",
  "scrolling",
  "title",
] as const;
export const WORDPRESS_SECRET = "Wp7secret9";

/**
 * What WordPress makes of our oEmbed `html` when an author pastes the page's address (wp-includes/embed.php,
 * wp_filter_oembed_result): only the iframe survives, with only WORDPRESS_IFRAME_ATTRIBUTES; the script, style,
 * loading and data-* go; then it adds `#?secret=…` to src, data-secret, class="wp-embedded-content",
 * sandbox="allow-scripts" and security="restricted".
 */
export function wordpressIframe(oembedHtml: string, secret = WORDPRESS_SECRET): string {
  const tag = /<iframe\b([^>]*)><\/iframe>/.exec(oembedHtml)?.[1];
  if (tag === undefined) throw new Error("The oEmbed html has no <iframe>: WordPress would show nothing.");
  const kept = [...tag.matchAll(/\s([\w-]+)="([^"]*)"/g)].filter(([, name]) =>
    (WORDPRESS_IFRAME_ATTRIBUTES as readonly string[]).includes(name ?? ""),
  );
  const attrs = kept.map(([, name, value]) =>
    name === "src" ? ` src="${value}#?secret=${secret}" data-secret="${secret}"` : ` ${name}="${value}"`,
  );
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${attrs.join("")}></iframe>`;
}

/**
 * A listener written to WordPress's message protocol (as wp-includes/js/wp-embed.js documents it): on load it
 * sends each embedded frame {message: "ready", secret}; a {message: "height", value, secret} from the frame
 * whose data-secret matches (and whose contentWindow sent it) sets that frame's height attribute, clamped to
 * 200–1000 px. Counts the messages it accepted in window.wpHeights.
 */
const WORDPRESS_LISTENER = `<script>
window.wpHeights = [];
addEventListener("message", function (e) {
  var d = e.data;
  if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow !== e.source || d.message !== "height") continue;
    var h = parseInt(d.value, 10);
    h = h > 1000 ? 1000 : ~~h < 200 ? 200 : h;
    frames[i].height = h;
    window.wpHeights.push(h);
  }
});
document.addEventListener("DOMContentLoaded", function () {
  var frames = document.querySelectorAll("iframe.wp-embedded-content");
  for (var i = 0; i < frames.length; i++)
    frames[i].contentWindow.postMessage({ message: "ready", secret: frames[i].getAttribute("data-secret") }, "*");
});
</script>`;

/**
 * Pages for tests/e2e/embed.spec.ts: /snippet.html holds only the embed snippet exactly as the funding page
 * gives it to copy (read from the build, pointed at the local site); /forger.html is a partner window that
 * posts a fake height message.
 */
function partnerPages(): Record<string, string> {
  let snippet: string;
  try {
    const html = readFileSync("dist/funding/index.html", "utf8");
    const code = html.match(/<code data-snippet>([\s\S]*?)<\/code>/)?.[1] ?? "";
    snippet = code
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/https?:\/\/[^/"]+/g, SITE);
  } catch {
    snippet = "<p>dist/funding/index.html is missing: run npm run build.</p>";
  }
  let wordpress: string;
  let bare: string;
  try {
    const oembed = JSON.parse(readFileSync("dist/oembed/funding.json", "utf8")) as { html: string };
    const local = oembed.html.replace(/https?:\/\/[^/"]+/g, SITE);
    wordpress = wordpressIframe(local);
    // Hosts that keep the iframe and drop the script (and WordPress without its listener).
    bare = local.replace(/<script[^>]*><\/script>/g, "");
  } catch {
    wordpress = bare = "<p>dist/oembed/funding.json is missing: run npm run build.</p>";
  }
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><link rel="icon" href="data:,"></head><body>\n${body}\n</body></html>`;
  return {
    "/wordpress.html": page("A WordPress post", `<h1>A WordPress post</h1>\n${wordpress}\n${WORDPRESS_LISTENER}`),
    "/wordpress-no-listener.html": page("A WordPress post", wordpress),
    "/iframe-only.html": page("An iframe-only host", bare),
    "/snippet.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A blog</title><link rel="icon" href="data:,"></head><body>\n${snippet}\n</body></html>`,
    "/forger.html": `<!doctype html><title>forger</title><script>parent.postMessage({ type: "${HEIGHT_MESSAGE}", id: "japan-ilo-funding-totals", height: 2500 }, "*");</script>`,
  };
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * A partner's page: GET /frame?src=<path> answers a plain HTML file holding one iframe of the site.
 * Only paths on the site are accepted, so this server can frame nothing else.
 */
export function startThirdParty(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", THIRD_PARTY);
    const extra = partnerPages()[url.pathname];
    if (extra) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(extra);
      return;
    }
    const src = url.searchParams.get("src") ?? "";
    if (url.pathname !== "/frame" || !src.startsWith("/")) {
      res.writeHead(404).end("Use /frame?src=/path/on/the/site/");
      return;
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner site</title><link rel="icon" href="data:,"></head>` +
        `<body><h1>A partner's article</h1><iframe id="site" title="Embedded page" src="${escapeAttr(SITE + src)}" style="width:100%;height:600px"></iframe></body></html>`,
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(THIRD_PARTY_PORT, "127.0.0.1", () => resolve(server));
  });
}
