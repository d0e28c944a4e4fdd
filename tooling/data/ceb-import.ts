import { contributorsSchema, isGovernmentName, type Contributors } from "../../src/lib/data/schemas/contributors.ts";
import {
  JAPAN,
  TOP_N,
  rankGovernments,
  rowTotal,
  shownNames,
  type ContributorYear,
  type GovernmentRow,
} from "../../src/lib/funding/contributors.ts";
import { instruments, type Instrument } from "../../src/lib/funding/instruments.ts";
import { exactSum } from "../../src/lib/funding/money.ts";
import { format, resolveConfig } from "prettier";
import { CsvSyntaxError, csvField, parseCsv } from "./csv.ts";

/**
 * `npm run data:ceb`: reads the UN CEB's "Revenue by government donor" file (revenue_government_donors.csv:
 * sources "un-ceb-revenue" and "un-ceb-government-donors" in content/data/sources.json) and gives the years of
 * content/data/funding-contributors.json it holds. Pure: reading and writing files is data-ceb.ts's job.
 */

/** The file as the contributor schema reads it (no "id": the site fills that in). */
export type ContributorsFile = Omit<Contributors, "id">;

/** The columns the import reads, as they read once the header is normalised (see `normaliseHeader`). */
export const columns = ["calendar_year", "government_donor", "entity", "rev_type", "amount"] as const;
type Column = (typeof columns)[number];

/** The CEB's code for the ILO in the entity column. */
export const ILO = "ILO";

/**
 * Every revenue type the import accepts, as a code or as the CEB's words, and the instrument it counts
 * under: the one place a CEB revenue type is given a meaning. Codes and words from the CEB's table of
 * financing instruments; R07, R08 and R08B are older codes, kept so older files still read. Anything else is
 * refused, not guessed.
 */
const cebNames: Record<Instrument, { codes: readonly string[]; texts: readonly string[] }> = {
  assessed: { codes: ["R01"], texts: ["Assessed contributions"] },
  voluntaryUnearmarked: {
    codes: ["R02A", "R02B", "R08", "R08B"],
    texts: ["Voluntary core (un-earmarked) contributions"],
  },
  voluntaryEarmarked: {
    codes: ["R03A", "R03B", "R03C", "R03D", "R03E", "R03F", "R07"],
    texts: ["Voluntary non-core (earmarked) contributions"],
  },
  other: { codes: ["R04A", "R04B", "R04C", "R05"], texts: ["Revenue from other activities"] },
};
// Keyed by the site's instruments (src/lib/funding/instruments.ts), so a new instrument does not type-check
// until it has its CEB codes here.
export const revenueTypes: readonly { instrument: Instrument; codes: readonly string[]; texts: readonly string[] }[] =
  instruments.map((instrument) => ({ instrument, ...cebNames[instrument] }));

const words = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

const revenueTypeIndex = new Map<string, Instrument>(
  revenueTypes.flatMap((t) => [...t.codes, ...t.texts].map((key) => [words(key), t.instrument] as const)),
);

/** The instrument a rev_type value counts under, or undefined when the table has no such code or words. */
export function instrumentOf(revType: string): Instrument | undefined {
  return revenueTypeIndex.get(words(revType));
}

/** Header names made one whatever their spelling: lowercase, spaces to "_", usd_amount to amount. */
export function normaliseHeader(name: string): string {
  const n = name.trim().toLowerCase().replace(/\s+/g, "_");
  return n === "usd_amount" ? "amount" : n;
}

/** One thing wrong with the input, kept as fields until it is printed. */
export interface ImportProblem {
  /** Line of the CSV file, from 1 (the header is line 1); absent for a problem with the whole file. */
  line?: number;
  column?: string;
  message: string;
}

export class CebImportError extends Error {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[]) {
    super(problems.map((p) => p.message).join("\n"));
    this.name = "CebImportError";
    this.problems = problems;
  }
}

/** "revenue.csv, line 7, column amount: …", the way every problem is printed. */
export function formatProblem(file: string, p: ImportProblem): string {
  const where = [file, p.line && `line ${p.line}`, p.column && `column ${p.column}`].filter(Boolean).join(", ");
  return `${where}: ${p.message}`;
}

/** Digits with an optional minus and decimals; thousands may be grouped with commas or spaces, as some CEB files do. */
const amountPattern = /^-?(\d+|\d{1,3}(,\d{3})+|\d{1,3}( \d{3})+)(\.\d+)?$/;

function parseAmount(raw: string): number | undefined {
  const s = raw.trim().replace(/\u00a0/g, " ");
  if (!amountPattern.test(s)) return undefined;
  return Number(s.replace(/[ ,]/g, ""));
}

