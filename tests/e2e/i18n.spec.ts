// The two languages in the browser: the switcher and the chart's labels for screen readers.
// What the built files alone show (twins, hreflang, <html lang>, the sitemap, no English interface text on
// Japanese pages; Japanese-style numbers) is checked without a browser in tests/gates/i18n.test.ts and
// funding-text.test.ts.
import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import totalsJson from "../../content/data/funding-totals.json" with { type: "json" };
import contributorsJson from "../../content/data/funding-contributors.json" with { type: "json" };
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
  await expect(canvas("totals")).toHaveAttribute(
    "aria-label",
    totalsSummary("ja", periodTotals(totalsJson as PeriodTotals)),
  );
  await chart.locator("button[data-set-view='annual']").click();
  await expect(canvas("annual")).toHaveAttribute(
    "aria-label",
    annualSummary(
      "ja",
      annualTotals(japanAnnual(contributorsSchema.parse({ ...contributorsJson, id: "funding-contributors" }))),
    ),
  );
  // Japanese amounts, and none of the English wording.
  expect(await canvas("totals").getAttribute("aria-label")).toMatch(/億.*万米ドル/);
  expect(await canvas("annual").getAttribute("aria-label")).not.toMatch(/assessed|voluntary|million/i);
});
