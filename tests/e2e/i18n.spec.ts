// The two languages in the browser: Japanese numbers on the page, the switcher and the chart's labels.
// What the built files alone show (twins, hreflang, <html lang>, the sitemap, no English interface text on
// Japanese pages) is checked without a browser in tests/gates/i18n.test.ts.
import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import totalsJson from "../../content/data/funding-totals.json" with { type: "json" };
import contributorsJson from "../../content/data/funding-contributors.json" with { type: "json" };
import { formatMoney, formatNumber } from "../../src/lib/site/format";
import { annualSummary, annualTotals, periodTotals, totalsSummary } from "../../src/lib/funding/model";
import { pageRoutes } from "../../src/lib/site/routes";
import type { PeriodTotals } from "../../src/lib/data/schemas/funding";
import { contributorsSchema } from "../../src/lib/data/schemas/contributors";
import { japanAnnual } from "../../src/lib/funding/contributors";

/** The English pages, each with its twins, from content/pages/<locale>/ (the gate checks that every twin exists). */
const enRoutes = pageRoutes(
  ["en", "ja"].flatMap((locale) =>
    readdirSync(`content/pages/${locale}`)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => `${locale}/${f.replace(/\.mdx$/, "")}`),
  ),
).filter((r) => r.locale === "en");

test("the Japanese funding page shows the data's numbers in Japanese style", async ({ page }) => {
  const totals = periodTotals(totalsJson as PeriodTotals);
  const annual = annualTotals(
    japanAnnual(contributorsSchema.parse({ ...contributorsJson, id: "funding-contributors" })),
  );
  // The home page's key figure is computed from the same data.
  await page.goto("/ja/");
  await expect(page.locator(".key-figure", { hasText: formatMoney("ja", totals.total) })).toHaveCount(1);
  await page.goto("/ja/funding/");
  const totalsTable = page.locator("#table-totals");
  for (const kind of ["assessed", "voluntary", "total"] as const) {
    await expect(totalsTable).toContainText(formatMoney("ja", totals[kind]));
  }
  const annualTable = page.locator("#table-annual");
  for (const row of annual.rows) {
    const cells = annualTable.locator("tbody tr", { hasText: String(row.year) }).locator("td");
    await expect(cells).toHaveText([
      formatNumber("ja", row.assessed / 1e6, 1),
      formatNumber("ja", row.voluntaryEarmarked / 1e6, 1),
      formatNumber("ja", row.total / 1e6, 1),
    ]);
  }
  // The foot sums the years of the ILO totals (facts C: 184.0 and 37.6 for 2018–22).
  const { start, end } = (totalsJson as PeriodTotals).period;
  await expect(annualTable.locator("tfoot td")).toHaveText([
    formatNumber("ja", annual.sum("assessed", start, end) / 1e6, 1),
    formatNumber("ja", annual.sum("voluntaryEarmarked", start, end) / 1e6, 1),
    formatNumber("ja", annual.sum("total", start, end) / 1e6, 1),
  ]);
  // The English style must not leak into the Japanese page.
  await expect(page.locator("main")).not.toContainText(formatMoney("en", totals.total));
});

test("the language switcher leads from each English page to its twin and back", async ({ page }) => {
  // One page walks every pair: each step starts with its own navigation, so nothing carries over between them.
  test.slow(); // one test for what were many, a page each: it gets three times the usual time
  expect(enRoutes.length).toBeGreaterThan(3);
  for (const r of enRoutes) {
    await test.step(`${r.path} ⇄ ${r.twins.ja}`, async () => {
      await page.goto(r.path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      const toJa = page.locator('header a[hreflang="ja"]');
      await expect(toJa).toHaveAttribute("lang", "ja");
      await toJa.click();
      await expect(page).toHaveURL(r.twins.ja);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      const toEn = page.locator('header a[hreflang="en"]');
      await expect(toEn).toHaveAttribute("lang", "en");
      await toEn.click();
      await expect(page).toHaveURL(r.path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });
  }
});

test("the chart on /ja/funding/ speaks Japanese to screen readers, in both views", async ({ page }) => {
  await page.goto("/ja/funding/");
  const chart = page.locator("funding-chart");
  await chart.scrollIntoViewIfNeeded();
  const canvas = (view: string) => page.locator(`[data-view-panel="${view}"] canvas`);
  await expect(canvas("totals")).toHaveAttribute("aria-label", totalsSummary("ja", totalsJson as PeriodTotals));
  await chart.locator("button[data-set-view='annual']").click();
  await expect(canvas("annual")).toHaveAttribute(
    "aria-label",
    annualSummary("ja", japanAnnual(contributorsSchema.parse({ ...contributorsJson, id: "funding-contributors" }))),
  );
  // Japanese amounts, and none of the English wording.
  expect(await canvas("totals").getAttribute("aria-label")).toMatch(/億.*万米ドル/);
  expect(await canvas("annual").getAttribute("aria-label")).not.toMatch(/assessed|voluntary|million/i);
});
