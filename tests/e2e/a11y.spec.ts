/**
 * Accessibility of what a page load alone does not show: the funding page's other views, drawn, and its table
 * before the chart is drawn. axe and the keyboard walk on every built page, in both colour schemes and at both
 * widths, run in tests/e2e/every-page.spec.ts, with the helpers in support/a11y.ts (TAGS, DISABLED_RULES).
 */
import { expect, test } from "@playwright/test";
import { distPages } from "../support/built-site";
import { axeViolations, checkAxe, open, WIDTHS } from "./support/a11y.ts";

// The funding page opens on the totals view; its other views, linked by ?view=, are checked drawn as well.
const otherViews = distPages()
  .filter(({ path }) => /^\/(ja\/)?funding\/$/.test(path))
  .flatMap(({ path }) => ["annual", "donors"].map((view) => `${path}?view=${view}`));
test("the funding pages' other views are among the pages axe checks", () => {
  expect(otherViews).toEqual([
    "/funding/?view=annual",
    "/funding/?view=donors",
    "/ja/funding/?view=annual",
    "/ja/funding/?view=donors",
  ]);
});
for (const path of otherViews) {
  for (const width of WIDTHS) {
    // Light and dark on the same load: see checkAxe for why the dark scheme needs only axe's colour rules.
    test(`axe: ${path} drawn, at ${width}px, light and dark`, async ({ page }) => {
      await open(page, path, width);
      await page.locator("funding-chart").scrollIntoViewIfNeeded();
      await expect(page.locator("funding-chart[data-drawn]")).toHaveCount(1);
      await checkAxe(page, `${path} (${width}px)`);
    });
  }
}

test("before its chart is drawn, a table scrolling in the chart's box is reachable by keyboard, and leaves the tab order after", async ({
  page,
}) => {
  // Hold Chart.js back, so the page stays in the state a slow network shows: the table in the chart's box.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/chart-setup\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await open(page, "/funding/", 320, "light");
  await page.locator("funding-chart").scrollIntoViewIfNeeded();
  const wrap = page.locator('[data-view-panel="totals"] .chart-stage > .table-wrap');
  await expect(wrap).toHaveAttribute("tabindex", "0");
  expect(await page.locator("funding-chart").getAttribute("data-drawn")).toBeNull();
  expect(await axeViolations(page), "axe violations before the chart is drawn").toEqual([]);
  release();
  await expect(page.locator("funding-chart[data-drawn]")).toHaveCount(1);
  await expect(wrap).not.toHaveAttribute("tabindex");
});
