// Which server the browser tests talk to, and a second origin that plays a partner site.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { NGINX_BIN } from "../../../tooling/delivery/nginx.ts";
import { HEIGHT_MESSAGE } from "../../../src/lib/embed-snippet.ts";
import { distFiles } from "../../support/built-site.ts";

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
  `!! Not served by ${NGINX_BIN}: header, caching and framing tests are SKIPPED.\n` +
  "!! astro preview sends none of the production headers. Install nginx: apt-get install -y nginx\n" +
  "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n";

/** Every built file under dist/ (without the .gz/.br copies and the Netlify _headers file), as "/"-rooted paths. */
export function builtFiles(): string[] {
  return distFiles()
    .filter((f) => /\.[a-z0-9_]+$/i.test(f) && !/\.(gz|br)$/.test(f) && f !== "_headers")
    .map((f) => `/${f}`);
}

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
  return {
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
