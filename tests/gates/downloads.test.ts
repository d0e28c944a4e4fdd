/**
 * The data downloads in dist/ hold exactly the data files' numbers (moved from tests/e2e/embed.spec.ts and
 * funding-views.spec.ts, where they were fetched over HTTP: reading the files needs no browser). That nginx
 * serves each of them, with its content type, charset and CORS, is checked in tests/hosts/nginx.test.ts.
 * Expected values are worked out here from content/data/, apart from the site's code where it can be.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import type { Contributors } from "../../src/lib/data/schemas/contributors.ts";
import { japanAnnual } from "../../src/lib/funding/contributors.ts";
import { DIST, readDist } from "../support/built-site.ts";

const dataFile = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
const builtJson = (file: string) => JSON.parse(readDist(file));
/** Sums in whole cents, so the expected totals come from the data, free of floating-point noise. */
const cents = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0) / 100;

interface Year {
  year: number;
  assessed: number;
  voluntaryEarmarked: number;
}

test("the downloads hold exactly the data files' numbers, in US dollars, header first", () => {
  const totals = dataFile("funding-totals");
  const annual = japanAnnual(dataFile("funding-contributors") as Contributors);
  const csv = (file: string) => {
    const bytes = readFileSync(join(DIST, file));
    // The byte-order mark, so Excel reads UTF-8; then the header on line 1.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split(/\r\n/);
    return lines.map((l) => l.split(","));
  };
  const [th, ...t] = csv("data/funding-totals.csv");
  expect(th).toEqual(["kind", "amount_usd", "period", "source"]);
  expect(t.map((r) => r.slice(0, 2))).toEqual([
    ["assessed", String(Math.round(totals.assessed * 1e6))],
    ["voluntary", String(Math.round(totals.voluntary * 1e6))],
  ]);
  const [ah, ...a] = csv("data/funding-annual.csv");
  expect(ah?.slice(0, 3)).toEqual(["year", "assessed_usd", "voluntary_earmarked_usd"]);
  expect(a.map((r) => r.slice(0, 3).map(Number))).toEqual(
    annual.years.map((y: Year) => [y.year, y.assessed, y.voluntaryEarmarked]),
  );

  const tj = builtJson("data/funding-totals.json");
  expect(tj.rows.map((r: { amount: number }) => r.amount)).toEqual(t.map((r) => Number(r[1])));
  expect(tj.total).toBe(cents(t.map((r) => Number(r[1]))));
  expect(tj).toMatchObject({ unit: "USD", checkedOn: totals.asOf, dataUpTo: String(totals.period.end) });
  const aj = builtJson("data/funding-annual.json");
  expect(aj.rows).toEqual(annual.years);
  expect(aj.note).toMatch(/differ/);
  expect(builtJson("ja/data/funding-annual.json").note).toMatch(/一致しません/);
});

/** Minimal RFC 4180 reading, enough to check the numbers (comment lines start with "#"). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    if (!line || line.startsWith("#")) continue;
    const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
      .filter((m) => m.index < line.length || m[1] !== "")
      .map((m) => (m[1] ?? "").replace(/^"|"$/g, "").replace(/""/g, '"'));
    rows.push(cells);
  }
  return rows;
}

test("the governments' downloads parse and hold the data file's numbers", () => {
  const contributors = dataFile("funding-contributors") as Contributors;
  const total = (g: Record<string, unknown>) =>
    Object.values(g).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  const json = builtJson("data/funding-contributors.json") as { rows: Record<string, number | string>[] };
  const csv = parseCsv(readDist("data/funding-contributors.csv"));
  const header = csv[0] ?? [];
  const col = (name: string) => header.findIndex((h) => h.startsWith(name));
  const rowCount = contributors.years.reduce((n, y) => n + y.governments.length, 0);
  expect(json.rows).toHaveLength(rowCount);
  expect(csv.length - 1).toBe(rowCount);
  // Rows by year and government, so each is found at once (there are thousands).
  const key = (year: unknown, government: unknown) => `${year}|${government}`;
  const jsonRows = new Map(json.rows.map((r) => [key(r.year, r.government), r]));
  const csvRows = new Map(csv.slice(1).map((r) => [key(r[col("year")], r[col("government")]), r]));
  const problems: string[] = [];
  const check = (what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected) problems.push(`${what}: ${String(actual)}, expected ${String(expected)}`);
  };
  for (const y of contributors.years) {
    const totals = y.governments.map((g) => total(g));
    for (const g of y.governments) {
      const j = jsonRows.get(key(y.year, g.name));
      const c = csvRows.get(key(String(y.year), g.name));
      for (const [field, csvName] of [
        ["assessed", "assessed_"],
        ["voluntaryUnearmarked", "voluntary_unearmarked_"],
        ["voluntaryEarmarked", "voluntary_earmarked_"],
        ["other", "other_"],
      ] as const) {
        check(`JSON ${y.year} ${g.name} ${field}`, j?.[field], g[field] ?? 0);
        check(`CSV ${y.year} ${g.name} ${csvName}`, Number(c?.[col(csvName)]), g[field] ?? 0);
      }
      // Equal totals share a rank (1, 2, 2, 4): one more than the number of governments that gave more.
      check(`${y.year} ${g.name} rank`, j?.rank, totals.filter((t) => t > total(g) + 0.005).length + 1);
    }
  }
  expect(problems).toEqual([]);
});
