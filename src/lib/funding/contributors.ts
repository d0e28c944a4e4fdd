import type { Contributors } from "../data/schemas/contributors.ts";
import { instruments, type InstrumentAmounts } from "./instruments.ts";
import { exactSum } from "./money.ts";

/**
 * Government contributors to the ILO's revenue (UN CEB): totals, ranks, shares, top lists and changes,
 * computed from the rows in content/data/funding-contributors.json, never typed. Pure, so the schema, the
 * pages, the downloads and the tests all use the same arithmetic. Rank governments only: the file
 * holds only the CEB's "Government" rows, and its schema refuses catch-all lines and the European Union.
 */

/** How many governments the "Among governments" view shows for a year. */
export const TOP_N = 10;
/** The contributor this site is about, as the CEB names it. */
export const JAPAN = "Japan";

export interface GovernmentRow extends InstrumentAmounts {
  name: string;
}
export interface ContributorYear {
  year: number;
  governments: GovernmentRow[];
}

/** A government's revenue over every instrument. */
export function rowTotal(row: InstrumentAmounts): number {
  return exactSum(instruments.map((k) => row[k] ?? 0));
}

export interface RankedGovernment {
  name: string;
  total: number;
  /** 1 for the largest; governments with equal totals share a rank (1, 2, 2, 4). */
  rank: number;
  /** Share of the revenue the ILO recorded from all governments that year, from 0 to 1. */
  share: number;
}

/** Every government of a year, largest first (ties by name, so the order never depends on the file's). */
export function rankGovernments(rows: readonly GovernmentRow[]): RankedGovernment[] {
  const totals = rows.map((r) => ({ name: r.name, total: rowTotal(r) }));
  const all = exactSum(totals.map((r) => r.total));
  totals.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return totals.map((r, i) => {
    const first = totals.findIndex((o) => o.total === r.total);
    return { ...r, rank: (first === -1 ? i : first) + 1, share: all === 0 ? 0 : r.total / all };
  });
}

/** The largest `n` governments of a year. */
export function topGovernments(rows: readonly GovernmentRow[], n = TOP_N): RankedGovernment[] {
  return rankGovernments(rows).slice(0, n);
}

/** The names the site shows: the top `n` of every year, and Japan. Each needs a Japanese name. */
export function shownNames(years: readonly ContributorYear[], n = TOP_N): string[] {
  const names = new Set<string>([JAPAN]);
  for (const y of years) for (const g of topGovernments(y.governments, n)) names.add(g.name);
  return [...names];
}

export interface JapanYear {
  year: number;
  rank: number;
  share: number;
  total: number;
  /** How many governments the CEB lists that year. */
  governments: number;
}

/** Japan's rank and share in every year of the file (a year without Japan's row is refused by the schema). */
export function japanByYear(years: readonly ContributorYear[]): JapanYear[] {
  return years.map((y) => {
    const ranked = rankGovernments(y.governments);
    const japan = ranked.find((g) => g.name === JAPAN);
    if (!japan) throw new Error(`content/data/funding-contributors.json: ${y.year} has no row for ${JAPAN}.`);
    return { year: y.year, rank: japan.rank, share: japan.share, total: japan.total, governments: ranked.length };
  });
}

/** The change from one amount to another: the difference, and how many times the first the second is. */
export function change(from: number, to: number) {
  return { difference: exactSum([to, -from]), multiple: from === 0 ? Infinity : to / from };
}

/** One year of Japan's revenue to the ILO, by instrument (assessed and earmarked 0 when the CEB records none). */
export interface AnnualRow extends InstrumentAmounts {
  year: number;
  assessed: number;
  voluntaryEarmarked: number;
}

/** Japan's year-by-year series, with the contributor file's currency, unit, source and date. */
export interface Annual extends Pick<Contributors, "currency" | "unit" | "source" | "asOf"> {
  id: "funding-annual";
  kind: "annual";
  years: AnnualRow[];
}

/**
 * Japan's rows of the contributor file, as the year-by-year series the annual chart, table and downloads
 * show. Derived, never typed a second time: the CEB's figures for Japan live in funding-contributors.json only.
 */
export function japanAnnual(data: Contributors): Annual {
  const years = data.years.map((y) => {
    const japan = y.governments.find((g) => g.name === JAPAN);
    if (!japan) throw new Error(`content/data/funding-contributors.json: ${y.year} has no row for ${JAPAN}.`);
    const row: AnnualRow = {
      year: y.year,
      assessed: japan.assessed ?? 0,
      voluntaryEarmarked: japan.voluntaryEarmarked ?? 0,
    };
    for (const k of instruments) if (japan[k] !== undefined) row[k] = japan[k];
    return row;
  });
  const { currency, unit, source, asOf } = data;
  return { id: "funding-annual", kind: "annual", currency, unit, source, asOf, years };
}
