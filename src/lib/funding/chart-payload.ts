import { formatMoney, formatNumber } from "../site/format.ts";
import { annualSummary, annualTitle, periodLabel, totalsSummary, totalsTitle, type Funding } from "./model.ts";
import { JAPAN, TOP_N, topGovernments } from "./contributors.ts";
import { displayName, donorsSummary, donorsTitle, formatShare } from "./contributors-text.ts";
import type { DonorRow } from "./donor-row.ts";
import { instrument } from "./instruments.ts";
import { sourceLineText, viewSourceLines } from "./source-line.ts";
import { pagePath } from "../site/routes.ts";
import { SITE } from "../site/site.ts";
import { t, type UiKey } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";
import type { SeriesKey, ViewKey } from "./chart-keys.ts";

export interface ChartSeries {
  key: SeriesKey;
  label: string;
  /** US dollars; null where the series has no bar in a category (Chart.js skips it with skipNull). */
  values: (number | null)[];
  /** The label drawn on each bar, formatted on the server so browser and table agree. */
  display: (string | null)[];
}

export interface ChartView {
  title: string;
  /** What a screen reader hears for the canvas: a short summary; the table holds every figure. */
  summary: string;
  /** The source line drawn under a downloaded PNG: the one under the view's table (viewSourceLines). */
  source: string;
  /** One entry per bar group; each is the lines of its axis label. */
  categories: string[][];
  series: ChartSeries[];
  /** grouped: one bar per series side by side; stacked: one bar per category; horizontal: bars across. */
  layout: "grouped" | "stacked" | "horizontal";
  /** Stacked views: the label over each stack (its total). */
  stackLabels?: string[];
  /** Categories marked with a band and a label (the ILO totals' years in the year-by-year view). */
  band?: { from: number; to: number; label: string };
  /** The category whose axis label is bold (Japan among the governments). */
  emphasis?: number;
  /** Names the PNG file: the view, a year where it has one, and the date the figures were checked. */
  fileName: string;
}

/** The donors view of one year, with the table caption and rows the browser puts in when that year is chosen. */
export interface DonorYearView extends ChartView {
  year: number;
  caption: string;
  rows: DonorRow[];
}

/** The year-by-year chart's series names, shared by its bars and its HTML legend (ChartLegend.astro). */
export const annualSeriesLabels: Record<"assessed" | "voluntary", UiKey> = {
  assessed: "funding.assessed",
  voluntary: "funding.voluntaryEarmarked",
};

/** Everything the browser needs to draw every view; served as /data/chart-<locale>.json. */
export interface ChartPayload {
  locale: Locale;
  axisTitle: string;
  /** "Japan and the ILO: https://…/funding/", printed on every PNG. */
  credit: string;
  views: Record<ViewKey, ChartView>;
  /** The donors view for every year, oldest first; views.donors is the latest. */
  donorYears: DonorYearView[];
}

/**
 * Splits an axis label into lines of at most `max` characters at spaces, so "Voluntary contributions"
 * stays readable on a 320 px screen instead of being rotated. Japanese has no spaces and stays whole.
 */
export function wrapLabel(text: string, max = 14): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The ILO totals: one bar per kind of contribution. The two datasets are never mixed. */
export function totalsView(locale: Locale, funding: Funding, lines = viewSourceLines(locale, funding)): ChartView {
  const f = funding.totalsUsd;
  const bar = (key: SeriesKey, value: number, index: number): ChartSeries => ({
    key,
    label: t(locale, key === "assessed" ? "funding.assessed" : "funding.voluntary"),
    values: [0, 1].map((i) => (i === index ? value : null)),
    display: [0, 1].map((i) => (i === index ? formatMoney(locale, value, "short") : null)),
  });
  const series = [bar("assessed", f.assessed, 0), bar("voluntary", f.voluntary, 1)];
  return {
    title: totalsTitle(locale, f),
    summary: totalsSummary(locale, f),
    source: sourceLineText(lines.totals),
    categories: series.map((s) => wrapLabel(s.label)),
    series,
    layout: "grouped",
    fileName: `japan-ilo-funding-totals-${funding.totals.asOf}.png`,
  };
}

/**
 * The UN CEB revenue by year, stacked by instrument (those the CEB records for Japan at all), with the
 * years of the ILO totals marked.
 */
