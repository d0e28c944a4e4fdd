/**
 * The browser's side of the JS budget. tests/support/budgets.ts holds every byte budget; tests/gates/budgets.test.ts follows each
 * page's JS through the built files; here Chromium opens a chart page, scrolls the chart into view so the lazy
 * Chart.js chunk and the payload load, exports a PNG (whose code loads on first use), and the scripts it really
 * fetched are measured against the same budget.
 * A chunk the file walker missed would show up here.
 */
import { expect, test } from "@playwright/test";
import { BUDGET } from "../support/budgets.ts";
import { gzipBytes, pageAssets } from "../support/built-site.ts";

for (const path of ["/funding/", "/ja/embed/funding/"]) {
  test(`${path}: the JS Chromium fetches once the chart is drawn is what the gate counted, under the budget`, async ({
    page,
  }) => {
    const scripts = new Map<string, number>();
    page.on("response", async (res) => {
      if (res.request().resourceType() !== "script") return;
      scripts.set(new URL(res.url()).pathname.replace(/^\//, ""), gzipBytes(await res.body()));
    });
    await page.goto(path);
    await page.locator("funding-chart").scrollIntoViewIfNeeded();
    await expect(page.locator("funding-chart[data-drawn]")).toHaveCount(1);
    // The PNG export's chunk loads on its first use: use it, so every chunk the page can load is fetched.
    const download = page.waitForEvent("download");
    await page.locator("funding-chart button[data-download]").click();
    await download;
    // Every script the gate counted has arrived (the last response body may still be in flight).
    const counted = pageAssets(path.replace(/^\//, "") + "index.html").js;
    await expect.poll(() => counted.filter((f) => !scripts.has(f))).toEqual([]);
    expect([...scripts.keys()].sort(), "scripts fetched that the gate did not count").toEqual(counted);
    const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
    test.info().annotations.push({ type: "js-bytes", description: `${path}: ${bytes} bytes gzipped` });
    expect(bytes).toBeLessThanOrEqual(BUDGET.fundingJsGzip);
  });
}
