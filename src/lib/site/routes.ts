// Every URL path the site builds is written here, so a link, a fetch and the file that answers it agree.
import { defaultLocale, locales, splitEntryId, type Locale } from "./locales.ts";

/**
 * The URL path of a page from its locale and slug ("" is the home page).
 * Paths always end with a slash, matching trailingSlash: "always".
 */
export function pagePath(locale: Locale, slug: string): string {
  const parts = [locale === defaultLocale ? "" : locale, slug].filter(Boolean);
  return parts.length ? `/${parts.join("/")}/` : "/";
}

/** The search page of each language: /search/ and /ja/search/. The header's form sends ?q= here. */
export const SEARCH_SLUG = "search";

export function searchPath(locale: Locale): string {
  return pagePath(locale, SEARCH_SLUG);
}

/** Where tooling/delivery/search-index.ts writes the Pagefind index and bundle, under dist/. */
export const PAGEFIND_DIR = "/pagefind/";
/** Pagefind's entry module, which the search script loads. */
export const PAGEFIND_MODULE = `${PAGEFIND_DIR}pagefind.js`;

/** Where a glossary entry lives: its page in the reader's language and its anchor. */
export function termHref(locale: Locale, id: string): string {
  return `${pagePath(locale, "glossary")}#${id}`;
}

/** Where each language's embed page and oEmbed file live. */
export function embedPath(locale: Locale): string {
  return locale === "en" ? "/embed/funding/" : `/${locale}/embed/funding/`;
}
export function oembedPath(locale: Locale): string {
  return locale === "en" ? "/oembed/funding.json" : `/${locale}/oembed/funding.json`;
}

/** Where the browser fetches a language's chart payload (built by src/pages/data/chart-[locale].json.ts). */
export function chartPayloadPath(locale: Locale): string {
  return `/data/chart-${locale}.json`;
}

export type DownloadFormat = "csv" | "json";

/** Where a download lives: CSVs are language-neutral (/data/), JSON sidecars exist per language. */
export function downloadPath(name: string, format: DownloadFormat, locale: Locale): string {
  return format === "json" && locale !== "en" ? `/${locale}/data/${name}.json` : `/data/${name}.${format}`;
}

/** "/" → "/og/index.png", "/ja/funding/" → "/og/ja/funding.png", "/404.html" → "/og/404.png". */
export function ogImagePath(path: string): string {
  const name = path.replace(/\.html$/, "").replace(/^\/+|\/+$/g, "");
  return `/og/${name || "index"}.png`;
}

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
