/**
 * What `npm run gen:headers` writes, computed from the content entry ids. Pure, so the unit tests
 * can compare it with the committed files. Imports carry .ts so Node's type stripping can run it.
 */
import { locales, pagePath, splitEntryId } from "../../src/lib/locales.ts";
import { searchPath } from "../../src/lib/search.ts";
import { renderHeadersFile, renderNginxConf } from "./headers-policy.ts";

export const HEADERS_FILE = "public/_headers";
export const NGINX_FILE = "deploy/nginx.conf";

/** The URL of every HTML page built from content/pages (ids like "en/funding", "ja/index"). */
export function contentPagePaths(ids: readonly string[]): string[] {
  return ids.map((id) => {
    const { locale, slug } = splitEntryId(id);
    // Astro writes the default language's 404 to /404.html (src/pages/404.astro).
    return id === "en/404" ? "/404.html" : pagePath(locale, slug);
  });
}

export function deliveryFiles(ids: readonly string[]): Record<string, string> {
  const notFound: Record<string, string> = { "/": "/404.html" };
  // The Japanese 404 answers misses under /ja/ once the Japanese edition has one.
  if (ids.includes("ja/404")) notFound["/ja/"] = "/ja/404/index.html";
  return {
    // The search pages come from src/pages/[...lang]/search.astro, not from content/pages.
    [HEADERS_FILE]: renderHeadersFile([...contentPagePaths(ids), ...locales.map(searchPath)]),
    [NGINX_FILE]: renderNginxConf({ notFound, brotli: true }),
  };
}
