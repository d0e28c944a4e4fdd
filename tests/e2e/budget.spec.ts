import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { gzipBytes, htmlFiles, pageScripts } from "../support/js-budget";
import { isSearchPage } from "../support/search-budget";

// Byte sizes are deterministic, so the budget is a test over the built files (dist/), not a timing.
const dist = "dist";
/** The funding page's whole JS budget, gzip level 9. Tree-shaken Chart.js for bars alone is ≈ 46 KB. */
const budget = 57 * 1000;

test.describe("JavaScript budget (dist/)", () => {
  const pages = htmlFiles(dist);

  test("the built site has pages to check", () => {
    expect(pages, "dist/ has no pages: run `npm run build` first").toContain("funding/index.html");
  });

  test("no page runs inline script (a later CSP forbids it)", () => {
    for (const page of pages) expect(pageScripts(dist, page).inline, page).toEqual([]);
  });

  test(`a page with a chart loads at most ${budget} bytes of gzipped JS`, () => {
    const chartPages = pages.filter((p) => readFileSync(`${dist}/${p}`, "utf8").includes("<funding-chart"));
    expect(chartPages).toContain("funding/index.html");
    for (const page of chartPages) {
      const { files } = pageScripts(dist, page);
      const bytes = gzipBytes(dist, files);
      test
        .info()
        .annotations.push({ type: "js-bytes", description: `${page}: ${bytes} bytes gzipped (${files.join(", ")})` });
      expect(files.length, `${page} should load the chart script`).toBeGreaterThan(0);
      expect(bytes, `${page} loads ${bytes} bytes of gzipped JS: ${files.join(", ")}`).toBeLessThanOrEqual(budget);
    }
  });

  test("every page but the chart and search pages loads 0 bytes of JS", () => {
    const plain = pages.filter((p) => {
      const html = readFileSync(`${dist}/${p}`, "utf8");
      return !html.includes("<funding-chart") && !isSearchPage(html);
    });
    expect(pages.length - plain.length, "chart and search pages").toBeGreaterThanOrEqual(3);
    for (const page of plain) {
      const { files } = pageScripts(dist, page);
      expect(files, `${page} has no chart or search but loads JS`).toEqual([]);
    }
    test.info().annotations.push({ type: "no-js-pages", description: `${plain.length} of ${pages.length} pages` });
    expect(plain.length).toBeGreaterThan(0);
  });
});