export interface ReadResult {
  years: ContributorYear[];
  /** Rows of the whole file, the header left out. */
  rows: number;
  /** The ILO's rows the years are made from. */
  iloRows: number;
  /** Names the contributor schema refuses as governments (the EU, catch-all lines), with their years. */
  leftOut: { name: string; years: number[] }[];
}

/** The ILO's rows of a CEB government-donor CSV, as the contributor file's years. Throws CebImportError. */
export function readCebCsv(text: string): ReadResult {
  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      throw new CebImportError([{ line: e.line, message: `the file is not valid CSV: ${e.message}.` }]);
    throw e;
  }
  const [header, ...body] = records;
  if (!header)
    throw new CebImportError([{ message: "the file is empty. Download revenue_government_donors.csv again." }]);
  const names = header.fields.map(normaliseHeader);
  const missing = columns.filter((c) => !names.includes(c));
  if (missing.length > 0)
    throw new CebImportError([
      {
        line: 1,
        column: missing.join(", "),
        message: `the header has no column ${missing.map((c) => `"${c}"`).join(", ")} (found: ${header.fields.join(", ")}). Is this the CEB's revenue_government_donors.csv? Its columns are calendar_year, government_donor, entity, rev_type and amount (or "USD Amount").`,
      },
    ]);
  const at = Object.fromEntries(columns.map((c) => [c, names.indexOf(c)])) as Record<Column, number>;

  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const amounts = new Map<number, Map<string, Partial<Record<Instrument, number[]>>>>();
  const leftOut = new Map<string, Set<number>>();
  let iloRows = 0;

  for (const { line, fields } of body) {
    if (fields.length !== header.fields.length) {
      problems.push({
        line,
        message: `this row has ${fields.length} values but the header has ${header.fields.length}. Is a name with a comma missing its quotes?`,
      });
      continue;
    }
    const get = (c: Column) => (fields[at[c]] ?? "").trim();
    // Only the ILO's rows are read: the other agencies' rows are none of this site's business.
    if (get("entity").toUpperCase() !== ILO) continue;
    iloRows++;
    const rowProblems: ImportProblem[] = [];
    const yearText = get("calendar_year");
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
    if (year === undefined)
      rowProblems.push({
        line,
        column: "calendar_year",
        message: `"${yearText}" is not a year. Write it as four digits, for example 2024.`,
      });
    const name = get("government_donor").replace(/\s+/g, " ");
    if (!name) rowProblems.push({ line, column: "government_donor", message: "the government's name is empty." });
    const revType = get("rev_type");
    const instrument = instrumentOf(revType);
    if (!instrument)
      rowProblems.push({
        line,
        column: "rev_type",
        message: `unknown revenue type "${revType}". Known: ${revenueTypes.map((t) => `${t.codes.join("/")} or "${t.texts.join('", "')}" (${t.instrument})`).join("; ")}. If the CEB has a new code, add it to revenueTypes in tooling/data/ceb-import.ts with its meaning from the CEB.`,
      });
    const amountText = get("amount");
    const amount = parseAmount(amountText);
    if (amount === undefined)
      rowProblems.push({
        line,
        column: "amount",
        message: `"${amountText}" is not an amount in US dollars. Write digits, a point for decimals and a minus for an adjustment, for example 38530340 or -5306120.50.`,
      });
    if (rowProblems.length > 0 || year === undefined || !instrument || amount === undefined) {
      problems.push(...rowProblems);
      continue;
    }
    const key = [year, name.toLowerCase(), words(revType)].join("\u0000");
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line,
        column: "rev_type",
        message: `this row repeats line ${first}: the same calendar_year (${year}), government_donor (${name}), entity (${ILO}) and rev_type (${revType}). Keep one of them.`,
      });
      continue;
    }
    seen.set(key, line);
    if (!isGovernmentName(name)) {
      leftOut.set(name, (leftOut.get(name) ?? new Set()).add(year));
      continue;
    }
    const govs = amounts.get(year) ?? new Map<string, Partial<Record<Instrument, number[]>>>();
    amounts.set(year, govs);
    const row = govs.get(name) ?? {};
    govs.set(name, row);
    // The CEB's sub-types (R03A + R03E…) are added up once all are read, with exactSum.
    (row[instrument] ??= []).push(amount);
  }

  if (problems.length > 0) throw new CebImportError(problems);
  if (iloRows === 0) {
    const entities = [...new Set(body.map((r) => (r.fields[at.entity] ?? "").trim()))].slice(0, 12);
    throw new CebImportError([
      {
        column: "entity",
        message: `no row has entity "${ILO}" (${body.length} rows read; entities found: ${entities.join(", ") || "none"}). Download the CEB's full revenue_government_donors.csv, not a filtered copy.`,
      },
    ]);
  }

  const years = [...amounts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, govs]) => ({
      year,
      governments: sortGovernments(
        [...govs.entries()].map(([name, c]) => {
          const row: GovernmentRow = { name };
          for (const k of instruments) {
            const sum = exactSum(c[k] ?? []);
            if (sum) row[k] = sum;
          }
          return row;
        }),
      ).filter((g) => instruments.some((k) => g[k] !== undefined)),
    }));
  return {
    years,
    rows: body.length,
    iloRows,
    leftOut: [...leftOut.entries()].map(([name, ys]) => ({ name, years: [...ys].sort() })),
  };
}

