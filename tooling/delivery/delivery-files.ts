/**
 * What `npm run gen:headers` writes, computed from the content entry ids. Pure, so the unit tests
 * can compare it with the committed files. Imports carry .ts so Node's type stripping can run it.
 */
import { builtFileOfUrl, pageRoutes, routePath } from "../../src/lib/routes.ts";
import { renderHeadersFile, renderNginxConf } from "./headers-policy.ts";

export const HEADERS_FILE = "public/_headers";
export const NGINX_FILE = "deploy/nginx.conf";

/** The URL of every HTML page built from content/pages (ids like "en/funding", "ja/index"). */
export function contentPagePaths(ids: readonly string[]): string[] {
  // The site's own rule (src/lib/routes.ts), so the default language's 404 is /404.html here as on the site.
  return pageRoutes(ids).map((r) => r.path);
}

export function deliveryFiles(ids: readonly string[]): Record<string, string> {
  const builtFile = (locale: "en" | "ja") => `/${builtFileOfUrl(routePath(locale, "404"))}`;
  const notFound: Record<string, string> = { "/": builtFile("en") };
  // The Japanese 404 answers misses under /ja/ once the Japanese edition has one.
  if (ids.includes("ja/404")) notFound["/ja/"] = builtFile("ja");
  return {
    [HEADERS_FILE]: renderHeadersFile(contentPagePaths(ids)),
    [NGINX_FILE]: renderNginxConf({ notFound, brotli: true }),
  };
}
