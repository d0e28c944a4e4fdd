import type { PeriodTotals } from "../data/schemas/funding.ts";
import type { Contributors } from "../data/schemas/contributors.ts";
import { instruments, rankGovernments, type Annual } from "./contributors.ts";
import { exactSum } from "./model.ts";
import { t, type UiKey } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";
import type { Source } from "../data/schemas/sources.ts";
import { sourceIn } from "../sources/sources.ts";

/**
 * CSV and JSON downloads of the funding datasets, generated at build time from the same data files as the chart.
 *
 * The format is generic so every dataset's download goes through the same functions (csvFile, downloadJson):
 * - CSV: a UTF-8 byte-order mark (Excel reads Japanese as Shift-JIS without it), the header on line 1, data rows
 *   only (no comments, no total row), cells that a spreadsheet cannot run as a formula. Language-neutral.
 * - JSON: the "sidecar" of the CSV. It holds everything a CSV cannot: title, note, unit, source, the period the
 *   data covers ("dataUpTo") apart from the day we last checked the source ("checkedOn"), the totals, and the rows.
 *   One JSON per language, so files offered on Japanese pages carry Japanese notes.
 * - One unit across all files: whole US dollars, named in the column header (`_usd`). Data files in millions
 *   are converted by moving the decimal point (decimal strings, no binary rounding): 177.8 million → 177800000.
 * - Totals are computed with exactSum (src/lib/funding/model.ts), the site's one way of adding amounts.
 * - Whose data is whose: every JSON says whose terms of use apply to its figures ("terms"), and the CSVs of
 *   UN CEB figures carry the same sentence in a "terms" column. The site's CC BY licence covers its own text
 *   and what it computes, not figures it republishes; no open licence was found for the CEB's statistics.
 */

/** The unit every download uses, named in every amount column ("assessed_usd"). */
export const DOWNLOAD_UNIT = "USD";
export const UTF8_BOM = "\uFEFF";

const unitFactor = { million: 6, one: 0 } as const;
export type DataUnit = keyof typeof unitFactor;

/** An amount in the data file's unit as whole US dollars (cents kept), by shifting the decimal point exactly. */
export function toDollars(value: number, unit: DataUnit): number {
  const shift = unitFactor[unit];
  if (shift === 0) return value;
  const [int = "0", frac = ""] = String(value).split(".");
  const digits = (frac + "0".repeat(shift)).slice(0, shift);
  const rest = frac.slice(shift);
  return Number(`${int}${digits}${rest ? `.${rest}` : ""}`);
}

export type Cell = string | number;

/**
 * One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start: OWASP's "CSV injection" list) gets a leading apostrophe, which spreadsheets show as plain text.
 * Numbers are written as they are, so -5 stays a number.
 */
