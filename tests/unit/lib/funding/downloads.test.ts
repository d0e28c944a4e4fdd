import { readFileSync } from "node:fs";
import { sourceIn } from "../../../../src/lib/sources/sources";
import { describe, expect, it } from "vitest";
import {
  annualCsv,
  annualJson,
  csvCell,
  csvFile,
  toDollars,
  totalsCsv,
  totalsJson,
} from "../../../../src/lib/funding/downloads";
import { exactSum } from "../../../../src/lib/funding/model";
import { periodTotalsSchema } from "../../../../src/lib/data/schemas/funding";
import { contributorsSchema } from "../../../../src/lib/data/schemas/contributors";
import { japanAnnual } from "../../../../src/lib/funding/contributors";
import { downloadPath } from "../../../../src/lib/site/routes";

// The generators are checked against the real data files, so the expectations move with the data.
const read = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
const totals = periodTotalsSchema.parse({ ...read("funding-totals"), id: "funding-totals" });
const annual = japanAnnual(contributorsSchema.parse({ ...read("funding-contributors"), id: "funding-contributors" }));
const en = { locale: "en" as const, pageUrl: "https://example.org/funding/", csvUrl: "https://example.org/data/x.csv" };
const ja = {
  locale: "ja" as const,
  pageUrl: "https://example.org/ja/funding/",
  csvUrl: "https://example.org/data/x.csv",
};

/** A small reader for the CSVs we write (no quoted commas in the numeric columns checked here). */
function parseCsv(text: string) {
  expect(text.startsWith("\uFEFF"), "the CSV starts with a UTF-8 byte-order mark").toBe(true);
  const [header = "", ...rows] = text.slice(1).trimEnd().split("\r\n");
  return { header: header.split(","), rows: rows.map((r) => r.split(",")) };
}

/** Sum in integer cents, independently of exactSum, to check it. */
const cents = (values: number[]) => values.reduce((a, v) => a + Math.round(v * 100), 0) / 100;

describe("exactSum and toDollars", () => {
  it("adds decimals without binary noise", () => {
    expect(177.8 + 50.9).not.toBe(228.7);
    expect(exactSum([177.8, 50.9])).toBe(228.7);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([])).toBe(0);
  });
  it("turns millions into dollars by moving the decimal point, not by multiplying", () => {
    expect(177.8 * 1e6).toBe(177800000);
    expect(1.005 * 1e6).not.toBe(1005000); // binary noise a multiplication would write into the file
    expect(toDollars(1.005, "million")).toBe(1005000);
    expect(toDollars(1.23456789, "million")).toBe(1234567.89);
    expect(toDollars(4708812.99, "one")).toBe(4708812.99);
  });
});

