import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { periodTotalsSchema } from "../../../../src/lib/data/schemas/funding";
import { contributorsSchema } from "../../../../src/lib/data/schemas/contributors";
import { japanAnnual } from "../../../../src/lib/funding/contributors";
import {
  annualSummary,
  annualTotals,
  periodLabel,
  periodTotals,
  totalsSummary,
  totalsTitle,
} from "../../../../src/lib/funding/model";
import { formatMoney } from "../../../../src/lib/site/format";

const load = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
const rawTotals = load("funding-totals");
const totals = periodTotalsSchema.parse({ ...rawTotals, id: "funding-totals" });
const annual = japanAnnual(contributorsSchema.parse({ ...load("funding-contributors"), id: "funding-contributors" }));
// Japan's rows as the contributor file has them, for the test's own sums.
const rawAnnual = {
  years: (load("funding-contributors").years as { year: number; governments: Record<string, number | string>[] }[]).map(
    (y) => ({ ...y.governments.find((g) => g.name === "Japan"), year: y.year }),
  ),
};

describe("periodTotals", () => {
  it("converts millions to dollars and computes the total from the two parts", () => {
    const f = periodTotals(totals);
    expect(f.assessed).toBeCloseTo(rawTotals.assessed * 1e6, 0);
    expect(f.voluntary).toBeCloseTo(rawTotals.voluntary * 1e6, 0);
    expect(f.total).toBeCloseTo((rawTotals.assessed + rawTotals.voluntary) * 1e6, 0);
  });
  it("gives the figures the ILO donor profile publishes", () => {
    // The one place a figure is written out: the facts sheet's 177.8 + 50.9 = 228.7 (US$ million).
    expect(formatMoney("en", periodTotals(totals).total)).toBe("US$228.7 million");
  });
});

describe("annualTotals", () => {
  it("keeps each year and sums each kind over the years", () => {
    const a = annualTotals(annual);
    expect(a.rows.map((r) => r.year)).toEqual(rawAnnual.years.map((r: { year: number }) => r.year));
    const sum = (k: string) => rawAnnual.years.reduce((s: number, r: Record<string, number>) => s + (r[k] ?? 0), 0);
    expect(a.assessed).toBeCloseTo(sum("assessed"), 2);
    expect(a.voluntaryEarmarked).toBeCloseTo(sum("voluntaryEarmarked"), 2);
    expect(a.first).toBe(rawAnnual.years[0]?.year);
    expect(a.last).toBe(rawAnnual.years.at(-1)?.year);
  });
  it("adds exactly, in whole cents, with no binary rounding noise (exactSum, the one way amounts are added)", () => {
    const cents = (k: "assessed" | "voluntaryEarmarked") =>
      annual.years.reduce((s, r) => s + Math.round(r[k] * 100), 0);
    expect(annualTotals(annual).assessed).toBe(cents("assessed") / 100);
    expect(annualTotals(annual).voluntaryEarmarked).toBe(cents("voluntaryEarmarked") / 100);
    expect(periodTotals(totals).total).toBe(
      (Math.round(totals.assessed * 10) + Math.round(totals.voluntary * 10)) * 1e5,
    );
  });
  it("does not equal the ILO totals, which is why the two are never mixed", () => {
    expect(Math.round(annualTotals(annual).assessed / 1e5)).not.toBe(Math.round(periodTotals(totals).assessed / 1e5));
  });
});

describe("labels", () => {
  it("shortens the period in English and writes it in full in Japanese", () => {
    expect(periodLabel("en", 2018, 2022)).toBe("2018–22");
    expect(periodLabel("ja", 2018, 2022)).toBe("2018〜2022年");
    expect(periodLabel("en", 1999, 2001)).toBe("1999–2001");
  });
  it("titles the total as assessed and voluntary, with the computed total", () => {
    const total = formatMoney("en", periodTotals(totals).total);
    expect(totalsTitle("en", periodTotals(totals))).toBe(
      `Japan's contributions to the ILO, 2018–22: assessed and voluntary (${total})`,
    );
    expect(totalsTitle("ja", periodTotals(totals))).toContain("分担金と任意拠出金");
    expect(totalsTitle("ja", periodTotals(totals))).toContain(formatMoney("ja", periodTotals(totals).total));
  });
  it("summarises the totals for screen readers", () => {
    const f = periodTotals(totals);
    const m = (n: number) => formatMoney("en", n);
    expect(totalsSummary("en", f)).toBe(`Assessed ${m(f.assessed)}, voluntary ${m(f.voluntary)}, total ${m(f.total)}.`);
    expect(totalsSummary("en", f)).toBe(
      "Assessed US$177.8 million, voluntary US$50.9 million, total US$228.7 million.",
    );
    expect(totalsSummary("ja", f)).toBe(
      `分担金${formatMoney("ja", f.assessed)}、任意拠出金${formatMoney("ja", f.voluntary)}、合計${formatMoney("ja", f.total)}。`,
    );
  });
  it("summarises the UN CEB data briefly (the table has every year) and names the dataset", () => {
    const summary = annualSummary("en", annualTotals(annual));
    const years = annual.years.map((r: { year: number }) => r.year);
    expect(summary.startsWith(`UN CEB revenue data, ${periodLabel("en", years[0] ?? 0, years.at(-1) ?? 0)}: `)).toBe(
      true,
    );
    // The test's own search for the largest and smallest year.
    const totalOf = (r: { assessed: number; voluntaryEarmarked: number }) => r.assessed + r.voluntaryEarmarked;
    const sorted = [...annual.years].sort((a, b) => totalOf(b) - totalOf(a));
    const [max, min] = [sorted[0], sorted.at(-1)];
    expect(summary).toContain(`highest in ${max?.year} (${formatMoney("en", totalOf(max ?? annual.years[0]))})`);
    expect(summary).toContain(`lowest in ${min?.year} (${formatMoney("en", totalOf(min ?? annual.years[0]))})`);
    expect(summary.length).toBeLessThan(300);
    expect(annualSummary("ja", annualTotals(annual))).toContain("国連CEB収入データ");
  });
});
