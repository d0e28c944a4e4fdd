/**
 * The site's HTTP delivery policy: security headers, framing, CORS, caching and content types.
 * One description, rendered into three configurations that must not drift apart:
 * public/_headers (Cloudflare Pages), netlify.toml (Netlify) and deploy/nginx.conf (our own nginx).
 * Regenerate them with `npm run gen:headers`; tests/unit/tooling/delivery/headers-policy.test.ts fails when they are stale,
 * and tests/unit/support/host-models.test.ts replays each host's documented matching rules over every built path.
 *
 * Framing fails closed: the base rule denies framing for every path, 404s included; only the embed rules
 * lift it. To add headers for new files (say a search index), add a PathRule to PATH_RULES and, for a new
 * extension, a line to EXTRA_TYPES; every host's file follows.
 *
 * This file imports nothing but the visual editor's headers, so tooling/delivery/gen-headers.ts can run it with
 * Node's own type stripping.
 */
import { ADMIN_PREFIX, adminHeaders } from "../cms/admin-headers.ts";

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
  // where TLS ends in front of (or in) this server (README, "Deploying").
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
  // The visual editor: its own CSP (Sveltia CMS's needs), noindex; framing stays denied.
  { match: ADMIN_PREFIX, headers: adminHeaders(process.env) },
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

const GENERATED = "GENERATED from tooling/delivery/headers-policy.ts by `npm run gen:headers`. Do not edit by hand.";

function headerLines(headers: Record<string, string>, indent: string): string[] {
  return Object.entries(headers).map(([k, v]) => `${indent}${k}: ${v}`);
}

/** A PathRule as a host's URL pattern: "/data/*" for a prefix, the path itself when exact. */
export function hostPattern(rule: PathRule): string {
  return rule.exact ? rule.match : `${rule.match}*`;
}

/**
 * public/_headers for Cloudflare Pages (https://developers.cloudflare.com/pages/configuration/headers/):
 * every matching rule applies, a header set by two rules is joined with a comma, and `! Name` detaches a
 * header a broader rule added. So the base rule under /* denies framing for every path, 404s included,
 * and the embed rules detach that denial and set their own CSP (without frame-ancestors; wrangler applies
 * `!` before the rule's own headers, so the new value survives).
 * Cache-Control is left out of /*: joined with /_astro/'s it would be nonsense, and Cloudflare's default
 * for other files (max-age=0, must-revalidate) revalidates like no-cache. At most 100 rules count.
 */
export function renderHeadersFile(): string {
  const base = { ...BASE_HEADERS };
  delete base["Cache-Control"];
  const out = [
    `# ${GENERATED}`,
    "# For Cloudflare Pages. Netlify reads netlify.toml instead (its build deletes this file).",
    "",
  ];
  out.push("/*", ...headerLines(base, "  "));
  for (const rule of PATH_RULES) {
    const lines: string[] = [];
    for (const [name, value] of Object.entries(rule.headers)) {
      if (value === null) lines.push(`  ! ${name}`);
      // Two framing policies joined would both apply (the stricter wins): detach the base one, then set.
      else if (name in base) lines.push(`  ! ${name}`, `  ${name}: ${value}`);
      else lines.push(`  ${name}: ${value}`);
    }
    out.push("", hostPattern(rule), ...lines);
  }
  for (const r of CHARSET_RULES) out.push("", r.pattern, `  Content-Type: ${r.type}`);
  return `${out.join("\n")}\n`;
}

/** What Netlify sends instead of removing X-Frame-Options (renderNetlifyToml). */
export const NETLIFY_NO_FRAME_OPTIONS = "ALLOWALL";

