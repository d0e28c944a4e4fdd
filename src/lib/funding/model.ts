import type { PeriodTotals } from "../data/schemas/funding.ts";
import type { Contributors } from "../data/schemas/contributors.ts";
import { japanAnnual, type Annual } from "./contributors.ts";
import { instrument, instruments, type Instrument } from "./instruments.ts";
import { exactSum, toDollars } from "./money.ts";
import { formatMoney } from "../site/format.ts";
import { t } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";

/** The ILO totals in US dollars, with the total computed, never typed. */
export function periodTotals(data: PeriodTotals) {
  const assessed = toDollars(data.assessed, data.unit);
  const voluntary = toDollars(data.voluntary, data.unit);
  return { period: data.period, assessed, voluntary, total: exactSum([assessed, voluntary]) };
}
export type TotalsUsd = ReturnType<typeof periodTotals>;

/**
 * The CEB rows in US dollars, with each year's total, the sums over the years, and the instruments the CEB
 * records for Japan in at least one year (the columns and series worth showing).
 */
export function annualTotals(data: Annual) {
  const rows = data.years.map((r) => {
    const amounts = Object.fromEntries(instruments.map((k) => [k, toDollars(r[k] ?? 0, data.unit)])) as Record<
      Instrument,
      number
    >;
    return { year: r.year, ...amounts, total: exactSum(instruments.map((k) => amounts[k])) };
  });
  const sum = (key: Instrument | "total", from = -Infinity, to = Infinity) =>
    exactSum(rows.filter((r) => r.year >= from && r.year <= to).map((r) => r[key]));
  const first = rows[0]?.year ?? 0;
  const last = rows.at(-1)?.year ?? 0;
  const used = instruments.filter((k) => rows.some((r) => r[k] !== 0));
  const unused = instruments.filter((k) => !used.includes(k));
  return {
    rows,
    first,
    last,
    sum,
    assessed: sum("assessed"),
    voluntaryEarmarked: sum("voluntaryEarmarked"),
    used,
    unused,
  };
}
export type AnnualUsd = ReturnType<typeof annualTotals>;

/**
 * The funding datasets as they load, with what every view computes from them, computed once here: Japan's
 * series by year (read from the contributor file), and the totals and the series in US dollars.
 */
export function fundingModel(totals: PeriodTotals, contributors: Contributors) {
  const annual = japanAnnual(contributors);
  return { totals, annual, contributors, totalsUsd: periodTotals(totals), annualUsd: annualTotals(annual) };
}
export type Funding = ReturnType<typeof fundingModel>;

/** "2018–22" in English, "2018〜2022年" in Japanese. */
export function periodLabel(locale: Locale, start: number, end: number): string {
  if (start === end) return t(locale, "period.single", { year: start });
  const endShort = locale === "en" && Math.floor(start / 100) === Math.floor(end / 100) ? String(end).slice(2) : end;
  return t(locale, "period.range", { start, end: endShort });
}

/** The chart's title, computed so it can never again say "voluntary" for a total that includes assessed money. */
export function totalsTitle(locale: Locale, f: TotalsUsd): string {
  return t(locale, "funding.totals.title", {
    period: periodLabel(locale, f.period.start, f.period.end),
    total: formatMoney(locale, f.total),
  });
}

/** The year-by-year chart's title, with the years computed from the data file. */
export function annualTitle(locale: Locale, a: AnnualUsd): string {
  return t(locale, "funding.annual.title", { period: periodLabel(locale, a.first, a.last) });
}

/** The text a screen reader hears for the totals chart. */
export function totalsSummary(locale: Locale, f: TotalsUsd): string {
  return t(locale, "funding.totals.summary", {
    assessed: formatMoney(locale, f.assessed),
    voluntary: formatMoney(locale, f.voluntary),
    total: formatMoney(locale, f.total),
  });
}

/** The text a screen reader hears for the year-by-year chart: short, as the table under it holds every figure. */
export function annualSummary(locale: Locale, a: AnnualUsd): string {
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

/** "The UN CEB records no voluntary un-earmarked contributions or other revenue from Japan in 2013–24", or "". */
export function annualNoneNote(locale: Locale, a: AnnualUsd): string {
  if (a.unused.length === 0) return "";
  return t(locale, "funding.annual.none", {
    instruments: a.unused
      .map((k) => t(locale, instrument[k].label).toLowerCase())
      .join(locale === "ja" ? "・" : " or "),
    period: periodLabel(locale, a.first, a.last),
  });
}