export function annualView(locale: Locale, funding: Funding, lines = viewSourceLines(locale, funding)): ChartView {
  const a = funding.annualUsd;
  const window = funding.totals.period;
  const keyOf = (k: (typeof a.used)[number]): SeriesKey =>
    k === "assessed" ? "assessed" : k === "voluntaryEarmarked" ? "voluntary" : "other";
  const series = a.used.map((k): ChartSeries => ({
    key: keyOf(k),
    label: t(locale, instrument[k].label),
    values: a.rows.map((r) => r[k]),
    display: a.rows.map((r) => formatMoney(locale, r[k], "short")),
  }));
  const from = a.rows.findIndex((r) => r.year === window.start);
  const to = a.rows.findIndex((r) => r.year === window.end);
  return {
    title: annualTitle(locale, a),
    summary: annualSummary(locale, a),
    source: sourceLineText(lines.annual),
    categories: a.rows.map((r) => [String(r.year)]),
    series,
    layout: "stacked",
    stackLabels: a.rows.map((r) => formatMoney(locale, r.total, "short")),
    ...(from >= 0 && to >= from
      ? {
          band: {
            from,
            to,
            label: t(locale, "chart.windowBand", { period: periodLabel(locale, window.start, window.end) }),
          },
        }
      : {}),
    fileName: `japan-ilo-funding-annual-${funding.annual.asOf}.png`,
  };
}

/** The top governments of one year, largest first, Japan's bar apart so it can be hatched and labelled. */
export function donorsView(
  locale: Locale,
  funding: Funding,
  year: number,
  lines = viewSourceLines(locale, funding),
): DonorYearView {
  const data = funding.contributors;
  const entry = data.years.find((y) => y.year === year);
  if (!entry) throw new Error(`content/data/funding-contributors.json has no year ${year}.`);
  const top = topGovernments(entry.governments);
  const japan = top.findIndex((g) => g.name === JAPAN);
  const bars = (key: "japan" | "government"): ChartSeries => ({
    key,
    label: key === "japan" ? displayName(locale, data, JAPAN) : t(locale, "donors.others"),
    values: top.map((g) => ((g.name === JAPAN) === (key === "japan") ? g.total : null)),
    display: top.map((g) => ((g.name === JAPAN) === (key === "japan") ? formatMoney(locale, g.total, "short") : null)),
  });
  const millions = (dollars: number) => formatNumber(locale, dollars / 1e6, 1);
  return {
    year,
    title: donorsTitle(locale, data, year),
    summary: donorsSummary(locale, data, year),
    source: sourceLineText(lines.donors),
    categories: top.map((g) => [`${g.rank}. ${displayName(locale, data, g.name)}`]),
    series: [bars("government"), bars("japan")],
    layout: "horizontal",
    ...(japan >= 0 ? { emphasis: japan } : {}),
    caption: t(locale, "donors.caption", { n: TOP_N, year }),
    rows: top.map((g) => ({
      rank: String(g.rank),
      name: displayName(locale, data, g.name),
      revenue: millions(g.total),
      share: formatShare(locale, g.share),
      japan: g.name === JAPAN,
    })),
    fileName: `japan-ilo-funding-donors-${year}-${data.asOf}.png`,
  };
}

export function chartPayload(locale: Locale, funding: Funding): ChartPayload {
  const { contributors } = funding;
  const lines = viewSourceLines(locale, funding);
  const donorYears = contributors.years.map((y) => donorsView(locale, funding, y.year, lines));
  const latest = donorYears.at(-1);
  if (!latest) throw new Error("content/data/funding-contributors.json has no years.");
  return {
    locale,
    axisTitle: t(locale, "chart.axis"),
    credit: t(locale, "png.credit", {
      site: t(locale, "site.name"),
      url: new URL(pagePath(locale, "funding"), SITE).href,
    }),
    views: {
      totals: totalsView(locale, funding, lines),
      annual: annualView(locale, funding, lines),
      donors: latest,
    },
    donorYears,
  };
}

/** What the script needs: the payload less the summaries the canvases already carry (the donor years keep theirs). */
export function clientPayload(payload: ChartPayload): ClientPayload {
  const strip = ({ summary: _summary, ...view }: ChartView): ClientView => view;
  return {
    ...payload,
    views: {
      totals: strip(payload.views.totals),
      annual: strip(payload.views.annual),
      donors: strip(payload.views.donors),
    },
  };
}

/** A view as the browser receives it. */
export type ClientView = Omit<ChartView, "summary">;
export type ClientPayload = Omit<ChartPayload, "views"> & { views: Record<ViewKey, ClientView> };
const instances = new WeakMap<object, number>();
/** A suffix that keeps table ids unique when a page holds more than one chart: "", "-2", "-3"… */
export function instanceSuffix(page: object): string {
  const n = (instances.get(page) ?? 0) + 1;
  instances.set(page, n);
  return n === 1 ? "" : `-${n}`;
}