/** The file's order: largest total first, then by name, so an import of unchanged figures changes no line. */
export function sortGovernments(rows: GovernmentRow[]): GovernmentRow[] {
  return [...rows].sort((a, b) => rowTotal(b) - rowTotal(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Today's file with the CSV's years put in (added or replaced), every other year kept. */
export function mergeYears(current: ContributorsFile, years: ContributorYear[], asOf: string): ContributorsFile {
  const byYear = new Map(current.years.map((y) => [y.year, y as ContributorYear]));
  for (const y of years) byYear.set(y.year, y);
  return { ...current, years: [...byYear.values()].sort((a, b) => a.year - b.year), asOf };
}

/** The merged file's problems by the contributor schema, except the missing Japanese names, which the summary lists. */
export function schemaProblems(next: ContributorsFile): string[] {
  const result = contributorsSchema.safeParse({ ...next, id: "funding-contributors" });
  if (result.success) return [];
  return result.error.issues
    .filter((i) => !(i.path.length === 1 && i.path[0] === "names" && i.code === "custom"))
    .map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
}

/** Names the site would show (top 10 of a year, and Japan) that have no Japanese name yet. */
export function namesNeeded(next: ContributorsFile): string[] {
  return shownNames(next.years).filter((n) => !next.names[n]?.ja);
}

const sameYear = (a: ContributorYear | undefined, b: ContributorYear) =>
  a !== undefined && JSON.stringify(sortGovernments(a.governments)) === JSON.stringify(b.governments);

export interface YearChange {
  year: number;
  kind: "added" | "changed" | "unchanged";
  /** Governments whose row was added, removed or changed, for a changed year. */
  governments: string[];
}

export function yearChanges(current: ContributorsFile, years: ContributorYear[]): YearChange[] {
  return years.map((y) => {
    const before = current.years.find((c) => c.year === y.year) as ContributorYear | undefined;
    if (!before) return { year: y.year, kind: "added", governments: [] };
    if (sameYear(before, y)) return { year: y.year, kind: "unchanged", governments: [] };
    const key = (g: GovernmentRow) => JSON.stringify(instruments.map((k) => g[k] ?? 0));
    const old = new Map(before.governments.map((g) => [g.name, key(g)]));
    const now = new Map(y.governments.map((g) => [g.name, key(g)]));
    const names = [...new Set([...old.keys(), ...now.keys()])].filter((n) => old.get(n) !== now.get(n));
    return { year: y.year, kind: "changed", governments: names };
  });
}

const usd = (n: number) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const span = (ys: number[]) => {
  const parts: string[] = [];
  for (const y of ys) {
    const last = parts.at(-1);
    const m = last?.match(/^(\d+)(?:–(\d+))?$/);
    if (m && Number(m[2] ?? m[1]) === y - 1) parts[parts.length - 1] = `${m[1]}–${y}`;
    else parts.push(String(y));
  }
  return parts.join(", ");
};

/** Top-10 entries and exits: an added year against the year before it, a changed year against its old figures. */
function topChanges(current: ContributorsFile, next: ContributorsFile, change: YearChange): string | undefined {
  const y = next.years.find((n) => n.year === change.year) as ContributorYear;
  const base =
    change.kind === "added"
      ? (next.years.find((n) => n.year === change.year - 1) as ContributorYear | undefined)
      : (current.years.find((c) => c.year === change.year) as ContributorYear | undefined);
  if (!base) return undefined;
  const top = (rows: GovernmentRow[]) => rankGovernments(rows).slice(0, TOP_N);
  const before = top(base.governments);
  const after = top(y.governments);
  const entered = after.filter((g) => !before.some((b) => b.name === g.name)).map((g) => `${g.name} (#${g.rank})`);
  const left = before.filter((g) => !after.some((a) => a.name === g.name)).map((g) => g.name);
  const moved = after
    .map((g) => ({ g, was: before.find((b) => b.name === g.name)?.rank }))
    .filter(({ g, was }) => was !== undefined && was !== g.rank)
    .map(({ g, was }) => `${g.name} #${was}→#${g.rank}`);
  const against = change.kind === "added" ? `against ${base.year}` : "against the file's figures";
  if (entered.length + left.length + moved.length === 0) return `  ${change.year} (${against}): no change`;
  return [
    `  ${change.year} (${against}):`,
    entered.length > 0 && `    in: ${entered.join(", ")}`,
    left.length > 0 && `    out: ${left.join(", ")}`,
    moved.length > 0 && `    moved: ${moved.join(", ")}`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** What the import found and would do, in the words the editor reads in the terminal. */
export function summary(current: ContributorsFile, next: ContributorsFile, read: ReadResult): string {
  const changes = yearChanges(current, read.years);
  const of = (kind: YearChange["kind"]) => changes.filter((c) => c.kind === kind).map((c) => c.year);
  const lines = [`Read ${read.rows} rows; ${read.iloRows} are the ILO's, for ${span(read.years.map((y) => y.year))}.`];
  if (read.leftOut.length > 0)
    lines.push(
      `Left out, not governments (the EU and catch-all lines): ${read.leftOut.map((l) => `${l.name} (${span(l.years)})`).join("; ")}.`,
    );
  lines.push(
    `Years added: ${span(of("added")) || "none"}. Changed: ${
      changes
        .filter((c) => c.kind === "changed")
        .map(
          (c) =>
            `${c.year} (${c.governments.length} governments: ${c.governments.slice(0, 5).join(", ")}${c.governments.length > 5 ? ", …" : ""})`,
        )
        .join("; ") || "none"
    }. Unchanged: ${span(of("unchanged")) || "none"}.`,
  );
  lines.push("", `${JAPAN}, US dollars (rank among governments):`);
  const header = ["year", "assessed", "un-earmarked", "earmarked", "other", "total", "rank"];
  const table = read.years.map((y) => {
    const japan = y.governments.find((g) => g.name === JAPAN);
    const ranked = rankGovernments(y.governments);
    const r = ranked.find((g) => g.name === JAPAN);
    const kind = changes.find((c) => c.year === y.year)?.kind ?? "";
    const mark = kind === "unchanged" ? "" : ` ${kind}`;
    if (!japan || !r) return [String(y.year), "no row for Japan", "", "", "", "", ""];
    return [
      String(y.year),
      ...instruments.map((k) => (japan[k] === undefined ? "–" : usd(japan[k]))),
      usd(r.total),
      `${r.rank} of ${ranked.length}${mark}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]?.length ?? 0)));
  for (const row of [header, ...table])
    lines.push(
      "  " +
        row
          .map((cell, i) => (i === 0 || i === 6 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
          .join("  ")
          .trimEnd(),
    );
  lines.push("", `Changes in the top ${TOP_N}:`);
  const tops = changes.filter((c) => c.kind !== "unchanged").map((c) => topChanges(current, next, c));
  lines.push(...(tops.filter(Boolean).length > 0 ? (tops.filter(Boolean) as string[]) : ["  none"]));
  const needed = namesNeeded(next);
  lines.push(
    "",
    needed.length > 0
      ? `Need a Japanese name (shown on the site, none in "names"): ${needed.join(", ")}.\n  Add each to "names" in content/data/funding-contributors.json as the Ministry of Foreign Affairs writes it, for example "${needed[0]}": { "ja": "…" }. npm run check refuses the file until then.`
      : "Japanese names: every government the site shows has one.",
  );
  return lines.join("\n");
}

/**
 * The contributor file's years as the CEB's long CSV (one row per year × government × instrument, ILO rows
 * only, amounts as in the file): the inverse of readCebCsv, for the round-trip test and for trying the
 * import on today's figures.
 */
export function toCebCsv(
  data: Pick<ContributorsFile, "years">,
  o: { bom?: boolean; eol?: string; header?: readonly string[]; revType?: (i: Instrument) => string } = {},
): string {
  const eol = o.eol ?? "\r\n";
  const header = o.header ?? ["Calendar Year", "Government Donor", "Entity", "Rev Type", "USD Amount"];
  const label = o.revType ?? ((i: Instrument) => revenueTypes.find((t) => t.instrument === i)?.texts[0] ?? i);
  const rows = data.years.flatMap((y) =>
    y.governments.flatMap((g) =>
      instruments.flatMap((k) => (g[k] === undefined ? [] : [[y.year, g.name, ILO, label(k), g[k]]])),
    ),
  );
  return (o.bom ? "\uFEFF" : "") + [header, ...rows].map((r) => r.map((v) => csvField(v)).join(",")).join(eol) + eol;
}

/** The file's text as the import writes it: JSON laid out by the project's Prettier settings, so lint passes. */
export async function fileText(next: ContributorsFile, path: string): Promise<string> {
  // JSON needs none of the project's plugins (they resolve from the project folder, which a test copy lacks).
  const { plugins: _plugins, ...options } = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(next), { ...options, filepath: path });
}
