/**
 * The site's HTTP delivery policy: security headers, framing, caching and content types.
 * One description, rendered into two configurations that must not drift apart:
 * public/_headers (Cloudflare Pages and Netlify) and deploy/nginx.conf (our own nginx).
 * Regenerate both with `npm run gen:headers`; tests/unit/headers-policy.test.ts fails when they are stale.
 *
 * This file imports nothing, so tooling/delivery/gen-headers.ts can run it with Node's own type stripping.
 */

/** Paths other sites may put in an iframe: the embeddable chart, in each language. */
export const FRAMABLE_PREFIXES = ["/embed/", "/ja/embed/"] as const;

/** Astro writes content-hashed file names here, so a file under it never changes. */
export const IMMUTABLE_PREFIX = "/_astro/";

export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
/** HTML, data downloads and unhashed files: a browser may keep them but must ask first (cheap 304s). */
export const CACHE_REVALIDATE = "no-cache";

/** Sent with every response, framed or not. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  // Two years, the preload list's expectation. Browsers ignore it over plain http (local tests).
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
 */
export function headerCsp(framable: boolean): string {
  return [
    framable ? "frame-ancestors *" : "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Content types by extension. nginx uses this table; static hosts infer the same ones themselves. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: "text/html",
  css: "text/css",
  js: "text/javascript",
  mjs: "text/javascript",
  // Data downloads and the oEmbed response. oEmbed's JSON format is served as application/json.
  json: "application/json",
  csv: "text/csv",
  xml: "application/xml",
  txt: "text/plain",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  webmanifest: "application/manifest+json",
  woff2: "font/woff2",
  // Pagefind's search files (tooling/delivery/search-index.ts): its wasm engine, index metadata, index
  // chunks and page fragments. Pagefind gzips them itself and reads them with fetch(), so they are bytes.
  pagefind: "application/octet-stream",
  pf_meta: "application/octet-stream",
  pf_index: "application/octet-stream",
  pf_fragment: "application/octet-stream",
};
/** Text types get "; charset=utf-8": Japanese text in CSV or JSON must not be read as Latin-1. */
export const UTF8_TYPES = [
  "text/html",
  "text/css",
  "text/javascript",
  "application/json",
  "text/csv",
  "application/xml",
  "text/plain",
  "image/svg+xml",
  "application/manifest+json",
];

/** Extensions that build-time precompression writes .gz/.br files for (text formats only). */
export const COMPRESSIBLE_EXTENSIONS = ["html", "css", "js", "mjs", "svg", "json", "csv", "xml", "txt", "webmanifest"];

export function isFramable(path: string): boolean {
  return FRAMABLE_PREFIXES.some((p) => path.startsWith(p));
}

export function cacheControlFor(path: string): string {
  return path.startsWith(IMMUTABLE_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** Every header the site sends for a path (except Content-Type). The tests hold the server to this. */
export function headersFor(path: string): Record<string, string> {
  const framable = isFramable(path);
  return {
    ...COMMON_HEADERS,
    "Content-Security-Policy": headerCsp(framable),
    ...(framable ? {} : { "X-Frame-Options": "DENY" }),
    "Cache-Control": cacheControlFor(path),
  };
}

export function contentTypeFor(path: string): string | undefined {
  const ext = /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase();
  const type = ext ? CONTENT_TYPES[ext] : undefined;
  if (!type) return undefined;
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

const GENERATED = "GENERATED from tooling/delivery/headers-policy.ts by `npm run gen:headers`. Do not edit by hand.";

function headerLines(headers: Record<string, string>, indent: string): string[] {
  return Object.entries(headers).map(([k, v]) => `${indent}${k}: ${v}`);
}

/**
 * public/_headers for Cloudflare Pages and Netlify. Both apply every rule that matches a path:
 * Cloudflare joins repeated headers with a comma (two CSPs → two policies, "DENY, …" → invalid) and
 * Netlify lets the last rule win. So no header may come from two rules that match the same path.
 * Framing and caching are therefore listed per page (exact paths) and per prefix, never under /*.
 * Unlisted files keep the hosts' default Cache-Control (max-age=0, must-revalidate) and content types.
 */
export function renderHeadersFile(pagePaths: readonly string[]): string {
  const out = [`# ${GENERATED}`, "", "/*", ...headerLines(COMMON_HEADERS, "  ")];
  const rule = (path: string, headers: Record<string, string>) => out.push("", path, ...headerLines(headers, "  "));
  rule(`${IMMUTABLE_PREFIX}*`, { "Cache-Control": CACHE_IMMUTABLE });
  for (const prefix of FRAMABLE_PREFIXES) {
    rule(`${prefix}*`, { "Content-Security-Policy": headerCsp(true), "Cache-Control": CACHE_REVALIDATE });
  }
  const denied = [...new Set(pagePaths)].filter((p) => !isFramable(p)).sort();
  for (const path of denied) {
    rule(path, {
      "Content-Security-Policy": headerCsp(false),
      "X-Frame-Options": "DENY",
      "Cache-Control": CACHE_REVALIDATE,
    });
  }
  return `${out.join("\n")}\n`;
}

/** Double quotes keep CSP's single quotes readable. nginx would expand "$" as a variable, so refuse it. */
function nginxQuote(value: string): string {
  if (/["$\\]/.test(value))
    throw new Error(`Header value ${value} has " $ or \\, which nginx would misread. Remove them.`);
  return `"${value}"`;
}

/**
 * nginx's add_header is not inherited by a location that has its own add_header, so every location
 * repeats the full list. `always` sends the headers on 404s too.
 */
function nginxHeaders(path: string, indent: string): string[] {
  return Object.entries(headersFor(path)).map(([k, v]) => `${indent}add_header ${k} ${nginxQuote(v)} always;`);
}

export interface NginxOptions {
  /** Where a miss under a prefix is answered from, e.g. { "/ja/": "/ja/404/index.html" }. "/" is required. */
  notFound: Readonly<Record<string, string>>;
  /** Load the brotli_static module (Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
}

/**
 * deploy/nginx.conf: a whole nginx configuration for dist/. Relative paths (pid, logs, temp files)
 * resolve against nginx's prefix (`nginx -p <dir>`). `npm run serve` rewrites only `listen` and `root`.
 */
export function renderNginxConf(options: NginxOptions): string {
  const root = options.notFound["/"];
  if (!root) throw new Error('renderNginxConf: notFound needs a "/" entry (the site-wide 404 page).');
  const types = Object.entries(CONTENT_TYPES).map(([ext, type]) => `    ${type} ${ext};`);
  const location = (match: string, path: string, extra: string[] = []) => [
    "",
    `    location ${match} {`,
    ...nginxHeaders(path, "      "),
    ...extra.map((l) => `      ${l}`),
    "    }",
  ];
  const notFoundPrefixes = Object.keys(options.notFound).filter((p) => p !== "/");
  const locations = [
    ...location("/", "/", ["try_files $uri $uri/ =404;"]),
    ...location(`^~ ${IMMUTABLE_PREFIX}`, IMMUTABLE_PREFIX),
    ...FRAMABLE_PREFIXES.flatMap((p) => location(`^~ ${p}`, p, ["try_files $uri $uri/ =404;"])),
    ...notFoundPrefixes.flatMap((p) =>
      location(p, p, ["try_files $uri $uri/ =404;", `error_page 404 ${options.notFound[p]};`]),
    ),
  ];
  return [
    `# ${GENERATED}`,
    "# Run: nginx -p <prefix dir> -c <this file> -g 'daemon off;' after setting `listen` and `root` below.",
    ...(options.brotli
      ? [
          "# Brotli: Debian's libnginx-mod-http-brotli-static. Without it, delete this line and `brotli_static on;`.",
          "load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;",
        ]
      : []),
    "worker_processes 1;",
    "pid nginx.pid;",
    "error_log logs/error.log warn;",
    "events { worker_connections 256; }",
    "",
    "http {",
    "  types {",
    ...types,
    "  }",
    "  default_type application/octet-stream;",
    "  charset utf-8;",
    `  charset_types ${UTF8_TYPES.filter((t) => t !== "text/html").join(" ")};`,
    "  access_log logs/access.log;",
    "  client_body_temp_path tmp/client_body;",
    "  proxy_temp_path tmp/proxy;",
    "  fastcgi_temp_path tmp/fastcgi;",
    "  uwsgi_temp_path tmp/uwsgi;",
    "  scgi_temp_path tmp/scgi;",
    "  sendfile on;",
    "  server_tokens off;",
    "  # Redirects (/funding → /funding/) keep the host the browser used.",
    "  absolute_redirect off;",
    "  # Files are compressed at build time (tooling/delivery/precompress.ts); nginx only picks the right one.",
    "  gzip_static on;",
    ...(options.brotli ? ["  brotli_static on;"] : []),
    "  gzip_vary on;",
    "",
    "  server {",
    "    listen 8080;",
    "    server_name _;",
    "    root /srv/japan-ilo/dist;",
    `    error_page 404 ${root};`,
    ...locations,
    "  }",
    "}",
    "",
  ].join("\n");
}
