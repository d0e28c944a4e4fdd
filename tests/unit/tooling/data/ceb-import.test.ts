import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  CebImportError,
  fileText,
  formatProblem,
  instrumentOf,
  mergeYears,
  normaliseHeader,
  readCebCsv,
  revenueTypes,
  schemaProblems,
  summary,
  toCebCsv,
  type ContributorsFile,
} from "../../../../tooling/data/ceb-import";
import { instruments } from "../../../../src/lib/funding/instruments";

const file = "content/data/funding-contributors.json";
const text = readFileSync(file, "utf8");
const today = JSON.parse(text) as ContributorsFile;
const header = "Calendar Year,Government Donor,Entity,Rev Type,USD Amount";

/** The problems readCebCsv reports for a text, as the command prints them. */
function problems(csv: string): string[] {
  try {
    readCebCsv(csv);
  } catch (e) {
    if (e instanceof CebImportError) return e.problems.map((p) => formatProblem("test.csv", p));
    throw e;
  }
  return [];
}

describe("reading the CEB's government-donor CSV", () => {
  it("reads our 2022 rows in CEB form: BOM, CRLF, quotes, codes and words, grouped thousands, negative adjustments", () => {
    const csv = readFileSync("tests/fixtures/ceb/ilo-2022-five-governments.csv", "utf8");
    expect(csv.startsWith("\uFEFF") && csv.includes("\r\n")).toBe(true);
    const read = readCebCsv(csv);
    const y2022 = today.years.find((y) => y.year === 2022);
    const fromFile = (name: string) => y2022?.governments.find((g) => g.name === name);
    expect(read.years.map((y) => y.year)).toEqual([2022]);
    const names = ["United States of America", "Germany", "Japan", "Sudan", "Iran, Islamic Republic of"];
    // Largest total first; the two adjustments (negative) last.
    expect(read.years[0]?.governments).toEqual(names.map(fromFile));
    expect(fromFile("Iran, Islamic Republic of")?.assessed).toBeLessThan(0);
  });

  it("keeps the ILO's rows only, and adds the CEB's sub-types into one instrument", () => {
    const csv = [
      header,
      "2024,Japan,ILO,R01,38530340",
      "2024,Japan,ILO,R03A,13000000",
      "2024,Japan,ILO,R03E,623571",
      // Another agency's row, with a made-up amount: it must not reach the ILO's figures.
      "2024,Japan,XYZ,R01,1",
    ].join("\n");
    const read = readCebCsv(csv);
    expect(read.iloRows).toBe(3);
    expect(read.years).toEqual([
      { year: 2024, governments: [{ name: "Japan", assessed: 38530340, voluntaryEarmarked: 13623571 }] },
    ]);
  });

  it("leaves out the names the contributor schema refuses (the EU, catch-all lines) and says so", () => {
    // Amounts of 1 dollar: made up, only the names matter here.
    const csv = [
      header,
      "2024,Japan,ILO,R01,38530340",
      "2024,European Union,ILO,R03E,1",
      "2024,Refunds to donors/Miscellaneous,ILO,R05,1",
    ].join("\n");
    const read = readCebCsv(csv);
    expect(read.years[0]?.governments.map((g) => g.name)).toEqual(["Japan"]);
    expect(read.leftOut).toEqual([
      { name: "European Union", years: [2024] },
      { name: "Refunds to donors/Miscellaneous", years: [2024] },
    ]);
  });

  it("normalises headers the way the open.unfck.org pipeline does", () => {
    expect(["Calendar Year", "GOVERNMENT DONOR", " entity ", "Rev Type", "USD Amount"].map(normaliseHeader)).toEqual([
      "calendar_year",
      "government_donor",
      "entity",
      "rev_type",
      "amount",
    ]);
  });

  it("maps every code and text of the one table, in any case, and nothing else", () => {
    for (const t of revenueTypes)
      for (const key of [...t.codes, ...t.texts, ...t.texts.map((s) => s.toUpperCase())])
        expect(instrumentOf(key)).toBe(t.instrument);
    expect(new Set(revenueTypes.map((t) => t.instrument))).toEqual(new Set(instruments));
    for (const unknown of ["R02", "R03", "R04", "R09", "R12", "Voluntary contributions", ""])
      expect(instrumentOf(unknown)).toBeUndefined();
  });
});

describe("round trip", () => {
  it("a CSV made from today's file imports back to the identical file, byte for byte", async () => {
    const csv = toCebCsv(today, { bom: true, eol: "\r\n" });
    const read = readCebCsv(csv);
    const next = mergeYears(today, read.years, today.asOf);
    expect(schemaProblems(next)).toEqual([]);
    expect(await fileText(next, resolve(file))).toBe(text);
  });

  it("also with codes instead of words and LF line ends", () => {
    const code = (i: (typeof instruments)[number]) => revenueTypes.find((t) => t.instrument === i)?.codes[0] ?? "";
    const read = readCebCsv(toCebCsv(today, { eol: "\n", revType: code }));
    expect(mergeYears(today, read.years, today.asOf)).toEqual(today);
  });

  it("the summary of today's figures reports no change and Japan's rank in every year", () => {
    const read = readCebCsv(toCebCsv(today));
    const printed = summary(today, mergeYears(today, read.years, today.asOf), read);
    expect(printed).toContain("Years added: none. Changed: none.");
    expect(printed).toContain("Changes in the top 10:\n  none");
    expect(printed.match(/^ {2}20\d\d .* of 18\d$/gm)).toHaveLength(today.years.length);
  });
});

