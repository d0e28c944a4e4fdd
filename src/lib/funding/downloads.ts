import type { Contributors } from "../data/schemas/contributors.ts";
import { rankGovernments } from "./contributors.ts";
import { instrument, instrumentTable } from "./instruments.ts";
import type { AnnualUsd, Funding, TotalsUsd } from "./model.ts";
import { t, type UiKey } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";
import type { Source } from "../data/schemas/sources.ts";
import { sourceIn } from "../sources/sources.ts";
import { csvFile } from "../csv.ts";

/**
 * CSV and JSON downloads of the funding datasets, generated at build time from the same data files as the chart.
 *
 * The format is generic so every dataset's download goes through the same functions (csvFile in ../csv.ts, downloadJson):
 * - CSV: a UTF-8 byte-order mark (Excel reads Japanese as Shift-JIS without it), the header on line 1, data rows
 *   only (no comments, no total row), cells that a spreadsheet cannot run as a formula. Language-neutral.
 * - JSON: the "sidecar" of the CSV. It holds everything a CSV cannot: title, note, unit, source, the period the
 *   data covers ("dataUpTo") apart from the day we last checked the source ("checkedOn"), the totals, and the rows.
 *   One JSON per language, so files offered on Japanese pages carry Japanese notes.
 * - One unit across all files: whole US dollars, named in the column header (`_usd`), from the rows and sums
 *   the model computed when the data loaded (toDollars and exactSum, src/lib/funding/money.ts).
 * - Whose data is whose: every JSON says whose terms of use apply to its figures ("terms"), and the CSVs of
 *   UN CEB figures carry the same sentence in a "terms" column. The site's CC BY licence covers its own text
 *   and what it computes, not figures it republishes; no open licence was found for the CEB's statistics.
 */

/** The unit every download uses, named in every amount column ("assessed_usd"). */
export const DOWNLOAD_UNIT = "USD";
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

export function totalsRows(f: TotalsUsd) {
  const rows = [
    { kind: "assessed", amount: f.assessed },
    { kind: "voluntary", amount: f.voluntary },
  ];
  return { rows, total: f.total };
}

/**
 * The annual file keeps the two columns readers' scripts already read, whatever instruments the CEB records for
 * Japan; the contributors' file has all four.
 */
const annualColumns = [instrument.assessed, instrument.voluntaryEarmarked] as const;

export function annualRows(a: AnnualUsd) {
  const rows = a.rows.map((r) => ({ year: r.year, assessed: r.assessed, voluntaryEarmarked: r.voluntaryEarmarked }));
  return { rows, total: { assessed: a.sum("assessed"), voluntaryEarmarked: a.sum("voluntaryEarmarked") } };
}

const totalsPeriod = (f: Funding) => `${f.totals.period.start}-${f.totals.period.end}`;
const annualPeriod = (f: Funding) => `${f.annualUsd.first}-${f.annualUsd.last}`;

export const TOTALS_HEADER = ["kind", "amount_usd", "period", "source"] as const;
export const ANNUAL_HEADER = ["year", ...annualColumns.map((i) => i.csv), "source", "terms"] as const;

/** The CSVs are language-neutral, so the terms of the CEB's figures go into them in English. */
const cebTermsCell = () => t("en", "downloads.terms.ceb");

export function totalsCsv(f: Funding): string {
  const period = totalsPeriod(f);
  return csvFile(
    TOTALS_HEADER,
    totalsRows(f.totalsUsd).rows.map((r) => [r.kind, r.amount, period, sourceCell(f.totals)]),
  );
}

export function annualCsv(f: Funding): string {
  return csvFile(
    ANNUAL_HEADER,
    annualRows(f.annualUsd).rows.map((r) => [
      r.year,
      r.assessed,
      r.voluntaryEarmarked,
      sourceCell(f.annual),
      cebTermsCell(),
    ]),
  );
}

export interface JsonOptions {
  locale: Locale;
  /** Absolute URL of the page showing the figures. */
  pageUrl: string;
  /** Absolute URL of the matching CSV. */
  csvUrl: string;
}

export function totalsJson(f: Funding, o: JsonOptions) {
  const { rows, total } = totalsRows(f.totalsUsd);
  return downloadJson(
    sidecarMeta(
      o,
      { title: "downloads.totals.title", note: "downloads.totals.note", terms: "downloads.terms.ilo" },
      f.totals,
      totalsPeriod(f),
      f.totals.period.end,
    ),
    {
      kind: t(o.locale, "downloads.col.kind"),
      amount: t(o.locale, "downloads.col.amount"),
    },
    rows,
    total,
  );
}

export function annualJson(f: Funding, o: JsonOptions) {
  const { rows, total } = annualRows(f.annualUsd);
  return downloadJson(
    sidecarMeta(
      o,
      { title: "downloads.annual.title", note: "downloads.annual.note", terms: "downloads.terms.ceb" },
      f.annual,
      annualPeriod(f),
      f.annual.years.at(-1)?.year,
    ),
    {
      year: t(o.locale, "downloads.col.year"),
      ...Object.fromEntries(annualColumns.map((i) => [i.key, t(o.locale, i.downloadColumn)])),
    },
    rows,
    total,
  );
}

export const CONTRIBUTORS_HEADER = [
  "year",
  "rank",
  "government",
  ...instrumentTable.map((i) => i.csv),
  "total_usd",
  "share_of_government_revenue",
  "source",
  "terms",
] as const;

/** Every government of every year, ranked, with its share of that year's revenue from governments. */
export function contributorsRows(data: Contributors) {
  return data.years.flatMap((y) =>
    rankGovernments(y.governments).map((g) => {
      const row = y.governments.find((r) => r.name === g.name);
      return {
        year: y.year,
        rank: g.rank,
        government: g.name,
        ...(Object.fromEntries(instrumentTable.map((i) => [i.key, row?.[i.key] ?? 0])) as Record<
          (typeof instrumentTable)[number]["key"],
          number
        >),
        total: g.total,
        share: Math.round(g.share * 1e6) / 1e6,
      };
    }),
  );
}

const contributorsPeriod = (d: Contributors) => `${d.years[0]?.year}-${d.years.at(-1)?.year}`;

export function contributorsCsv(data: Contributors): string {
  return csvFile(
    CONTRIBUTORS_HEADER,
    contributorsRows(data).map((r) => [
      r.year,
      r.rank,
      r.government,
      ...instrumentTable.map((i) => r[i.key]),
      r.total,
      r.share,
      sourceCell(data),
      cebTermsCell(),
    ]),
  );
}

export function contributorsJson(data: Contributors, o: JsonOptions) {
  return downloadJson(
    sidecarMeta(
      o,
      { title: "downloads.contributors.title", note: "downloads.contributors.note", terms: "downloads.terms.ceb" },
      data,
      contributorsPeriod(data),
      data.years.at(-1)?.year,
    ),
    {
      year: t(o.locale, "downloads.col.year"),
      rank: t(o.locale, "donors.col.rank"),
      government: t(o.locale, "donors.col.government"),
      ...Object.fromEntries(instrumentTable.map((i) => [i.key, t(o.locale, i.downloadColumn)])),
      total: t(o.locale, "funding.col.total"),
      share: t(o.locale, "donors.col.share"),
    },
    contributorsRows(data),
    null,
  );
}

/** The download files by dataset; the endpoints and the download lists both use this. */
export const downloads = [
  { dataset: "totals", name: "funding-totals" },
  { dataset: "annual", name: "funding-annual" },
  { dataset: "contributors", name: "funding-contributors" },
] as const;
