import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annualCsv, annualJson, totalsCsv, totalsJson } from "../../src/lib/downloads";
import { exactSum } from "../../src/lib/funding";
import { annualSchema, periodTotalsSchema } from "../../src/lib/schemas/funding";

// The generators are checked against the real data files, so the expectations move with the data.
const read = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
const totals = periodTotalsSchema.parse({ ...read("funding-totals"), id: "funding-totals" });
const annual = annualSchema.parse({ ...read("funding-annual"), id: "funding-annual" });
const page = "https://example.org/funding/";

/** A small CSV reader for the files we write: comment lines, then a header, then plain rows. */
function parseCsv(text: string) {
  const lines = text.trimEnd().split("\r\n");
  const comments = lines.filter((l) => l.startsWith("# "));
  const [header, ...rows] = lines.filter((l) => !l.startsWith("#")).map((l) => l.split(","));
  return { comments, header, rows };
}

/** Sum in integer cents, independently of exactSum, to check it. */
const cents = (values: number[]) => values.reduce((a, v) => a + Math.round(v * 100), 0) / 100;

describe("exactSum", () => {
  it("adds decimals without binary noise", () => {
    expect(177.8 + 50.9).not.toBe(228.7);
    expect(exactSum([177.8, 50.9])).toBe(228.7);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([])).toBe(0);
  });
});

describe("totals downloads", () => {
  it("CSV carries source, URL, unit, currency and date, then the data file's numbers and a computed total", () => {
    const { comments, header, rows } = parseCsv(totalsCsv(totals, page));
    const text = comments.join("\n");
    expect(text).toContain(totals.source.title);
    expect(text).toContain(totals.source.url);
    expect(text).toContain(`As of: ${totals.asOf}`);
    expect(text).toContain("currency: USD");
    expect(text).toContain("US$ million");
    expect(text).toContain(page);
    expect(header).toEqual(["kind", "amount_usd_million"]);
    expect(rows).toEqual([
      ["assessed", String(totals.assessed)],
      ["voluntary", String(totals.voluntary)],
      ["total", String(cents([totals.assessed, totals.voluntary]))],
    ]);
  });
  it("JSON holds the metadata and the rows", () => {
    const j = totalsJson(totals, page);
    expect(j).toMatchObject({ unit: "US$ million", currency: "USD", asOf: totals.asOf, period: "2018-2022" });
    expect(j.source.url).toBe(totals.source.url);
    expect(j.rows.map((r) => r.amount)).toEqual([totals.assessed, totals.voluntary]);
    expect(j.total).toBe(cents([totals.assessed, totals.voluntary]));
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe("annual downloads", () => {
  it("CSV has one row per year with the exact amounts and a computed total row", () => {
    const { comments, header, rows } = parseCsv(annualCsv(annual, page));
    expect(comments.join("\n")).toContain(annual.source.url);
    expect(comments.join("\n")).toMatch(/differ/);
    expect(header).toEqual(["year", "assessed_usd", "voluntary_earmarked_usd"]);
    expect(rows.slice(0, -1).map((r) => r.map(Number))).toEqual(
      annual.years.map((y) => [y.year, y.assessed, y.voluntaryEarmarked]),
    );
    expect(rows.at(-1)).toEqual([
      "total",
      String(cents(annual.years.map((y) => y.assessed))),
      String(cents(annual.years.map((y) => y.voluntaryEarmarked))),
    ]);
  });
  it("JSON says the CEB sums differ from the ILO totals", () => {
    const j = annualJson(annual, page);
    expect(j.note).toMatch(/differ/);
    expect(j.period).toBe(`${annual.years[0]?.year}-${annual.years.at(-1)?.year}`);
    expect(j.rows).toEqual(annual.years);
    expect(j.total.assessed).toBe(cents(annual.years.map((y) => y.assessed)));
  });
  it("quotes fields that hold commas", () => {
    const odd = { ...annual, source: { ...annual.source, title: 'Revenue, "by donor"' } };
    expect(annualCsv(odd, page)).toContain('# Source: Revenue, "by donor"');
  });
});