export function csvCell(value: Cell): string {
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV file: byte-order mark, header on line 1, then the rows; CRLF line ends (RFC 4180). */
export function csvFile(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const width = header.length;
  for (const [i, row] of rows.entries()) {
    if (row.length !== width)
      throw new Error(
        `csvFile: row ${i + 1} has ${row.length} cells, the header ${width}. Give every row each column.`,
      );
  }
  return UTF8_BOM + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** What every dataset has: the id of its source in content/data/sources.json, and when it was checked. */
interface SourceMeta {
  source: string;
  asOf: string;
}

/**
 * The downloads are one file for both languages, as the data files are, so they name the source in
 * English: one CSV cell "title, publisher", and the whole entry in the JSON sidecar.
 */
const downloadSource = (d: SourceMeta) => sourceIn("en", d.source);
const sourceCell = (d: SourceMeta) => `${downloadSource(d).title}, ${downloadSource(d).publisher}`;

export interface DownloadMeta {
  title: string;
  note: string;
  /** Whose terms of use apply to the figures (the publisher's, not this site's licence). */
  terms: string;
  /** "2018-2022" or "2018-2022" by year: what the rows cover. */
  period: string;
  /** The last period the data covers (a year), kept apart from the date we checked the source. */
  dataUpTo: string;
  /** The day the figures were last checked against the source (the data file's asOf). */
  checkedOn: string;
  source: Source;
  /** The page that shows these figures, absolute (from SITE). */
  publishedBy: string;
  /** The CSV this JSON describes, absolute. */
  csv: string;
}

/** The metadata every JSON sidecar shares: its texts, what it covers, and where it comes from and is offered. */
function sidecarMeta(
  o: JsonOptions,
  text: { title: UiKey; note: UiKey; terms: UiKey },
  data: SourceMeta,
  period: string,
  dataUpTo: number | undefined,
): DownloadMeta {
  return {
    title: t(o.locale, text.title),
    note: t(o.locale, text.note),
    terms: t(o.locale, text.terms),
    period,
    dataUpTo: String(dataUpTo ?? ""),
    checkedOn: data.asOf,
    source: downloadSource(data),
    publishedBy: o.pageUrl,
    csv: o.csvUrl,
  };
}

/** The JSON sidecar: metadata first, then what the CSV holds, then totals (never a row of their own). */
export function downloadJson<R, T>(meta: DownloadMeta, columns: Record<string, string>, rows: R[], total: T) {
  return {
    title: meta.title,
    note: meta.note,
    unit: DOWNLOAD_UNIT,
    currency: DOWNLOAD_UNIT,
    period: meta.period,
    dataUpTo: meta.dataUpTo,
    checkedOn: meta.checkedOn,
    source: { ...meta.source },
    terms: meta.terms,
    publishedBy: meta.publishedBy,
    csv: meta.csv,
    columns,
    rows,
    // Pass undefined for a dataset without totals: JSON.stringify leaves the key out.
    total,
  };
}

export function totalsRows(data: PeriodTotals) {
  const rows = [
    { kind: "assessed", amount: toDollars(data.assessed, data.unit) },
    { kind: "voluntary", amount: toDollars(data.voluntary, data.unit) },
  ];
  return { rows, total: exactSum(rows.map((r) => r.amount)) };
}

export function annualRows(data: Annual) {
  const rows = data.years.map((y) => ({
    year: y.year,
    assessed: toDollars(y.assessed, data.unit),
    voluntaryEarmarked: toDollars(y.voluntaryEarmarked, data.unit),
  }));
  return {
    rows,
    total: {
      assessed: exactSum(rows.map((r) => r.assessed)),
      voluntaryEarmarked: exactSum(rows.map((r) => r.voluntaryEarmarked)),
    },
  };
}

const totalsPeriod = (d: PeriodTotals) => `${d.period.start}-${d.period.end}`;
const annualPeriod = (d: Annual) => `${d.years[0]?.year}-${d.years.at(-1)?.year}`;

export const TOTALS_HEADER = ["kind", "amount_usd", "period", "source"] as const;
export const ANNUAL_HEADER = ["year", "assessed_usd", "voluntary_earmarked_usd", "source", "terms"] as const;

/** The CSVs are language-neutral, so the terms of the CEB's figures go into them in English. */
const cebTermsCell = () => t("en", "downloads.terms.ceb");

export function totalsCsv(data: PeriodTotals): string {
  const period = totalsPeriod(data);
  return csvFile(
    TOTALS_HEADER,
    totalsRows(data).rows.map((r) => [r.kind, r.amount, period, sourceCell(data)]),
  );
}

export function annualCsv(data: Annual): string {
  return csvFile(
    ANNUAL_HEADER,
    annualRows(data).rows.map((r) => [r.year, r.assessed, r.voluntaryEarmarked, sourceCell(data), cebTermsCell()]),
  );
}

export interface JsonOptions {
  locale: Locale;
  /** Absolute URL of the page showing the figures. */
  pageUrl: string;
  /** Absolute URL of the matching CSV. */
  csvUrl: string;
}

export function totalsJson(data: PeriodTotals, o: JsonOptions) {
  const { rows, total } = totalsRows(data);
  return downloadJson(
    sidecarMeta(
      o,
      { title: "downloads.totals.title", note: "downloads.totals.note", terms: "downloads.terms.ilo" },
      data,
      totalsPeriod(data),
      data.period.end,
    ),
    {
      kind: t(o.locale, "downloads.col.kind"),
      amount: t(o.locale, "downloads.col.amount"),
    },
    rows,
    total,
  );
}

export function annualJson(data: Annual, o: JsonOptions) {
  const { rows, total } = annualRows(data);
  return downloadJson(
    sidecarMeta(
      o,
      { title: "downloads.annual.title", note: "downloads.annual.note", terms: "downloads.terms.ceb" },
      data,
      annualPeriod(data),
      data.years.at(-1)?.year,
    ),
    {
      year: t(o.locale, "downloads.col.year"),
      assessed: t(o.locale, "downloads.col.assessed"),
      voluntaryEarmarked: t(o.locale, "downloads.col.voluntaryEarmarked"),
    },
    rows,
    total,
  );
}

export const DONORS_HEADER = [
  "year",
  "rank",
  "government",
  "assessed_usd",
  "voluntary_unearmarked_usd",
  "voluntary_earmarked_usd",
  "other_usd",
  "total_usd",
  "share_of_government_revenue",
  "source",
  "terms",
] as const;

/** Every government of every year, ranked, with its share of that year's revenue from governments. */
export function donorsRows(data: Contributors) {
  return data.years.flatMap((y) =>
    rankGovernments(y.governments).map((g) => {
      const row = y.governments.find((r) => r.name === g.name);
      const [assessed, voluntaryUnearmarked, voluntaryEarmarked, other] = instruments.map((k) => row?.[k] ?? 0);
      return {
        year: y.year,
        rank: g.rank,
        government: g.name,
        assessed: assessed ?? 0,
        voluntaryUnearmarked: voluntaryUnearmarked ?? 0,
        voluntaryEarmarked: voluntaryEarmarked ?? 0,
        other: other ?? 0,
        total: g.total,
        share: Math.round(g.share * 1e6) / 1e6,
      };
    }),
  );
}

const donorsPeriod = (d: Contributors) => `${d.years[0]?.year}-${d.years.at(-1)?.year}`;

export function donorsCsv(data: Contributors): string {
  return csvFile(
    DONORS_HEADER,
    donorsRows(data).map((r) => [
      r.year,
      r.rank,
      r.government,
      r.assessed,
      r.voluntaryUnearmarked,
      r.voluntaryEarmarked,
      r.other,
      r.total,
      r.share,
      sourceCell(data),
      cebTermsCell(),
    ]),
  );
}

export function donorsJson(data: Contributors, o: JsonOptions) {
  return downloadJson(
    sidecarMeta(
      o,
      { title: "downloads.donors.title", note: "downloads.donors.note", terms: "downloads.terms.ceb" },
      data,
      donorsPeriod(data),
      data.years.at(-1)?.year,
    ),
    {
      year: t(o.locale, "downloads.col.year"),
      rank: t(o.locale, "donors.col.rank"),
      government: t(o.locale, "donors.col.government"),
      assessed: t(o.locale, "downloads.col.assessed"),
      voluntaryUnearmarked: t(o.locale, "funding.col.voluntaryUnearmarked"),
      voluntaryEarmarked: t(o.locale, "downloads.col.voluntaryEarmarked"),
      other: t(o.locale, "funding.col.other"),
      total: t(o.locale, "funding.col.total"),
      share: t(o.locale, "donors.col.share"),
    },
    donorsRows(data),
    null,
  );
}

/** The download files by dataset; the endpoints and the download lists both use this. */
export const downloads = [
  { dataset: "totals", name: "funding-totals" },
  { dataset: "annual", name: "funding-annual" },
  { dataset: "donors", name: "funding-contributors" },
] as const;
