import type { PeriodTotals } from "../data/schemas/funding.ts";
import type { Annual } from "./contributors.ts";
import { formatMoney } from "../site/format.ts";
import { t } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";

const scale = { million: 1e6, one: 1 } as const;

const decimals = (n: number) => (String(n).split(".")[1] ?? "").length;

/**
 * The one way amounts are added on this site (tables, titles, key figures, downloads): in the data file's own
 * unit, without binary rounding noise, at the precision of the most precise input, so 177.8 + 50.9 is 228.7
 * and not 228.70000000000002.
 */
export function exactSum(values: readonly number[]): number {
  const places = Math.max(0, ...values.map(decimals));
  const factor = 10 ** places;
  return Math.round(values.reduce((acc, v) => acc + Math.round(v * factor), 0)) / factor;
}

/** The ILO totals in US dollars, with the total computed, never typed. */
export function periodTotals(data: PeriodTotals) {
  const s = scale[data.unit];
  return {
    assessed: data.assessed * s,
    voluntary: data.voluntary * s,
    total: exactSum([data.assessed, data.voluntary]) * s,
  };
}

/** The CEB rows in US dollars, with each year's total, and the sums over the years. */
export function annualTotals(data: Annual) {
  const rows = data.years.map((r) => {
    const row = {
      year: r.year,
      assessed: r.assessed * scale[data.unit],
      voluntaryUnearmarked: (r.voluntaryUnearmarked ?? 0) * scale[data.unit],
      voluntaryEarmarked: r.voluntaryEarmarked * scale[data.unit],
      other: (r.other ?? 0) * scale[data.unit],
    };
    return { ...row, total: row.assessed + row.voluntaryUnearmarked + row.voluntaryEarmarked + row.other };
  });
  type Key = Exclude<keyof (typeof rows)[number], "year">;
  const sum = (key: Key, from = -Infinity, to = Infinity) =>
    exactSum(rows.filter((r) => r.year >= from && r.year <= to).map((r) => r[key]));
  const first = rows[0]?.year ?? 0;
  const last = rows.at(-1)?.year ?? 0;
  return { rows, first, last, sum, assessed: sum("assessed"), voluntaryEarmarked: sum("voluntaryEarmarked") };
}

/** The instruments the CEB records for Japan in at least one year: the columns and series worth showing. */
export function annualInstruments(data: Annual) {
  const rows = annualTotals(data).rows;
  const all = ["assessed", "voluntaryUnearmarked", "voluntaryEarmarked", "other"] as const;
  const used = all.filter((k) => rows.some((r) => r[k] !== 0));
  return { used, unused: all.filter((k) => !used.includes(k)) };
}

/** "2018–22" in English, "2018〜2022年" in Japanese. */
export function periodLabel(locale: Locale, start: number, end: number): string {
  if (start === end) return t(locale, "period.single", { year: start });
  const endShort = locale === "en" && Math.floor(start / 100) === Math.floor(end / 100) ? String(end).slice(2) : end;
  return t(locale, "period.range", { start, end: endShort });
}

/** The chart's title, computed so it can never again say "voluntary" for a total that includes assessed money. */
export function totalsTitle(locale: Locale, data: PeriodTotals): string {
  const { total } = periodTotals(data);
  return t(locale, "funding.totals.title", {
    period: periodLabel(locale, data.period.start, data.period.end),
    total: formatMoney(locale, total),
  });
}

/** The year-by-year chart's title, with the years computed from the data file. */
export function annualTitle(locale: Locale, data: Annual): string {
  const a = annualTotals(data);
  return t(locale, "funding.annual.title", { period: periodLabel(locale, a.first, a.last) });
}

/** The text a screen reader hears for the totals chart. */
export function totalsSummary(locale: Locale, data: PeriodTotals): string {
  const f = periodTotals(data);
  return t(locale, "funding.totals.summary", {
    assessed: formatMoney(locale, f.assessed),
    voluntary: formatMoney(locale, f.voluntary),
    total: formatMoney(locale, f.total),
  });
}

/** The text a screen reader hears for the year-by-year chart: short, as the table under it holds every figure. */
export function annualSummary(locale: Locale, data: Annual): string {
  const a = annualTotals(data);
  const byTotal = [...a.rows].sort((x, y) => y.total - x.total);
  const max = byTotal[0];
  const min = byTotal.at(-1);
  const last = a.rows.at(-1);
  if (!max || !min || !last) throw new Error("content/data/funding-contributors.json has no years.");
  return t(locale, "funding.annual.summary", {
    period: periodLabel(locale, a.first, a.last),
    maxYear: max.year,
    max: formatMoney(locale, max.total),
    minYear: min.year,
    min: formatMoney(locale, min.total),
    last: last.year,
    lastAmount: formatMoney(locale, last.total),
  });
}
