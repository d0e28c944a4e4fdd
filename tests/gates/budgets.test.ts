/**
 * Byte budgets over the built site. Sizes are deterministic, so they are tests, not benchmarks.
 * gzip at zlib level 9 and brotli at maximum quality, as a production server would serve them.
 * For comparison: Starlight budgets 7 KB HTML, 16.75 KB CSS and 27 KB JS; the median web page sends 632 KB of JS.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { brotliBytes, distRelative, gzipBytes, pageAssets } from "../support/assets";
import { DIST, distFiles, distPages } from "../support/dist";
import { isSearchPage, SEARCH_BUDGET } from "../support/search-budget";

const KB = 1024;
export const BUDGET = {
  /**
   * Every page carries the header search form, the "how to cite" block with its licence and the share-image
   * tags (0.6–0.9 KB gzip together); 6 KB was exceeded by the Japanese funding page. The first round trip
   * below is the budget that decides speed, and it still holds.
   */
  htmlGzip: 7 * KB,
  allCssGzip: 8 * KB,
  chartPageJsGzip: 57 * KB,
  /** One TCP round trip: 10 packets × 1,460 bytes (RFC 6928 initial window). */
  firstRoundTripBrotli: 14_600,
};

/** A page "has a chart" when it contains the funding chart (its wrapper class, a *-chart element or a canvas). */
const hasChart = (html: string) => /<[a-z]+-chart\b|<canvas\b|class="[^"]*\bfunding-chart\b/.test(html);

const sum = (files: string[], measure: (b: Buffer) => number) =>
  files.reduce((n, f) => n + measure(readFileSync(f)), 0);

const rows = distPages().map(({ path, file }) => {
  const abs = join(DIST, file);
  const html = readFileSync(abs, "utf8");
  const a = pageAssets(abs);
  return {
    path,
    chart: hasChart(html),
    search: isSearchPage(html),
    htmlGz: gzipBytes(html),
    htmlBr: brotliBytes(html),
    cssGz: sum(a.css, gzipBytes),
    blockingCssBr: sum(a.blockingCss, brotliBytes),
    // Inline scripts count as JS; each file once, compressed on its own as a server would send it.
    jsGz: sum(a.js, gzipBytes) + (a.inlineJs.trim() ? gzipBytes(a.inlineJs) : 0),
    jsBr: sum(a.js, brotliBytes) + (a.inlineJs.trim() ? brotliBytes(a.inlineJs) : 0),
    jsFiles: a.js.map(distRelative),
    inlineJs: a.inlineJs.trim() !== "",
  };
});

const cssFiles = distFiles(".css");
const allCssGz = sum(cssFiles, gzipBytes);

// The table every run prints, so a change in size shows up in the test log.
console.log(
  [
    "Bytes per page (gz = gzip -9, br = brotli q11; first trip = HTML br + render-blocking CSS br):",
    "| page | chart | HTML gz | HTML br | CSS gz | JS gz | JS br | first trip br |",
    "|---|---|--:|--:|--:|--:|--:|--:|",
    ...rows.map(
      (r) =>
        `| ${r.path} | ${r.chart ? "yes" : ""} | ${r.htmlGz} | ${r.htmlBr} | ${r.cssGz} | ${r.jsGz} | ${r.jsBr} | ${r.htmlBr + r.blockingCssBr} |`,
    ),
    `All CSS files (${cssFiles.length}): ${allCssGz} bytes gz. JS on chart pages: ${[...new Set(rows.flatMap((r) => r.jsFiles))].join(", ") || "none"}.`,
  ].join("\n"),
);

describe("byte budgets", () => {
  test("dist/ has pages, and at least one page has the chart", () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.chart)).toBe(true);
  });

  test(`all CSS together is at most ${BUDGET.allCssGzip} bytes gzipped`, () => {
    expect(allCssGz, `CSS files: ${cssFiles.map(distRelative).join(", ")}`).toBeLessThanOrEqual(BUDGET.allCssGzip);
  });

  test.each(rows)("$path", (r) => {
    expect(r.htmlGz, `${r.path}: HTML is over ${BUDGET.htmlGzip} bytes gzipped`).toBeLessThanOrEqual(BUDGET.htmlGzip);
    expect(r.cssGz, `${r.path}: its CSS is over ${BUDGET.allCssGzip} bytes gzipped`).toBeLessThanOrEqual(
      BUDGET.allCssGzip,
    );
    expect(
      r.htmlBr + r.blockingCssBr,
      `${r.path}: HTML + render-blocking CSS no longer fit the first round trip (${BUDGET.firstRoundTripBrotli} bytes brotli)`,
    ).toBeLessThanOrEqual(BUDGET.firstRoundTripBrotli);
    if (r.chart) {
      expect(
        r.jsGz,
        `${r.path}: chart JS is over ${BUDGET.chartPageJsGzip} bytes gzipped (${r.jsFiles.join(", ")})`,
      ).toBeLessThanOrEqual(BUDGET.chartPageJsGzip);
    } else if (r.search) {
      // The search page's script imports /pagefind/pagefind.js; the whole first query is bounded below.
      expect(r.jsFiles, `${r.path} should load the search script and Pagefind`).toContain("pagefind/pagefind.js");
      expect(r.inlineJs, `${r.path} runs an inline script`).toBe(false);
    } else {
      const what = [...r.jsFiles, ...(r.inlineJs ? ["an inline <script>"] : [])].join(", ");
      expect(r.jsGz, `${r.path} is neither a chart nor a search page, so it must ship no JS; it loads ${what}`).toBe(0);
    }
  });
});

describe("search", () => {
  const searchRows = rows.filter((r) => r.search);
  const bundle = join(DIST, "pagefind");
  const files = readdirSync(bundle, { recursive: true, encoding: "utf8" }).filter((f) => !/\.(gz|br)$/.test(f));
  /** What the server sends for a file: its .br copy when precompression kept one, else the file itself. */
  const wire = (f: string) => {
    const br = join(bundle, `${f}.br`);
    return existsSync(br) ? statSync(br).size : statSync(join(bundle, f)).size;
  };
  const largest = (re: RegExp) => Math.max(0, ...files.filter((f) => re.test(f)).map(wire));

  test("there is a search page in each language", () => {
    expect(searchRows.map((r) => r.path).sort()).toEqual(["/ja/search/", "/search/"]);
  });

  // An upper bound from the files, without a browser: the page's scripts, Pagefind's JS, the largest wasm,
  // entry and meta files, the largest index chunk and three fragments. The browser measures the real thing.
  test.each(searchRows)(`$path: a first query costs at most ${SEARCH_BUDGET.firstQueryBytes} bytes`, (r) => {
    const bound =
      r.jsBr +
      largest(/^pagefind-worker\.js$/) +
      largest(/^wasm\..*\.pagefind$/) +
      largest(/^pagefind-entry\.json$/) +
      largest(/\.pf_meta$/) +
      largest(/\.pf_index$/) +
      3 * largest(/\.pf_fragment$/);
    console.log(`${r.path}: first query at most ${bound} bytes (brotli / as stored)`);
    expect(bound).toBeLessThanOrEqual(SEARCH_BUDGET.firstQueryBytes);
  });
});
