import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { formatMoney } from "../../src/lib/site/format";
import { allDictionaries } from "../../src/lib/site/i18n";

// Issue 21: the comparisons and the terms of use the funding page states. Expected sums are added up here
// from the data files (in cents), and only formatted with the site's formatter.
const data = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
const totals = data("funding-totals") as { period: { start: number; end: number } };
// Japan's yearly series is its row in each year of the contributor file (src/lib/funding/contributors.ts).
const contributors = data("funding-contributors") as {
  years: { year: number; governments: ({ name: string } & Record<string, number | string>)[] }[];
};
const annual = {
  years: contributors.years.map(({ year, governments }) => {
    const { name: _name, ...figures } = governments.find((g) => g.name === "Japan") ?? { name: "" };
    return { year, ...figures } as Record<string, number>;
  }),
};
const cents = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0) / 100;
const cebSum = cents(
  annual.years
    .filter((y) => (y.year ?? 0) >= totals.period.start && (y.year ?? 0) <= totals.period.end)
    .flatMap((y) => Object.entries(y).flatMap(([k, v]) => (k === "year" ? [] : [v]))),
);

for (const [locale, prefix] of [
  ["en", ""],
  ["ja", "/ja"],
] as const) {
  test(`${prefix}/funding/: "which figure to quote" sets the CEB's sum for the ILO's own years beside the ILO's total`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/funding/`);
    const section = page.locator("section.which-figure");
    await expect(section).toContainText(formatMoney(locale, cebSum));
    // The CEB sum of every year on file would compare a longer period with the ILO's five years.
    const allYears = cents(
      annual.years.flatMap((y) => Object.entries(y).flatMap(([k, v]) => (k === "year" ? [] : [v]))),
    );
    expect(allYears).not.toBe(cebSum);
    await expect(section).not.toContainText(formatMoney(locale, allYears));
  });

  test(`${prefix}/funding/: the CEB's figures say whose terms apply, and "how to cite" keeps them apart`, async ({
    page,
  }) => {
    const dict = allDictionaries[locale];
    await page.goto(`${prefix}/funding/`);
    await expect(page.locator(".funding-source").filter({ hasText: dict["funding.terms.ceb"] })).not.toHaveCount(0);
    await expect(page.locator(".how-to-cite")).toContainText(dict["citeSite.sourcesTerms"]);
  });
}
