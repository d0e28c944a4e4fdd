/**
 * Byte budgets over the built site. Sizes are deterministic, so they are tests, not benchmarks.
 * gzip at zlib level 9 and brotli at maximum quality, as a production server would serve them.
 * For comparison: Starlight budgets 7 KB HTML, 16.75 KB CSS and 27 KB JS; the median web page sends 632 KB of JS.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { brotliBytes, distRelative, gzipBytes, pageAssets } from "../support/assets";
import { DIST, distFiles, distPages } from "../support/dist";

const KB = 1024;
export const BUDGET = {
  htmlGzip: 6 * KB,
  /**
   * The funding pages carry a table for each of the chart's three views, plus Japan's rank by year, so a
   * reader without scripts gets every figure; the Japanese page's text compresses less well. Starlight's 7 KB
   * plus a half. The first-round-trip budget below still holds them to one round trip.
   */
  chartPageHtmlGzip: 7.5 * KB,
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
    const htmlBudget = r.chart ? BUDGET.chartPageHtmlGzip : BUDGET.htmlGzip;
    expect(r.htmlGz, `${r.path}: HTML is over ${htmlBudget} bytes gzipped`).toBeLessThanOrEqual(htmlBudget);
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
    } else {
      const what = [...r.jsFiles, ...(r.inlineJs ? ["an inline <script>"] : [])].join(", ");
      expect(r.jsGz, `${r.path} has no chart, so it must ship no JS; it loads ${what}`).toBe(0);
    }
  });
});
