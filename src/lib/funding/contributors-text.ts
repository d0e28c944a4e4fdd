import { formatMoney, formatNumber, numberFormat } from "../site/format.ts";
import { t } from "../site/i18n.ts";
import { intlTag, type Locale } from "../site/locales.ts";
import { JAPAN, TOP_N, change, japanByYear, rankGovernments, type ContributorYear } from "./contributors.ts";
import { periodLabel, type AnnualUsd } from "./model.ts";
import type { Contributors } from "../data/schemas/contributors.ts";

/** "2nd" / "第2位". */
export function ordinal(locale: Locale, n: number): string {
  if (locale === "ja") return `第${n}位`;
  const suffix = { one: "st", two: "nd", few: "rd", other: "th" } as Record<string, string>;
  return `${n}${suffix[new Intl.PluralRules("en", { type: "ordinal" }).select(n)] ?? "th"}`;
}

/** 0.0675 → "6.8%" / "6.8％" (full-width in Japanese text, as the hand-written 8.568％ on the same page). */
export function formatShare(locale: Locale, share: number): string {
  const text = numberFormat(intlTag[locale], {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
  return locale === "ja" ? text.replace("%", "％") : text;
}

/** A government's name for labels: the MOFA Japanese name, or a shorter English one where the file gives it. */
export function displayName(locale: Locale, data: Pick<Contributors, "names">, name: string): string {
  const names = data.names[name];
  return (locale === "ja" ? names?.ja : names?.en) ?? name;
}

/** "2013, 2014, 2015 and 2017" / "2013年、2014年、2015年、2017年". */
export function yearList(locale: Locale, years: readonly number[]): string {
  if (locale === "ja") return years.map((y) => `${y}年`).join("、");
  return new Intl.ListFormat("en-GB", { type: "conjunction" }).format(years.map(String));
}

function yearOf(data: Contributors, year: number): ContributorYear {
  const entry = data.years.find((y) => y.year === year);
  if (!entry) throw new Error(`content/data/funding-contributors.json has no year ${year}.`);
  return entry;
}

/** Japan's rank, share and revenue in one year, and the year's largest government. */
export function japanInYear(data: Contributors, year: number) {
  const ranked = rankGovernments(yearOf(data, year).governments);
  const japan = ranked.find((g) => g.name === JAPAN);
  const first = ranked[0];
  if (!japan || !first) throw new Error(`content/data/funding-contributors.json: ${year} has no row for ${JAPAN}.`);
  return { japan, first, count: ranked.length };
}

export function donorsTitle(locale: Locale, data: Contributors, year: number): string {
  const { japan } = japanInYear(data, year);
  return t(locale, "donors.title", {
    n: TOP_N,
    year,
    rank: ordinal(locale, japan.rank),
    share: formatShare(locale, japan.share),
  });
}

/** What a screen reader hears for the canvas: short; the table under it holds every figure. */
export function donorsSummary(locale: Locale, data: Contributors, year: number): string {
  const { japan, first, count } = japanInYear(data, year);
  return t(locale, "donors.summary", {
    year,
    count,
    rank: ordinal(locale, japan.rank),
    amount: formatMoney(locale, japan.total),
    share: formatShare(locale, japan.share),
    first: displayName(locale, data, first.name),
    firstAmount: formatMoney(locale, first.total),
  });
}

/** "5th in 2024": the home page's key figure. */
export function latestRank(locale: Locale, data: Contributors): string {
  const last = japanByYear(data.years).at(-1);
  if (!last) throw new Error("content/data/funding-contributors.json has no years.");
  return t(locale, "donors.keyFigure", { rank: ordinal(locale, last.rank), year: last.year });
}

/**
 * The funding page's sentences on change over time, computed from the data: Japan's rank in the first and
 * latest year, the years it ranked second, and how many times larger its earmarked revenue was in the latest
 * year than in `baseYear` (the first year of the ILO totals' period).
 */
export function trendSentences(locale: Locale, data: Contributors, annual: AnnualUsd, baseYear: number): string[] {
  const ranks = japanByYear(data.years);
  const first = ranks[0];
  const last = ranks.at(-1);
  const base = annual.rows.find((r) => r.year === baseYear);
  const latest = annual.rows.find((r) => r.year === last?.year);
  if (!first || !last || !base || !latest)
    throw new Error(
      `The funding trend needs Japan's rows for ${baseYear} and the latest year in content/data/funding-contributors.json.`,
    );
  const second = ranks.filter((r) => r.rank === 2).map((r) => r.year);
  const earmarked = change(base.voluntaryEarmarked, latest.voluntaryEarmarked);
  return [
    t(locale, "donors.sentence.ranks", {
      first: first.year,
      firstRank: ordinal(locale, first.rank),
      last: last.year,
      lastRank: ordinal(locale, last.rank),
      lastShare: formatShare(locale, last.share),
    }),
    second.length > 0
      ? t(locale, "donors.sentence.second", { rank: ordinal(locale, 2), years: yearList(locale, second) })
      : t(locale, "donors.sentence.secondNone", {
          rank: ordinal(locale, 2),
          period: periodLabel(locale, first.year, last.year),
        }),
    t(locale, "donors.sentence.earmarked", {
      base: base.year,
      last: latest.year,
      multiple: formatNumber(locale, earmarked.multiple, 1),
      baseAmount: formatMoney(locale, base.voluntaryEarmarked),
      lastAmount: formatMoney(locale, latest.voluntaryEarmarked),
    }),
  ];
}
