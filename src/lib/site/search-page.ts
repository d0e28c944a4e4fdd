import { pagePath, type Locale } from "./locales.ts";

/** The search page of each language: /search/ and /ja/search/. The header's form sends ?q= here. */
export const SEARCH_SLUG = "search";

export function searchPath(locale: Locale): string {
  return pagePath(locale, SEARCH_SLUG);
}

/** Pagefind's entry module, written by tooling/delivery/search-index.ts after the build. */
export const PAGEFIND_MODULE = "/pagefind/pagefind.js";
