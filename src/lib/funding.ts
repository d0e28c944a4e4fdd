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

/** The CEB rows in US dollars, and their sums over the years. */
export function annualTotals(data: Annual) {
  const rows = data.years.map((r) => ({
    year: r.year,
    assessed: r.assessed * scale[data.unit],
    voluntaryEarmarked: r.voluntaryEarmarked * scale[data.unit],
  }));
  const sum = (key: "assessed" | "voluntaryEarmarked") => rows.reduce((acc, r) => acc + r[key], 0);
  const first = rows[0]?.year ?? 0;
  const last = rows.at(-1)?.year ?? 0;
  return { rows, first, last, assessed: sum("assessed"), voluntaryEarmarked: sum("voluntaryEarmarked") };
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

/** The text a screen reader hears for the year-by-year chart. */
export function annualSummary(locale: Locale, data: Annual): string {
  const a = annualTotals(data);
  const years = a.rows
    .map((r) =>
      t(locale, "funding.annual.summaryYear", {
        year: r.year,
        assessed: formatMoney(locale, r.assessed),
        voluntary: formatMoney(locale, r.voluntaryEarmarked),
      }),
    )
    .join(t(locale, "list.separator"));
  return t(locale, "funding.annual.summary", { period: periodLabel(locale, a.first, a.last), years });
}
