import { locales, pagePath, splitEntryId, type Locale } from "./locales";

/** Where each content entry is published, and the path of its twin in every language. */
export function pageRoutes(ids: readonly string[]) {
  const known = new Set(ids);
  return ids.map((id) => {
    const { locale, slug } = splitEntryId(id);
    const twins = Object.fromEntries(
      locales.map((l) => [l, known.has(`${l}/${slug || "index"}`) ? publishedPath(l, slug) : pagePath(l, "")]),
    ) as Record<Locale, string>;
    return { id, locale, slug, path: publishedPath(locale, slug), twins };
  });
}

/** Astro publishes the default language's 404 page as /404.html (see NOT_FOUND_ID); /404/ does not exist. */
function publishedPath(locale: Locale, slug: string): string {
  return `${locale}/${slug}` === NOT_FOUND_ID ? "/404.html" : pagePath(locale, slug);
}

export type PageRoute = ReturnType<typeof pageRoutes>[number];

/** Astro writes the default language's 404 to /404.html itself, from src/pages/404.astro. */
export const NOT_FOUND_ID = "en/404";
