import { defaultLocale, locales, pagePath, splitEntryId, type Locale } from "./locales.ts";

/** Astro writes the default language's 404 to /404.html itself, from src/pages/404.astro. */
export const NOT_FOUND_ID = "en/404";

/**
 * Where one page is published. The default language's 404 is the file /404.html that hosts serve for
 * unknown addresses, so its canonical URL, hreflang links and the switcher on /ja/404/ must point there,
 * not at a /404/ folder that does not exist.
 */
export function routePath(locale: Locale, slug: string): string {
  return locale === defaultLocale && slug === "404" ? "/404.html" : pagePath(locale, slug);
}

/** Where each content entry is published, and the path of its twin in every language. */
export function pageRoutes(ids: readonly string[]) {
  const known = new Set(ids);
  return ids.map((id) => {
    const { locale, slug } = splitEntryId(id);
    const twins = Object.fromEntries(
      locales.map((l) => [l, known.has(`${l}/${slug || "index"}`) ? routePath(l, slug) : pagePath(l, "")]),
    ) as Record<Locale, string>;
    return { id, locale, slug, path: routePath(locale, slug), twins };
  });
}

export type PageRoute = ReturnType<typeof pageRoutes>[number];

/**
 * The URL path a built file is served at (build.format "directory", trailingSlash "always"):
 * "funding/index.html" → "/funding/", "index.html" → "/", "404.html" → "/404.html", "data/x.csv" → "/data/x.csv".
 * The one place this mapping is written; the tests, the link check and the delivery files use it.
 */
export function urlOfBuiltFile(file: string): string {
  return (
    "/" +
    file
      .split("\\")
      .join("/")
      .replace(/^\/+/, "")
      .replace(/(^|\/)index\.html$/, "$1")
  );
}

/** The file in dist/ that answers a URL path, the inverse of urlOfBuiltFile: "/ja/funding/" → "ja/funding/index.html". */
export function builtFileOfUrl(path: string): string {
  return (path.endsWith("/") ? `${path}index.html` : path).replace(/^\/+/, "");
}
