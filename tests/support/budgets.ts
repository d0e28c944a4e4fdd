/**
 * Every byte budget of the site, each with one number and its reason: the one place they are written.
 * Sizes are deterministic, so they are tests, not benchmarks: tests/gates/budgets.test.ts holds dist/ to them
 * (gzip at zlib level 9 and brotli at maximum quality, as a production server sends them), and
 * tests/e2e/budget.spec.ts and search.spec.ts check in Chromium what a page really fetches.
 * For comparison: Starlight budgets 7 KB HTML, 16.75 KB CSS and 27 KB JS; the median web page sends 632 KB of JS.
 */
const KB = 1024;
export const BUDGET = {
  /** HTML of any page: the text must arrive in the first few packets, and Starlight's 7 KB is the model. */
  pageHtmlGzip: 6 * KB,
  /**
   * Added to every page's HTML budget (the one above and each exception below): what every page carries to be
   * found, cited and shared — the header's search form, "How to cite this page" with its licence, and the
   * share-image tags. Measured at 0.5–0.8 KB gzip (more in Japanese, which compresses less well).
   */
  findCiteShareGzip: 1 * KB,
  /**
   * All CSS files together: one stylesheet cached once serves every page. 9 KB since the reference pages, search,
   * the citation block and the donors' chart arrived (measured 8.5 KB with all of them); Starlight allows 16.75 KB.
   * Every content page also carries the chart's 1.4 KB of styles, because the MDX component map imports the chart.
   */
  allCssGzip: 9 * KB,
  /**
   * A page with the funding chart: all its JS, lazy chunks included. Tree-shaken Chart.js for bar charts alone is
   * about 46 KB; the rest is room for the element, its config and the PNG export, not for a second library.
   */
  fundingJsGzip: 57_000,
  /**
   * A chart page's JS before the first paint: its one <script>, which must import nothing statically.
   * Lighthouse's model of a slow phone counts every script fetched before the first paint as holding it back
   * (module scripts are fetched at high priority), and a chain of imports costs a round trip each. So the
   * entry is one file (the chart element, the embed box and the embed's settings: 4.9 KB gzip); Chart.js, the
   * chart's configuration and its numbers wait for the paint (src/lib/browser/main-thread.ts), the PNG export for a click.
   */
  chartStartupJsGzip: 6 * KB,
  /**
   * The embed page inside a partner's iframe, whole: HTML, CSS and all JS. It is the funding chart's JS budget
   * plus one page of HTML and its CSS; an accidental chart.js/auto or a big import would break it.
   */
  embedPageGzip: 57_000 + 6 * KB + 8 * KB,
  /** /embed.js, which partner sites put on their own pages: it only sizes the iframe, so it must stay tiny. */
  embedScriptGzip: 1 * KB,
  /**
   * The search pages' first query, bytes on the wire (bodies as sent plus headers): the page's script, Pagefind's
   * JS, its WebAssembly engine, the language's index chunk and the fragments of the results shown. Measured in
   * Chromium by tests/e2e/search.spec.ts, bounded from the files below. ~76 KB is fixed: the wasm (56–61 KB,
   * gzipped by Pagefind), pagefind.js (13 KB), its worker, entry and meta (~3 KB) and our script (1.8 KB). The rest
   * grows with the site: the index chunk (Japanese more, as every kanji compound is a word) and ~3 KB per result.
   * With 10 content pages a query cost 88.5 KB (English) and 97.7 KB (Japanese); with 14 (history, glossary) it
   * costs 100.6–110.2 KB and 127.1–132.9 KB. 160,000 leaves ~27 KB for the next pages, on a page that exists only
   * to search; past it, split the index or show fewer results per query.
   */
  searchFirstQueryBytes: 160_000,
  /** HTML + render-blocking CSS in one TCP round trip: 10 packets × 1,460 bytes (RFC 6928 initial window). */
  firstRoundTripBrotli: 14_600,
} as const;

/**
 * Pages allowed more than BUDGET.pageHtmlGzip, each with its reason. They are the reference pages: each is one
 * list read (and linked into, by anchor) as a whole, and every item carries its citation. Splitting them
 * would break the glossary anchors and the timeline's order for a few hundred bytes. Japanese text
 * compresses less well than English, so the limit is set by the Japanese twin.
 */
export const PAGE_HTML_GZIP_EXCEPTIONS: Record<string, { bytes: number; reason: string }> = {
  "/history/": {
    bytes: 8 * KB,
    reason: "the whole timeline: 39 dated events, each with its source and the source's link back to it",
  },
  "/ja/history/": {
    bytes: 8 * KB,
    reason: "the whole timeline: 39 dated events, each with its source and the source's link back to it",
  },
  "/glossary/": { bytes: 7 * KB, reason: "22 anchored definitions, each with its source" },
  "/ja/glossary/": { bytes: 7 * KB, reason: "22 anchored definitions, each with its source" },
  "/membership/": {
    bytes: 7 * KB,
    reason:
      "membership, the Governing Body, Japan's constituents, the Conventions' story and No. 155, each claim with its source",
  },
  "/ja/membership/": {
    bytes: 7 * KB,
    reason:
      "membership, the Governing Body, Japan's constituents, the Conventions' story and No. 155, each claim with its source",
  },
  "/conventions/": {
    bytes: 8 * KB,
    reason:
      "Japan's ratification record (50 rows, issue 21): the ten fundamental Conventions first, then every other ratification, each with its category, date and status; one table read as a whole",
  },
  "/ja/conventions/": {
    bytes: 8 * KB,
    reason:
      "Japan's ratification record (50 rows, issue 21): the ten fundamental Conventions first, then every other ratification, each with its category, date and status; one table read as a whole",
  },
  "/sources/": {
    bytes: 7.5 * KB,
    reason:
      "the list of every source the site cites (48), each with its date and link; the ratification record and issue 21 brought 22",
  },
  "/ja/sources/": {
    bytes: 8 * KB,
    reason: "the list of every source the site cites (48), each with its Japanese title, date and link",
  },
  "/funding/": {
    bytes: 8 * KB,
    reason:
      "a table for each of the chart's three views (ILO totals, UN CEB by year, the ten largest governments) and Japan's rank in every year, so a reader without scripts gets every figure; and the embed box",
  },
  "/ja/funding/": {
    bytes: 8 * KB,
    reason:
      "a table for each of the chart's three views and Japan's rank in every year (Japanese text compresses less well), and the embed box: the snippet with its SRI hash (which does not compress) and the hosts' help",
  },
};
/** The HTML budget of one page: its own (or the default) plus what every page carries. */
export const pageHtmlBudget = (path: string) =>
  (PAGE_HTML_GZIP_EXCEPTIONS[path]?.bytes ?? BUDGET.pageHtmlGzip) + BUDGET.findCiteShareGzip;
