import type { Annual, PeriodTotals } from "./schemas/funding";
import { formatMoney } from "./format";
import { t } from "./i18n";
import type { Locale } from "./locales";

const scale = { million: 1e6, one: 1 } as const;

/** The ILO totals in US dollars, with the total computed, never typed. */
export function periodTotals(data: PeriodTotals) {
  const assessed = data.assessed * scale[data.unit];
  const voluntary = data.voluntary * scale[data.unit];
  return { assessed, voluntary, total: assessed + voluntary };
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
    rows.filter((r) => r.year >= from && r.year <= to).reduce((acc, r) => acc + r[key], 0);
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
  if (!max || !min || !last) throw new Error("content/data/funding-annual.json has no years.");
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
