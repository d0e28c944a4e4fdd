/**
 * What the first search may cost a reader: bytes on the wire (compressed bodies plus headers) for the
 * search page's script, Pagefind's JS, its WebAssembly engine, the language's index chunks and the result
 * fragments. Measured in Chromium by tests/e2e/search.spec.ts; bounded from the built files by
 * tests/gates/budgets.test.ts.
 *
 * Why 140,000 bytes: measured at the first release (10 content pages), a one-word query cost 88.5 KB in
 * English and 97.7 KB in Japanese. Of that, ~76 KB is fixed: Pagefind's wasm (56–61 KB, already gzipped),
 * pagefind.js (13 KB), its worker, entry and meta files (~3 KB) and our script (1.7 KB). The rest is the
 * index chunk (7.7 KB English, 18 KB Japanese: every kanji compound is its own word) and ~2–3 KB per
 * fragment. The budget leaves ~40 KB for the index to grow as the pages double (history, glossary, more
 * funding views) — about the size of the funding page's Chart.js, for a page that exists only to search.
 */
export const SEARCH_BUDGET = {
  firstQueryBytes: 140_000,
};

/** A search page is one that holds the search element (src/components/Search/SearchBox.astro). */
export const isSearchPage = (html: string) => /<site-search\b/.test(html);
