/**
 * The site's HTTP delivery policy: security headers, framing, CORS, caching and content types.
 * One description, rendered by hosts/ into three configurations that must not drift apart:
 * public/_headers (hosts/cloudflare.ts), netlify.toml (hosts/netlify.ts) and deploy/nginx.conf (hosts/nginx.ts).
 * Regenerate them with `npm run gen:headers`; tests/unit/tooling/delivery/policy.test.ts fails when they are stale,
 * and tests/hosts/ asks each host's real runtime (wrangler, netlify dev, nginx) what it sends for every built path.
 *
 * Framing fails closed: the base rule denies framing for every path, 404s included; only the embed rules
 * lift it. To add headers for new files (say a search index), add a PathRule to PATH_RULES and, for a new
 * extension, a line to EXTRA_TYPES; every host's file follows.
 *
 * This file imports nothing, so tooling/delivery/gen-headers.ts can run it with Node's own type stripping.
 */

/**
 * The only pages other sites may put in an iframe: the embeddable chart, in each language. Exact URLs, not
 * prefixes: Netlify compiles `/embed/*` to a case-insensitive prefix match, so a prefix rule would also lift
 * the denial on /embed.js, /embedded/ or /EMBED/…. tests/gates/framable-pages.test.ts fails when a built page
 * under embed/ is missing here.
 */
export const FRAMABLE_PAGES = ["/embed/funding/", "/ja/embed/funding/"] as const;
/**
 * Each framable page as its URL and as its file: nginx's `index` and netlify dev's 404 rule under /ja/ match
 * headers on /embed/funding/index.html, not on the requested URL, so a rule on the URL alone would deny there.
 */
export const FRAMABLE_PATHS: readonly string[] = FRAMABLE_PAGES.flatMap((p) => [p, `${p}index.html`]);

/** Astro writes content-hashed file names here, so a file under it never changes. */
export const IMMUTABLE_PREFIX = "/_astro/";
/** The published parent script for partner pages: /embed.v1.<hash>.js, immutable like /_astro/. */
export const EMBED_SCRIPT_PREFIX = "/embed.v1.";

export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
/** HTML, data downloads and unhashed files: a browser may keep them but must ask first (cheap 304s). */
export const CACHE_REVALIDATE = "no-cache";

/** Sent with every response, framed or not. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  // Two years, the preload list's expectation. Browsers ignore it over plain http: it only means something
  // where TLS ends in front of (or in) this server (docs/deploy.md).
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Features the site never uses. interest-cohort/browsing-topics opt out of ad targeting.
  "Permissions-Policy":
    "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()",
  // Kept on /embed/* too: COOP only acts on top-level documents, so it cannot break an iframe.
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * The header CSP. It only carries what a <meta> CSP cannot (frame-ancestors) plus directives that
 * hold on every path; script-src and style-src live in Astro's per-page <meta> CSP with their hashes.
 * A second script-src here would be a second policy that blocks those hashed scripts.
 * A framable page gets no frame-ancestors at all: `frame-ancestors *` matches only ancestors with a URL
 * origin, and Chromium refuses the frame when one ancestor is a sandboxed page (an opaque origin).
 */
