/**
 * The figures and terms the funding pages state, read from dist/ (moved from tests/e2e/content-truth.spec.ts and
 * i18n.spec.ts: they check server-rendered text, which needs no browser). Expected sums are worked out here from
 * the data files and only formatted with the site's formatters. Texts are compared as a browser's
 * toContainText/toHaveText would: textContent with runs of whitespace made one space.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import totalsJson from "../../content/data/funding-totals.json" with { type: "json" };
import contributorsJson from "../../content/data/funding-contributors.json" with { type: "json" };
import type { PeriodTotals } from "../../src/lib/data/schemas/funding";
import { contributorsSchema } from "../../src/lib/data/schemas/contributors";
import { japanAnnual } from "../../src/lib/funding/contributors";
import { annualTotals, periodTotals } from "../../src/lib/funding/model";
import { formatMoney, formatNumber } from "../../src/lib/site/format";
import { allDictionaries } from "../../src/lib/site/i18n";
import { readDist } from "../support/built-site.ts";
import { type HtmlElement, parseHtml, text } from "../support/html.ts";

const page = (file: string) => parseHtml(readDist(file));
/** textContent with whitespace normalised, as Playwright's text assertions compare it. */
const norm = (s: string) => s.replace(/\s+/g, " ").trim();
const textOf = (el: HtmlElement | null | undefined) => norm(text(el));
const one = (root: HtmlElement, selector: string) => {
  const found = root.querySelectorAll(selector);
  expect(found, `exactly one ${selector}`).toHaveLength(1);
  return found[0];
};

// Issue 21: the comparisons and the terms of use the funding page states.
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

describe.each([
  ["en", ""],
  ["ja", "ja/"],
] as const)("%s funding page", (locale, dir) => {
  const funding = page(`${dir}funding/index.html`);

  test(`"which figure to quote" sets the CEB's sum for the ILO's own years beside the ILO's total`, () => {
    const section = textOf(one(funding, "section.which-figure"));
    expect(section).toContain(norm(formatMoney(locale, cebSum)));
    // The CEB sum of every year on file would compare a longer period with the ILO's five years.
    const allYears = cents(
      annual.years.flatMap((y) => Object.entries(y).flatMap(([k, v]) => (k === "year" ? [] : [v]))),
    );
    expect(allYears).not.toBe(cebSum);
    expect(section).not.toContain(norm(formatMoney(locale, allYears)));
  });

  test(`the CEB's figures say whose terms apply, and "how to cite" keeps them apart`, () => {
    const dict = allDictionaries[locale];
    const sources = funding.querySelectorAll(".funding-source").map(textOf);
    expect(sources.filter((s) => s.includes(norm(dict["funding.terms.ceb"]))).length).toBeGreaterThan(0);
    expect(textOf(one(funding, ".how-to-cite"))).toContain(norm(dict["citeSite.sourcesTerms"]));
  });
});

test("the Japanese funding page shows the data's numbers in Japanese style", () => {
  const sums = periodTotals(totalsJson as PeriodTotals);
  const years = annualTotals(
    japanAnnual(contributorsSchema.parse({ ...contributorsJson, id: "funding-contributors" })),
  );
  const ja = (n: number) => formatNumber("ja", n / 1e6, 1);
  // The home page's key figure is computed from the same data.
  const figures = page("ja/index.html").querySelectorAll(".key-figure").map(textOf);
  expect(figures.filter((f) => f.includes(norm(formatMoney("ja", sums.total))))).toHaveLength(1);
  const funding = page("ja/funding/index.html");
  const totalsTable = textOf(one(funding, "#table-totals"));
  for (const kind of ["assessed", "voluntary", "total"] as const) {
    expect(totalsTable).toContain(norm(formatMoney("ja", sums[kind])));
  }
  const annualTable = one(funding, "#table-annual");
  for (const row of years.rows) {
    const cells = annualTable
      .querySelectorAll("tbody tr")
      .filter((tr) => textOf(tr).includes(String(row.year)))
      .flatMap((tr) => tr.querySelectorAll("td").map(textOf));
    expect(cells, String(row.year)).toEqual([ja(row.assessed), ja(row.voluntaryEarmarked), ja(row.total)]);
  }
  // The foot sums the years of the ILO totals (2018–22).
  const { start, end } = (totalsJson as PeriodTotals).period;
  expect(annualTable.querySelectorAll("tfoot td").map(textOf)).toEqual([
    ja(years.sum("assessed", start, end)),
    ja(years.sum("voluntaryEarmarked", start, end)),
    ja(years.sum("total", start, end)),
  ]);
  // The English style must not leak into the Japanese page.
  expect(textOf(one(funding, "main"))).not.toContain(norm(formatMoney("en", sums.total)));
});
