import { readFileSync } from "node:fs";
import { sourceIn } from "../../../../src/lib/sources/sources";
import { describe, expect, it } from "vitest";
import {
  annualCsv,
  annualJson,
  contributorsCsv,
  contributorsJson,
  totalsCsv,
  totalsJson,
} from "../../../../src/lib/funding/downloads";
import { csvCell, csvFile } from "../../../../src/lib/csv";
import { toDollars } from "../../../../src/lib/funding/money";
import { fundingModel } from "../../../../src/lib/funding/model";
import { periodTotalsSchema } from "../../../../src/lib/data/schemas/funding";
import { contributorsSchema } from "../../../../src/lib/data/schemas/contributors";
import { downloadPath } from "../../../../src/lib/site/routes";

// The generators are checked against the real data files, so the expectations move with the data.
const read = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
const totals = periodTotalsSchema.parse({ ...read("funding-totals"), id: "funding-totals" });
const contributors = contributorsSchema.parse({ ...read("funding-contributors"), id: "funding-contributors" });
const funding = fundingModel(totals, contributors);
const { annual } = funding;
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
    const firstRow = annualCsv(funding).split("\r\n")[1] ?? "";
    // The source is the row's last cell but one: the CEB's terms of use follow it.
    expect(firstRow).toContain(`,${csvCell(`${title}, ${publisher}`)},`);
  });
  it("refuses a row with the wrong number of cells", () => {
    expect(() => csvFile(["a", "b"], [[1]])).toThrow(/row 1 has 1 cells, the header 2/);
  });
});

describe("totals downloads", () => {
  it("CSV: header, one row per kind in US dollars, no total row", () => {
    const { header, rows } = parseCsv(totalsCsv(funding));
    expect(header).toEqual(["kind", "amount_usd", "period", "source"]);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ["assessed", String(toDollars(totals.assessed, "million"))],
      ["voluntary", String(toDollars(totals.voluntary, "million"))],
    ]);
    expect(rows.some((r) => /total/i.test(r[0] ?? ""))).toBe(false);
  });
  it("JSON holds the metadata, the rows in the same unit, and the computed total apart from them", () => {
    const j = totalsJson(funding, en);
    expect(j).toMatchObject({ unit: "USD", currency: "USD", checkedOn: totals.asOf, period: "2018-2022" });
    expect(j.dataUpTo).toBe(String(totals.period.end));
    expect(j.dataUpTo).not.toBe(j.checkedOn);
    expect(j.source).toEqual(sourceIn("en", totals.source));
    expect(j.rows.map((r) => r.amount)).toEqual([totals.assessed * 1e6, totals.voluntary * 1e6]);
    expect(j.total).toBe(cents([totals.assessed * 1e6, totals.voluntary * 1e6]));
    expect(j.csv).toBe(en.csvUrl);
  });
  it("the Japanese JSON carries Japanese notes over the same numbers", () => {
    const e = totalsJson(funding, en);
    const j = totalsJson(funding, ja);
    expect(j.note).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(j.title).toMatch(/分担金/);
    expect(j.note).not.toBe(e.note);
    expect(j.rows).toEqual(e.rows);
    expect(j.publishedBy).toBe(ja.pageUrl);
  });
});

describe("annual downloads", () => {
  it("CSV has one row per year with the exact amounts, no total row", () => {
    const { header, rows } = parseCsv(annualCsv(funding));
    expect(header).toEqual(["year", "assessed_usd", "voluntary_earmarked_usd", "source", "terms"]);
    expect(rows.map((r) => r.slice(0, 3).map(Number))).toEqual(
      annual.years.map((y) => [y.year, y.assessed, y.voluntaryEarmarked]),
    );
  });
  it("every CSV row and each JSON say the CEB's terms apply to its figures, not the site's CC BY", () => {
    const { rows } = parseCsv(annualCsv(funding));
    for (const r of rows)
      expect(r.at(-1)).toMatch(/Chief Executives Board.*terms of use apply.*CC BY 4\.0 licence does not/);
    expect(annualJson(funding, en).terms).toMatch(/CEB's terms of use apply/);
    expect(annualJson(funding, ja).terms).toMatch(/CEBの利用条件が適用され/);
    // The ILO's own figures carry the ILO's terms; only the total the site computes is its own.
    expect(totalsJson(funding, en).terms).toMatch(/ILO's terms of use apply/);
    expect(totalsJson(funding, ja).terms).toMatch(/ILOの利用条件が適用され/);
  });
  it("JSON says the CEB sums differ from the ILO totals, in each language", () => {
    const j = annualJson(funding, en);
    expect(j.note).toMatch(/differ/);
    expect(annualJson(funding, ja).note).toMatch(/一致しません/);
    expect(j.period).toBe(`${annual.years[0]?.year}-${annual.years.at(-1)?.year}`);
    expect(j.dataUpTo).toBe(String(annual.years.at(-1)?.year));
    expect(j.rows).toEqual(annual.years);
    expect(j.total.assessed).toBe(cents(annual.years.map((y) => y.assessed)));
  });
});

describe("contributors downloads", () => {
  const file = read("funding-contributors") as {
    years: { year: number; governments: Record<string, string | number>[] }[];
  };
  it("CSV: every government of every year, each instrument in its own column, missing amounts as 0", () => {
    const { header, rows } = parseCsv(contributorsCsv(contributors));
    expect(header.slice(0, 8)).toEqual([
      "year",
      "rank",
      "government",
      "assessed_usd",
      "voluntary_unearmarked_usd",
      "voluntary_earmarked_usd",
      "other_usd",
      "total_usd",
    ]);
    expect(rows).toHaveLength(file.years.reduce((n, y) => n + y.governments.length, 0));
    const fields = ["assessed", "voluntaryUnearmarked", "voluntaryEarmarked", "other"];
    for (const y of file.years)
      for (const g of y.governments) {
        const row = rows.find((r) => r[0] === String(y.year) && r[2] === g.name);
        // Names with commas are quoted; the test's reader does not split them, and they are none of Japan's.
        if (!row) continue;
        expect(row.slice(3, 8).map(Number)).toEqual([
          ...fields.map((k) => Number(g[k] ?? 0)),
          cents(fields.map((k) => Number(g[k] ?? 0))),
        ]);
      }
  });
  it("JSON names each instrument's column in the reader's language", () => {
    const e = contributorsJson(contributors, en);
    expect(Object.keys(e.columns)).toEqual([
      "year",
      "rank",
      "government",
      "assessed",
      "voluntaryUnearmarked",
      "voluntaryEarmarked",
      "other",
      "total",
      "share",
    ]);
    expect(e.columns.voluntaryEarmarked).toBe("Voluntary earmarked contributions, US dollars");
    expect(contributorsJson(contributors, ja).columns.voluntaryUnearmarked).toBe("任意拠出金（使途非指定）");
  });
});

describe("downloadPath", () => {
  it("keeps one CSV per dataset and a JSON per language", () => {
    expect(downloadPath("funding-totals", "csv", "ja")).toBe("/data/funding-totals.csv");
    expect(downloadPath("funding-totals", "json", "en")).toBe("/data/funding-totals.json");
    expect(downloadPath("funding-totals", "json", "ja")).toBe("/ja/data/funding-totals.json");
  });
});
