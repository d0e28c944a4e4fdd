// deploy/nginx.conf for our own nginx, rendered from the one policy (../policy.ts).
import { EXTRA_TYPES, GENERATED, headersFor, HOST_FILES, PATH_RULES, UTF8_TYPES } from "../policy.ts";

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
