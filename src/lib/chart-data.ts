import type { Annual, PeriodTotals } from "./schemas/funding.ts";
import { formatMoney } from "./format.ts";
import { annualTitle, annualTotals, periodTotals, totalsTitle } from "./funding.ts";
import { t, type UiKey } from "./i18n.ts";
import type { Locale } from "./locales.ts";
import type { Source } from "./schemas/common.ts";
import { citedDate, pageVersionOf } from "./sources.ts";

import type { SeriesKey, ViewKey } from "../components/FundingChart/keys.ts";

export interface ChartSeries {
  key: SeriesKey;
  label: string;
  /** US dollars; null where the series has no bar in a category (Chart.js skips it with skipNull). */
  values: (number | null)[];
  /** The label drawn on each bar, formatted on the server so browser and table agree. */
  display: (string | null)[];
}

/**
 * A view as the browser draws it. Its summary for screen readers is not here: FundingChart.astro puts it on the
 * canvas (totalsSummary, annualSummary in src/lib/funding.ts).
 */
export interface ClientView {
  title: string;
  /** The source line drawn under a downloaded PNG. */
  source: string;
  /** One entry per bar group; each is the lines of its axis label. */
  categories: string[][];
  series: ChartSeries[];
}

/** Everything the browser needs to draw both views, served as /data/chart-<lang>.json by src/pages/data/chart-[locale].json.ts. */
export interface ClientPayload {
  locale: Locale;
  axisTitle: string;
  views: Record<ViewKey, ClientView>;
}

/** The year-by-year chart's two series and their names, shared by its bars and its HTML legend (ChartLegend.astro). */
export const annualSeriesLabels: Record<SeriesKey, UiKey> = {
  assessed: "funding.assessed",
  voluntary: "funding.voluntaryEarmarked",
};

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

/** The source as the page cites it (a Japanese page may give the Japanese title), else as the data file does. */
function sourceLine(locale: Locale, data: PeriodTotals | Annual, pageSources?: readonly Source[]): string {
  const s = pageVersionOf(data.source, pageSources);
  const date = citedDate(locale, s, data.asOf);
  return `${t(locale, "funding.source", { source: s.title, publisher: s.publisher, date })} ${s.url}`;
}

/** The ILO totals: one bar per kind of contribution. The two datasets are never mixed. */
export function totalsView(locale: Locale, data: PeriodTotals, pageSources?: readonly Source[]): ClientView {
  const f = periodTotals(data);
  const bar = (key: SeriesKey, value: number, index: number): ChartSeries => ({
    key,
    label: t(locale, key === "assessed" ? "funding.assessed" : "funding.voluntary"),
    values: [0, 1].map((i) => (i === index ? value : null)),
    display: [0, 1].map((i) => (i === index ? formatMoney(locale, value, "short") : null)),
  });
  const series = [bar("assessed", f.assessed, 0), bar("voluntary", f.voluntary, 1)];
  return {
    title: totalsTitle(locale, data),
    source: sourceLine(locale, data, pageSources),
    categories: series.map((s) => wrapLabel(s.label)),
    series,
  };
}

/** The UN CEB revenue by year: assessed and voluntary earmarked side by side for each year. */
export function annualView(locale: Locale, data: Annual, pageSources?: readonly Source[]): ClientView {
  const a = annualTotals(data);
  const series = (key: SeriesKey, field: "assessed" | "voluntaryEarmarked"): ChartSeries => ({
    key,
    label: t(locale, annualSeriesLabels[key]),
    values: a.rows.map((r) => r[field]),
    display: a.rows.map((r) => formatMoney(locale, r[field], "short")),
  });
  return {
    title: annualTitle(locale, data),
    source: `${t(locale, "funding.annual.differs")} ${sourceLine(locale, data, pageSources)}`,
    categories: a.rows.map((r) => [String(r.year)]),
    series: [series("assessed", "assessed"), series("voluntary", "voluntaryEarmarked")],
  };
}

/** The chart payload; built only by the endpoint that serves it, src/pages/data/chart-[locale].json.ts. */
export function chartPayload(
  locale: Locale,
  totals: PeriodTotals,
  annual: Annual,
  pageSources?: readonly Source[],
): ClientPayload {
  return {
    locale,
    axisTitle: t(locale, "chart.axis"),
    views: { totals: totalsView(locale, totals, pageSources), annual: annualView(locale, annual, pageSources) },
  };
}

/** Where the browser fetches a language's chart payload (built by src/pages/data/chart-[locale].json.ts). */
export function chartPayloadPath(locale: Locale): string {
  return `/data/chart-${locale}.json`;
}

const instances = new WeakMap<object, number>();
/** A suffix that keeps table ids unique when a page holds more than one chart: "", "-2", "-3"… */
export function instanceSuffix(page: object): string {
  const n = (instances.get(page) ?? 0) + 1;
  instances.set(page, n);
  return n === 1 ? "" : `-${n}`;
}