describe("bad input: each names the line and column, and the fix", () => {
  it("a missing column", () => {
    expect(problems("Calendar Year,Government Donor,Entity,USD Amount\n2024,Japan,ILO,1\n")).toEqual([
      'test.csv, line 1, column rev_type: the header has no column "rev_type" (found: Calendar Year, Government Donor, Entity, USD Amount). Is this the CEB\'s revenue_government_donors.csv? Its columns are calendar_year, government_donor, entity, rev_type and amount (or "USD Amount").',
    ]);
  });

  it("a non-numeric amount", () => {
    expect(problems(`${header}\n2024,Japan,ILO,R01,38530340\n2024,Japan,ILO,R03E,13.6 million\n`)).toEqual([
      'test.csv, line 3, column amount: "13.6 million" is not an amount in US dollars. Write digits, a point for decimals and a minus for an adjustment, for example 38530340 or -5306120.50.',
    ]);
  });

  it("no ILO rows", () => {
    expect(problems(`${header}\n2024,Japan,WHO,R01,1\n2024,Japan,FAO,R01,1\n`)).toEqual([
      'test.csv, column entity: no row has entity "ILO" (2 rows read; entities found: WHO, FAO). Download the CEB\'s full revenue_government_donors.csv, not a filtered copy.',
    ]);
  });

  it("a duplicate row", () => {
    expect(
      problems(`${header}\n2024,Japan,ILO,R01,38530340\n2024,Japan,ILO,R03E,1\n2024,Japan,ILO,R01,38530340\n`),
    ).toEqual([
      "test.csv, line 4, column rev_type: this row repeats line 2: the same calendar_year (2024), government_donor (Japan), entity (ILO) and rev_type (R01). Keep one of them.",
    ]);
  });

  it("an unknown revenue type", () => {
    const [message] = problems(`${header}\n2024,Japan,ILO,R99,1\n`);
    expect(message).toMatch(
      /^test\.csv, line 2, column rev_type: unknown revenue type "R99"\. Known: R01 or "Assessed contributions" \(assessed\); /,
    );
    expect(message).toContain("add it to revenueTypes in tooling/data/ceb-import.ts");
  });

  it("a year that is not a year, a row with a value too many, a quote never closed", () => {
    expect(problems(`${header}\n24,Japan,ILO,R01,1\n`)).toEqual([
      'test.csv, line 2, column calendar_year: "24" is not a year. Write it as four digits, for example 2024.',
    ]);
    expect(problems(`${header}\n2024,Iran, Islamic Republic of,ILO,R01,1\n`)).toEqual([
      "test.csv, line 2: this row has 6 values but the header has 5. Is a name with a comma missing its quotes?",
    ]);
    expect(problems(`${header}\n2024,"Japan,ILO,R01,1\n`)).toEqual([
      "test.csv, line 2: the file is not valid CSV: a quoted value is never closed with a quote.",
    ]);
  });

  it("figures that would make the file invalid (a gap between years) are refused by the schema", () => {
    const y2024 = today.years.find((y) => y.year === 2024);
    const next = mergeYears(today, [{ year: 2026, governments: y2024?.governments ?? [] }], today.asOf);
    expect(schemaProblems(next)).toEqual([
      "years.12.year: Years must follow each other in order with no gaps: 2024 is followed by 2026, expected 2025.",
    ]);
  });
});

// Each case starts Node on the real command (about a second each on a quiet machine), so a busy
// 2-core machine needs more than Vitest's 5 s default; a ceiling, not a timing.
describe("npm run data:ceb", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "data-ceb-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "content/data"), { recursive: true });
  const target = join(dir, file);
  copyFileSync(file, target);
  copyFileSync(".prettierrc.json", join(dir, ".prettierrc.json"));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [resolve("tooling/data/data-ceb.ts"), ...args], { cwd: dir, encoding: "utf8" });

  it("on bad input prints the problem, exits with 1 and leaves the file as it was", () => {
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, `${header}\r\n2024,Japan,ILO,R01,abc\r\n`);
    const r = run(csv);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.csv, line 2, column amount: "abc" is not an amount in US dollars.');
    expect(r.stderr).toContain("Nothing was written: content/data/funding-contributors.json is as it was.");
    expect(readFileSync(target, "utf8")).toBe(text);
  });

  it("writes nothing for today's figures, and nothing with --dry-run", () => {
    const csv = join(dir, "today.csv");
    writeFileSync(csv, toCebCsv(today, { bom: true }));
    const same = run(csv);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain("nothing was written");
    const added = join(dir, "added.csv");
    // A test year: 2024's rows written as 2025. Not the CEB's figures; never in content/.
    const y2024 = today.years.find((y) => y.year === 2024);
    writeFileSync(added, toCebCsv({ years: [{ year: 2025, governments: y2024?.governments ?? [] }] }));
    const dry = run(added, "--dry-run");
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("Years added: 2025.");
    expect(dry.stdout).toContain("Dry run: nothing was written.");
    expect(readFileSync(target, "utf8")).toBe(text);
  });

  it("adds a year, keeps the others and sets asOf", () => {
    const y2024 = today.years.find((y) => y.year === 2024);
    const added = join(dir, "added.csv");
    writeFileSync(added, toCebCsv({ years: [{ year: 2025, governments: y2024?.governments ?? [] }] }));
    const r = run(added, "--as-of", "2027-01-15");
    expect(r.status).toBe(0);
    const written = JSON.parse(readFileSync(target, "utf8")) as ContributorsFile;
    expect(written.years.map((y) => y.year)).toEqual([...today.years.map((y) => y.year), 2025]);
    expect(written.years.slice(0, -1)).toEqual(today.years);
    expect(written.asOf).toBe("2027-01-15");
    copyFileSync(file, target);
  });
});
