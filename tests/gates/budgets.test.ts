/** dist/ against every byte budget in tests/support/budgets.ts. */
import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  brotliBytes,
  DIST,
  distBytes,
  distFiles,
  distPages,
  gzipBytes,
  pageAssets,
  readDist,
} from "../support/built-site.ts";
import { BUDGET, PAGE_HTML_GZIP_EXCEPTIONS, pageHtmlBudget } from "../support/budgets.ts";

/** A page "has a chart" when it contains the funding chart (its element, a canvas or its wrapper class). */
const hasChart = (html: string) => /<[a-z]+-chart\b|<canvas\b|class="[^"]*\bfunding-chart\b/.test(html);
/** A search page holds the search element (src/components/Search/SearchBox.astro). */
const isSearch = (html: string) => /<site-search\b/.test(html);

const rows = distPages().map(({ path, file }) => {
  const html = readDist(file);
  const a = pageAssets(file);
  return {
    path,
    chart: hasChart(html),
    search: isSearch(html),
    htmlGz: gzipBytes(html),
    htmlBr: brotliBytes(html),
    cssGz: distBytes(a.css, gzipBytes),
    blockingCssBr: distBytes(a.blockingCss, brotliBytes),
    jsGz: distBytes(a.js, gzipBytes),
    jsBr: distBytes(a.js, brotliBytes),
    jsFiles: a.js,
    scripts: a.scripts,
    startupJs: a.startupJs,
    startupJsGz: distBytes(a.startupJs, gzipBytes),
    embedBox: /<embed-box\b/.test(html),
    inlineJs: a.inlineJs,
  };
});

const cssFiles = distFiles(".css");
const allCssGz = distBytes(cssFiles, gzipBytes);
const embedScriptGz = gzipBytes(readDist("embed.js"));

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
    `All CSS files (${cssFiles.length}): ${allCssGz} bytes gz. /embed.js: ${embedScriptGz} bytes gz.`,
    `JS on chart pages: ${[...new Set(rows.flatMap((r) => r.jsFiles))].join(", ") || "none"}.`,
  ].join("\n"),
);

describe("byte budgets", () => {
  test("dist/ has pages, at least one with the chart, and both embed pages", () => {
    expect(rows.some((r) => r.chart)).toBe(true);
    expect(rows.filter((r) => r.path.endsWith("/embed/funding/")).map((r) => r.path)).toEqual([
      "/embed/funding/",
      "/ja/embed/funding/",
    ]);
  });

  test("every page allowed a larger HTML budget is built, so a stale exception cannot linger", () => {
    const built = new Set(rows.map((r) => r.path));
    expect(Object.keys(PAGE_HTML_GZIP_EXCEPTIONS).filter((p) => !built.has(p))).toEqual([]);
  });

  test(`all CSS together is at most ${BUDGET.allCssGzip} bytes gzipped`, () => {
    expect(allCssGz, `CSS files: ${cssFiles.join(", ")}`).toBeLessThanOrEqual(BUDGET.allCssGzip);
  });

  test(`/embed.js is at most ${BUDGET.embedScriptGzip} bytes gzipped`, () => {
    expect(embedScriptGz).toBeLessThanOrEqual(BUDGET.embedScriptGzip);
  });

  test.each(rows)("$path", (r) => {
    expect(r.inlineJs, `${r.path} runs inline script, which the CSP (no 'unsafe-inline') would block`).toEqual([]);
    expect(r.htmlGz, `${r.path}: HTML is over ${pageHtmlBudget(r.path)} bytes gzipped`).toBeLessThanOrEqual(
      pageHtmlBudget(r.path),
    );
    expect(r.cssGz, `${r.path}: its CSS is over ${BUDGET.allCssGzip} bytes gzipped`).toBeLessThanOrEqual(
      BUDGET.allCssGzip,
    );
    expect(
      r.htmlBr + r.blockingCssBr,
      `${r.path}: HTML + render-blocking CSS no longer fit the first round trip (${BUDGET.firstRoundTripBrotli} bytes brotli)`,
    ).toBeLessThanOrEqual(BUDGET.firstRoundTripBrotli);
    if (r.chart) {
      expect(r.jsFiles.length, `${r.path} has the chart but loads no script`).toBeGreaterThan(0);
      expect(
        r.jsGz,
        `${r.path}: chart JS is over ${BUDGET.fundingJsGzip} bytes gzipped (${r.jsFiles.join(", ")})`,
      ).toBeLessThanOrEqual(BUDGET.fundingJsGzip);
      // One entry that imports nothing statically: a second component <script> would share a chunk with the
      // first, and the head would wait for that third file (see src/components/FundingChart/enhance.ts).
      expect(
        r.scripts,
        `${r.path} should load one script, the chart's (src/components/FundingChart/enhance.ts)`,
      ).toHaveLength(1);
      expect(r.startupJs, `${r.path}: its script imports other files statically`).toEqual(r.scripts);
      expect(
        r.startupJsGz,
        `${r.path}: JS before the first paint is over ${BUDGET.chartStartupJsGzip} bytes gzipped`,
      ).toBeLessThanOrEqual(BUDGET.chartStartupJsGzip);
    } else if (r.search) {
      // Its script imports Pagefind; the whole first query is bounded below and measured in the browser.
      expect(r.jsFiles, `${r.path} should load the search script and Pagefind`).toContain("pagefind/pagefind.js");
    } else {
      expect(r.jsFiles, `${r.path} is neither a chart nor a search page, so it must ship no JS`).toEqual([]);
    }
    // The box's script comes with the chart's (EmbedBox.astro has none of its own).
    if (r.embedBox) expect(r.chart, `${r.path} has <EmbedBox /> without the chart it embeds`).toBe(true);
    if (r.path.endsWith("/embed/funding/")) {
      expect(
        r.htmlGz + r.cssGz + r.jsGz,
        `${r.path}: HTML + CSS + JS is over ${BUDGET.embedPageGzip} bytes gzipped`,
      ).toBeLessThanOrEqual(BUDGET.embedPageGzip);
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

  // An upper bound from the files, without a browser: the page's scripts, the worker, the largest wasm, entry
  // and meta files, the largest index chunk and three fragments. tests/e2e/search.spec.ts measures the real thing.
  test.each(searchRows)(`$path: a first query costs at most ${BUDGET.searchFirstQueryBytes} bytes`, (r) => {
    const bound =
      r.jsBr +
      largest(/^pagefind-worker\.js$/) +
      largest(/^wasm\..*\.pagefind$/) +
      largest(/^pagefind-entry\.json$/) +
      largest(/\.pf_meta$/) +
      largest(/\.pf_index$/) +
      3 * largest(/\.pf_fragment$/);
    console.log(`${r.path}: a first query fetches at most ${bound} bytes (brotli or as stored)`);
    expect(bound).toBeLessThanOrEqual(BUDGET.searchFirstQueryBytes);
  });
});