describe("CSV format", () => {
  it("puts the header on line 1 after a byte-order mark, with CRLF line ends and no comment lines", () => {
    const text = csvFile(["a", "b"], [[1, "x"]]);
    expect(text).toBe("\uFEFFa,b\r\n1,x\r\n");
  });
  it("makes text that starts a formula inert, and leaves numbers alone", () => {
    for (const evil of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"]) {
      const cell = csvCell(evil);
      expect(cell.replace(/^"/, ""), evil).toMatch(/^'/);
    }
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('Revenue, "by donor"')).toBe('"Revenue, ""by donor"""');
  });
  it("names the source as content/data/sources.json writes it in English, through the same inert cell", () => {
    const { title, publisher } = sourceIn("en", annual.source);
    const firstRow = annualCsv(annual).split("\r\n")[1] ?? "";
    // The source is the row's last cell but one: the CEB's terms of use follow it.
    expect(firstRow).toContain(`,${csvCell(`${title}, ${publisher}`)},`);
  });
  it("refuses a row with the wrong number of cells", () => {
    expect(() => csvFile(["a", "b"], [[1]])).toThrow(/row 1 has 1 cells, the header 2/);
  });
});

describe("totals downloads", () => {
  it("CSV: header, one row per kind in US dollars, no total row", () => {
    const { header, rows } = parseCsv(totalsCsv(totals));
    expect(header).toEqual(["kind", "amount_usd", "period", "source"]);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ["assessed", String(toDollars(totals.assessed, "million"))],
      ["voluntary", String(toDollars(totals.voluntary, "million"))],
    ]);
    expect(rows.some((r) => /total/i.test(r[0] ?? ""))).toBe(false);
  });
  it("JSON holds the metadata, the rows in the same unit, and the computed total apart from them", () => {
    const j = totalsJson(totals, en);
    expect(j).toMatchObject({ unit: "USD", currency: "USD", checkedOn: totals.asOf, period: "2018-2022" });
    expect(j.dataUpTo).toBe(String(totals.period.end));
    expect(j.dataUpTo).not.toBe(j.checkedOn);
    expect(j.source).toEqual(sourceIn("en", totals.source));
    expect(j.rows.map((r) => r.amount)).toEqual([totals.assessed * 1e6, totals.voluntary * 1e6]);
    expect(j.total).toBe(cents([totals.assessed * 1e6, totals.voluntary * 1e6]));
    expect(j.csv).toBe(en.csvUrl);
  });
  it("the Japanese JSON carries Japanese notes over the same numbers", () => {
    const e = totalsJson(totals, en);
    const j = totalsJson(totals, ja);
    expect(j.note).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(j.title).toMatch(/分担金/);
    expect(j.note).not.toBe(e.note);
    expect(j.rows).toEqual(e.rows);
    expect(j.publishedBy).toBe(ja.pageUrl);
  });
});

describe("annual downloads", () => {
  it("CSV has one row per year with the exact amounts, no total row", () => {
    const { header, rows } = parseCsv(annualCsv(annual));
    expect(header).toEqual(["year", "assessed_usd", "voluntary_earmarked_usd", "source", "terms"]);
    expect(rows.map((r) => r.slice(0, 3).map(Number))).toEqual(
      annual.years.map((y) => [y.year, y.assessed, y.voluntaryEarmarked]),
    );
  });
  it("every CSV row and each JSON say the CEB's terms apply to its figures, not the site's CC BY", () => {
    const { rows } = parseCsv(annualCsv(annual));
    for (const r of rows)
      expect(r.at(-1)).toMatch(/Chief Executives Board.*terms of use apply.*CC BY 4\.0 licence does not/);
    expect(annualJson(annual, en).terms).toMatch(/CEB's terms of use apply/);
    expect(annualJson(annual, ja).terms).toMatch(/CEBの利用条件が適用され/);
    // The ILO's own figures carry the ILO's terms; only the total the site computes is its own.
    expect(totalsJson(totals, en).terms).toMatch(/ILO's terms of use apply/);
    expect(totalsJson(totals, ja).terms).toMatch(/ILOの利用条件が適用され/);
  });
  it("JSON says the CEB sums differ from the ILO totals, in each language", () => {
    const j = annualJson(annual, en);
    expect(j.note).toMatch(/differ/);
    expect(annualJson(annual, ja).note).toMatch(/一致しません/);
    expect(j.period).toBe(`${annual.years[0]?.year}-${annual.years.at(-1)?.year}`);
    expect(j.dataUpTo).toBe(String(annual.years.at(-1)?.year));
    expect(j.rows).toEqual(annual.years);
    expect(j.total.assessed).toBe(cents(annual.years.map((y) => y.assessed)));
  });
});

describe("downloadPath", () => {
  it("keeps one CSV per dataset and a JSON per language", () => {
    expect(downloadPath("funding-totals", "csv", "ja")).toBe("/data/funding-totals.csv");
    expect(downloadPath("funding-totals", "json", "en")).toBe("/data/funding-totals.json");
    expect(downloadPath("funding-totals", "json", "ja")).toBe("/ja/data/funding-totals.json");
  });
});
