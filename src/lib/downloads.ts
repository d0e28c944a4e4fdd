import type { Annual, PeriodTotals } from "./schemas/funding";
import { exactSum } from "./funding";

/**
 * CSV and JSON downloads of the funding datasets, generated at build time from the same data files as the chart.
 * Amounts keep the data file's own unit and digits (177.8 stays 177.8, not 177800000), and every total is
 * computed here, never typed, with exactSum (src/lib/funding.ts), the site's one way of adding amounts.
 */

export const ceBNote =
  "The UN CEB figures are revenue the ILO recorded in its accounts. Their sums differ from the totals in the ILO donor profile (funding-totals); do not add the two datasets together.";
export const totalsNote =
  "Totals from the ILO donor profile. The source's chart title calls US$228.7M 'voluntary'; it is assessed and voluntary together, computed here from the two figures.";

const unitLabel = { million: "US$ million", one: "US$" } as const;

/** Quotes a CSV field when it needs it (RFC 4180). */
function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(comments: string[], header: string[], rows: (string | number)[][]): string {
  const lines = [
    ...comments.map((c) => `# ${c.replace(/[\r\n]+/g, " ")}`),
    header.map(csvField).join(","),
    ...rows.map((r) => r.map(csvField).join(",")),
  ];
  return lines.join("\r\n") + "\r\n";
}

interface SourceMeta {
  source: {
    title: string;
    publisher: string;
    url: string;
    published?: string | undefined;
    accessed?: string | undefined;
  };
  asOf: string;
}

function commentLines(d: SourceMeta, unit: string, currency: string, period: string, pageUrl: string, note: string) {
  const dated = d.source.published ? `published ${d.source.published}` : `accessed ${d.source.accessed ?? d.asOf}`;
  return [
    `Source: ${d.source.title}, ${d.source.publisher} (${dated})`,
    `Source URL: ${d.source.url}`,
    `Unit: ${unit}; currency: ${currency}; period: ${period}`,
    `As of: ${d.asOf}`,
    `Note: ${note}`,
    `Published by Japan and the ILO: ${pageUrl}`,
  ];
}

export function totalsRows(data: PeriodTotals) {
  const rows = [
    { kind: "assessed", amount: data.assessed },
    { kind: "voluntary", amount: data.voluntary },
  ];
  return { rows, total: exactSum(rows.map((r) => r.amount)) };
}

export function annualRows(data: Annual) {
  const rows = data.years.map((y) => ({ ...y }));
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

export function totalsCsv(data: PeriodTotals, pageUrl: string): string {
  const { rows, total } = totalsRows(data);
  return csv(
    commentLines(data, unitLabel[data.unit], data.currency, totalsPeriod(data), pageUrl, totalsNote),
    ["kind", `amount_${data.currency.toLowerCase()}_${data.unit}`],
    [...rows.map((r) => [r.kind, r.amount]), ["total", total]],
  );
}

export function annualCsv(data: Annual, pageUrl: string): string {
  const { rows, total } = annualRows(data);
  const suffix = `${data.currency.toLowerCase()}`;
  return csv(
    commentLines(data, unitLabel[data.unit], data.currency, annualPeriod(data), pageUrl, ceBNote),
    ["year", `assessed_${suffix}`, `voluntary_earmarked_${suffix}`],
    [
      ...rows.map((r) => [r.year, r.assessed, r.voluntaryEarmarked]),
      ["total", total.assessed, total.voluntaryEarmarked],
    ],
  );
}

function meta(d: SourceMeta & { currency: string }, unit: string, period: string, pageUrl: string, note: string) {
  return {
    source: { ...d.source },
    unit,
    currency: d.currency,
    period,
    asOf: d.asOf,
    note,
    publishedBy: pageUrl,
  };
}

export function totalsJson(data: PeriodTotals, pageUrl: string) {
  const { rows, total } = totalsRows(data);
  return {
    title: "Japan's contributions to the ILO: assessed and voluntary",
    ...meta(data, unitLabel[data.unit], totalsPeriod(data), pageUrl, totalsNote),
    rows,
    total,
  };
}

export function annualJson(data: Annual, pageUrl: string) {
  const { rows, total } = annualRows(data);
  return {
    title: "Japan's revenue to the ILO by year (UN CEB revenue data)",
    ...meta(data, unitLabel[data.unit], annualPeriod(data), pageUrl, ceBNote),
    rows,
    total,
  };
}

/** The download files, their paths and how to make them; the endpoints and the download lists both use this. */
export const downloads = [
  { dataset: "totals", format: "csv", path: "/data/funding-totals.csv" },
  { dataset: "totals", format: "json", path: "/data/funding-totals.json" },
  { dataset: "annual", format: "csv", path: "/data/funding-annual.csv" },
  { dataset: "annual", format: "json", path: "/data/funding-annual.json" },
] as const;
