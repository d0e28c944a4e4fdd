import { formatDate } from "../site/format.ts";
import { t } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";
import { citedDate, sourceIn } from "../sources/sources.ts";
import type { ViewKey } from "./chart-keys.ts";
import { annualNoneNote, type Funding } from "./model.ts";

/**
 * The line under a funding table, and under its chart's PNG: a note where one is needed, what, who, when, the
 * link, the last year the figures cover, when they were checked, and whose terms apply. Split at the source's
 * address, which the page links and the PNG prints.
 */
export interface SourceLine {
  beforeUrl: string;
  url: string;
  afterUrl: string;
}

interface SourceLineInput {
  /** The id of the data's source in content/data/sources.json. */
  source: string;
  /** When the figures were last checked (the data file's asOf). */
  asOf: string;
  /** The last year the figures cover: "Data up to 2024." */
  dataTo: number;
  /** A sentence to put before the source, e.g. that two datasets differ. */
  note?: string;
  /** Whose terms of use apply to the figures, for data the site republishes (the UN CEB's). */
  terms?: string;
}

export function sourceLine(locale: Locale, o: SourceLineInput): SourceLine {
  const s = sourceIn(locale, o.source);
  const source = t(locale, "funding.source", {
    source: s.title,
    publisher: s.publisher,
    date: citedDate(locale, s, o.asOf),
  });
  const dataTo = t(locale, "chart.dataTo", { year: o.dataTo });
  const checked = t(locale, "funding.asOf", { date: formatDate(locale, o.asOf) });
  return {
    beforeUrl: o.note ? `${o.note} ${source}` : source,
    url: s.url,
    afterUrl: o.terms ? `${dataTo} ${checked} ${o.terms}` : `${dataTo} ${checked}`,
  };
}

/** The line as plain text, for the PNG. */
export function sourceLineText(line: SourceLine): string {
  return `${line.beforeUrl} ${line.url} ${line.afterUrl}`;
}

/** Each view's source line: the same under its table and on its PNG. */
export function viewSourceLines(locale: Locale, f: Funding): Record<ViewKey, SourceLine> {
  const terms = t(locale, "funding.terms.ceb");
  const annualNote = [t(locale, "funding.annual.differs"), annualNoneNote(locale, f.annualUsd)]
    .filter(Boolean)
    .join(locale === "ja" ? "" : " ");
  return {
    totals: sourceLine(locale, { source: f.totals.source, asOf: f.totals.asOf, dataTo: f.totals.period.end }),
    annual: sourceLine(locale, {
      source: f.annual.source,
      asOf: f.annual.asOf,
      dataTo: f.annualUsd.last,
      note: annualNote,
      terms,
    }),
    // The note that CEB sums differ from the ILO's is in the year-by-year view's line, beside the ILO totals.
    donors: sourceLine(locale, {
      source: f.contributors.source,
      asOf: f.contributors.asOf,
      dataTo: f.contributors.years.at(-1)?.year ?? 0,
      terms,
    }),
  };
}
