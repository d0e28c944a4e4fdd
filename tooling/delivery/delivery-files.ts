/**
 * What `npm run gen:headers` writes, computed from the content entry ids. Pure, so the unit tests
 * can compare it with the committed files. Imports carry .ts so Node's type stripping can run it.
 */
import { builtFileOfUrl, pageRoutes, routePath } from "../../src/lib/site/routes.ts";
import { renderHeadersFile } from "./hosts/cloudflare.ts";
import { renderNetlifyToml } from "./hosts/netlify.ts";
import { renderNginxConf } from "./hosts/nginx.ts";

export const HEADERS_FILE = "public/_headers";
export const NETLIFY_FILE = "netlify.toml";
export const NGINX_FILE = "deploy/nginx.conf";

/** The URL of every HTML page built from content/pages (ids like "en/funding", "ja/index"). */
export function contentPagePaths(ids: readonly string[]): string[] {
  // The site's own rule (src/lib/site/routes.ts), so the default language's 404 is /404.html here as on the site.
  return pageRoutes(ids).map((r) => r.path);
}

/**
 * Which 404 page answers a miss under each prefix. The Japanese one is also copied to /ja/404.html at build
 * (tooling/delivery/build-files.ts), where Cloudflare Pages looks for it by itself; nginx and Netlify use it too.
 */
export function notFoundPages(ids: readonly string[]): Record<string, string> {
  const notFound: Record<string, string> = { "/": `/${builtFileOfUrl(routePath("en", "404"))}` };
  if (ids.includes("ja/404")) notFound["/ja/"] = "/ja/404.html";
  return notFound;
}

export function deliveryFiles(ids: readonly string[]): Record<string, string> {
  const notFound = notFoundPages(ids);
  return {
    [HEADERS_FILE]: renderHeadersFile(),
    [NETLIFY_FILE]: renderNetlifyToml(notFound),
    [NGINX_FILE]: renderNginxConf({ notFound, brotli: true }),
  };
}