/** TOML basic string. Header values hold no backslashes or control characters; refuse them rather than escape. */
function tomlString(value: string): string {
  if (/[\\"]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 0x20))
    throw new Error(`netlify.toml: ${value} has a quote, backslash or control character.`);
  return `"${value}"`;
}

/**
 * netlify.toml for Netlify (https://docs.netlify.com/manage/routing/headers/). Netlify has no `!` detach;
 * where several [[headers]] rules match, the later one's value of a header wins. So the embed rules come
 * last and replace the CSP with one without frame-ancestors, and replace the X-Frame-Options: DENY they
 * cannot remove with ALLOWALL, a value the HTML standard names and treats as "no restriction" (its
 * X-Frame-Options processing model). frame-ancestors * would not do: it blocks sandboxed (opaque) ancestors.
 * The Japanese 404 answers misses under /ja/: an unforced rule never shadows an existing file in production
 * (https://answers.netlify.com/t/changed-behavior-in-redirects/10084) nor under `netlify dev`.
 * dist/_headers is Cloudflare's file: the build command deletes it on Netlify, and a forced 404 keeps it
 * unserved where that command does not run (`netlify dev --dir dist`).
 */
/** What every host runs to build the site: `npm run check`, whose last stages build dist/ and check its links. */
export const HOST_BUILD_COMMAND = "npm run check";

export function renderNetlifyToml(notFound: Readonly<Record<string, string>>): string {
  const block = (pattern: string, headers: Record<string, string>) => [
    "",
    "[[headers]]",
    `  for = ${tomlString(pattern)}`,
    "  [headers.values]",
    ...Object.entries(headers).map(([k, v]) => `    ${k} = ${tomlString(v)}`),
  ];
  const values = (rule: PathRule) =>
    Object.fromEntries(
      Object.entries(rule.headers).map(([name, value]) => {
        if (value !== null) return [name, value];
        if (name === "X-Frame-Options") return [name, NETLIFY_NO_FRAME_OPTIONS];
        throw new Error(`netlify.toml: Netlify cannot remove ${name} from ${hostPattern(rule)}; set a value instead.`);
      }),
    );
  const redirects = Object.entries(notFound)
    .filter(([prefix]) => prefix !== "/")
    .flatMap(([prefix, page]) => [
      "",
      "[[redirects]]",
      `  from = ${tomlString(`${prefix}*`)}`,
      `  to = ${tomlString(page)}`,
      "  status = 404",
    ]);
  const hostFiles = HOST_FILES.flatMap((file) => [
    "",
    "[[redirects]]",
    `  from = ${tomlString(file)}`,
    `  to = ${tomlString(notFound["/"] ?? "/404.html")}`,
    "  status = 404",
    "  force = true",
  ]);
  return [
    `# ${GENERATED}`,
    "[build]",
    // The host runs the editors' whole check (files, data, types, build, links), not only the build, so a
    // deploy or a CMS branch's preview fails where `npm run check` fails. Its build writes dist/.
    `  command = ${tomlString(HOST_BUILD_COMMAND + " && rm dist/_headers")}`,
    '  publish = "dist"',
    ...block("/*", { ...BASE_HEADERS }),
    ...PATH_RULES.flatMap((rule) => block(hostPattern(rule), values(rule))),
    ...CHARSET_RULES.flatMap((r) => block(r.pattern, { "Content-Type": r.type })),
    ...hostFiles,
    ...redirects,
    "",
  ].join("\n");
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
  /** Where a miss under a prefix is answered from, e.g. { "/ja/": "/ja/404.html" }. "/" is required. */
  notFound: Readonly<Record<string, string>>;
  /** Load the brotli_static module (Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
}

/** Files in dist/ that are another host's configuration, never content. */
export const HOST_FILES = ["/_headers", "/_redirects", "/netlify.toml"] as const;

/**
 * deploy/nginx.conf: a whole nginx configuration for dist/. Relative paths (pid, temp folders) resolve
 * against nginx's prefix (`nginx -p <dir>`), and nginx creates the temp folders itself, so it starts in an
 * empty folder. Logs go to stderr/stdout (systemd's journal or the container's log), and neither names a
 * client address. `npm run serve` rewrites only `listen` and `root`.
 */
export function renderNginxConf(options: NginxOptions): string {
  const siteNotFound = options.notFound["/"];
  if (!siteNotFound) throw new Error('renderNginxConf: notFound needs a "/" entry (the site-wide 404 page).');
  const types = Object.entries(EXTRA_TYPES).map(([ext, type]) => `    ${type} ${ext};`);
  // The 404 page for a location: the longest notFound prefix that covers it.
  const notFoundFor = (path: string) =>
    Object.entries(options.notFound)
      .filter(([prefix]) => path.startsWith(prefix))
      .sort((a, b) => b[0].length - a[0].length)[0]?.[1] ?? siteNotFound;
  const location = (match: string, path: string, serveFiles: boolean) => [
    "",
    `    location ${match} {`,
    ...nginxHeaders(path, "      "),
    ...(serveFiles
      ? [
          "      try_files $uri $uri/ =404;",
          // A folder without index.html would be a 403 (autoindex is off): answer it as the 404 it is.
          `      error_page 403 =404 ${notFoundFor(path)};`,
          `      error_page 404 ${notFoundFor(path)};`,
        ]
      : []),
    "    }",
  ];
  const prefixes = [
    ...PATH_RULES.map((r) => ({ match: r.exact ? `= ${r.match}` : `^~ ${r.match}`, path: r.match })),
    ...Object.keys(options.notFound)
      .filter((p) => p !== "/" && !PATH_RULES.some((r) => r.match === p))
      .map((p) => ({ match: p, path: p })),
  ];
  return [
    `# ${GENERATED}`,
    "# Run: nginx -p <prefix dir> -c <this file> -g 'daemon off;' after setting `listen` and `root` below.",
    "# TLS: terminate HTTPS in front of this server (a load balancer or proxy) or add `listen 443 ssl` here;",
    "# Strict-Transport-Security only counts when the browser reached the site over HTTPS.",
    ...(options.brotli
      ? [
          "# Brotli: Debian's libnginx-mod-http-brotli-static. Without it, delete this line and `brotli_static on;`.",
          "load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;",
        ]
      : []),
    "worker_processes auto;",
    "pid nginx.pid;",
    // crit, not warn: per-request errors (a missing file, a folder without index) name the client's address.
    // Start-up problems and crit ones (a file nginx may not read) still print.
    "error_log stderr crit;",
    "events { worker_connections 1024; }",
    "",
    "http {",
    "  # The standard types first (shipped with nginx; Debian's path), then what that list lacks.",
    "  include /etc/nginx/mime.types;",
    "  types {",
    ...types,
    "  }",
    "  default_type application/octet-stream;",
    "  charset utf-8;",
    `  charset_types ${UTF8_TYPES.filter((t) => t !== "text/html").join(" ")};`,
    "  # No client IPs in the access log: /embed.js loads on partner pages, so their readers reach this server.",
    "  # To debug, add $remote_addr to the format for a while; keep it out by default.",
    `  log_format noip '$time_iso8601 "$request" $status $body_bytes_sent "$http_user_agent"';`,
    "  access_log /dev/stdout noip;",
    "  client_body_temp_path client_body_temp;",
    "  proxy_temp_path proxy_temp;",
    "  fastcgi_temp_path fastcgi_temp;",
    "  uwsgi_temp_path uwsgi_temp;",
    "  scgi_temp_path scgi_temp;",
    "  sendfile on;",
    "  tcp_nopush on;",
    "  keepalive_timeout 30s;",
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
    `    error_page 404 ${siteNotFound};`,
    ...location("/", "/", true),
    ...prefixes.flatMap((p) => location(p.match, p.path, !p.match.startsWith("="))),
    "",
    "    # Other hosts' configuration files are not content.",
    `    location ~ ^/(${HOST_FILES.map((f) => f.slice(1).replace(/\./g, "\\.")).join("|")})$ {`,
    "      return 404;",
    "    }",
    "  }",
    "}",
    "",
  ].join("\n");
}