export function headerCsp(framable: boolean): string {
  return [
    ...(framable ? [] : ["frame-ancestors 'none'"]),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** What every path gets before any PathRule: framing denied, revalidating cache. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_HEADERS,
  "Content-Security-Policy": headerCsp(false),
  "X-Frame-Options": "DENY",
  "Cache-Control": CACHE_REVALIDATE,
};

/** Any origin may read these: a sandboxed iframe (WordPress) has an opaque origin, so module scripts need CORS. */
const CORS = { "Access-Control-Allow-Origin": "*" } as const;

/**
 * Later rules override earlier ones header by header; null removes a header. `match` is a path prefix
 * ("/data/") or, with exact, one path ("/embed.js").
 */
export interface PathRule {
  match: string;
  exact?: boolean;
  headers: Readonly<Record<string, string | null>>;
}

export const PATH_RULES: readonly PathRule[] = [
  { match: IMMUTABLE_PREFIX, headers: { "Cache-Control": CACHE_IMMUTABLE, ...CORS } },
  { match: EMBED_SCRIPT_PREFIX, headers: { "Cache-Control": CACHE_IMMUTABLE, ...CORS } },
  // Snippets copied before the hashed file existed keep loading /embed.js.
  { match: "/embed.js", exact: true, headers: { ...CORS } },
  // The chart's data (fetched inside the sandboxed embed), the downloads, and the oEmbed JSON.
  { match: "/data/", headers: { ...CORS } },
  { match: "/ja/data/", headers: { ...CORS } },
  { match: "/oembed/", headers: { ...CORS } },
  { match: "/ja/oembed/", headers: { ...CORS } },
  // Last: the only paths another origin may frame, each exactly.
  ...FRAMABLE_PATHS.map((match) => ({
    match,
    exact: true,
    headers: { "Content-Security-Policy": headerCsp(true), "X-Frame-Options": null },
  })),
];

export function ruleMatches(rule: PathRule, path: string): boolean {
  return rule.exact ? path === rule.match : path.startsWith(rule.match);
}

/**
 * Content types nginx adds to the stock list it includes first (/etc/nginx/mime.types, shipped with nginx):
 * only extensions that list lacks, so nginx starts without "duplicate extension" warnings.
 */
export const EXTRA_TYPES: Readonly<Record<string, string>> = {
  csv: "text/csv",
  mjs: "text/javascript",
  webmanifest: "application/manifest+json",
};
/** What the stock list gives the extensions dist/ holds (nginx's own mime.types). */
export const STOCK_TYPES: Readonly<Record<string, string>> = {
  html: "text/html",
  css: "text/css",
  js: "application/javascript",
  json: "application/json",
  xml: "text/xml",
  txt: "text/plain",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  woff2: "font/woff2",
  // Pagefind's search files (tooling/delivery/search-index.ts): its wasm engine, index metadata, index
  // chunks and page fragments. Pagefind gzips them itself and reads them with fetch(), so they are bytes.
  pagefind: "application/octet-stream",
  pf_meta: "application/octet-stream",
  pf_index: "application/octet-stream",
  pf_fragment: "application/octet-stream",
};
export const CONTENT_TYPES: Readonly<Record<string, string>> = { ...STOCK_TYPES, ...EXTRA_TYPES };
/** Text types get "; charset=utf-8": Japanese text in CSV or JSON must not be read as Latin-1. */
export const UTF8_TYPES = [
  "text/html",
  "text/css",
  "application/javascript",
  "text/javascript",
  "application/json",
  "text/csv",
  "text/xml",
  "application/xml",
  "text/plain",
  "image/svg+xml",
  "application/manifest+json",
];

/** Extensions that build-time precompression writes .gz/.br files for (text formats only). */
export const COMPRESSIBLE_EXTENSIONS = ["html", "css", "js", "mjs", "svg", "json", "csv", "xml", "txt", "webmanifest"];

export function isFramable(path: string): boolean {
  return FRAMABLE_PATHS.includes(path);
}

/** Every header the site sends for a path (except Content-Type), as nginx sends it. */
export function headersFor(path: string): Record<string, string> {
  const out: Record<string, string | null> = { ...BASE_HEADERS };
  for (const rule of PATH_RULES) if (ruleMatches(rule, path)) Object.assign(out, rule.headers);
  return Object.fromEntries(Object.entries(out).filter((e): e is [string, string] => e[1] !== null));
}

export function cacheControlFor(path: string): string {
  return headersFor(path)["Cache-Control"] ?? CACHE_REVALIDATE;
}

export function contentTypeFor(path: string): string | undefined {
  const ext = /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase();
  const type = ext ? CONTENT_TYPES[ext] : undefined;
  if (!type) return undefined;
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/** The header Cloudflare and Netlify get for text types: they pick the type, we add the charset. */
export const CHARSET_RULES: readonly { pattern: string; type: string }[] = [
  { pattern: "/*.csv", type: "text/csv; charset=utf-8" },
  { pattern: "/*.json", type: "application/json; charset=utf-8" },
];

/** The first line of every generated host file. */
export const GENERATED = "GENERATED from tooling/delivery/policy.ts by `npm run gen:headers`. Do not edit by hand.";

/** A PathRule as a host's URL pattern: "/data/*" for a prefix, the path itself when exact. */
export function hostPattern(rule: PathRule): string {
  return rule.exact ? rule.match : `${rule.match}*`;
}

/** What every host runs to build the site: `npm run check`, whose last stages build dist/ and check its links. */
export const HOST_BUILD_COMMAND = "npm run check";

/** Files in dist/ that are another host's configuration, never content. */
export const HOST_FILES = ["/_headers", "/_redirects", "/netlify.toml"] as const;
