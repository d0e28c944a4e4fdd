import { formatDate } from "../site/format.ts";
import { t, type UiKey } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";
import type { Source, SourceLanguage } from "../data/schemas/common.ts";

/** Finds a source by id, or explains which file needs it declared and how. */
export function findSource(
  sources: readonly Source[],
  id: string,
  file: string,
  component: string,
): { source: Source; n: number } {
  const index = sources.findIndex((s) => s.id === id);
  const source = sources[index];
  if (!source) {
    const known = sources.map((s) => `"${s.id}"`).join(", ") || "none";
    throw new Error(
      `${file}: <${component}> cites the source "${id}", which this page does not declare.\n` +
        `  Declared sources: ${known}.\n` +
        `  Fix: use one of those ids, or add the source to the page's frontmatter:\n` +
        `  sources:\n    - id: ${id}\n      title: …\n      publisher: …\n      url: https://…\n      published: 2024-01-31`,
    );
  }
  return { source, n: index + 1 };
}

/** Pages whose MDX shows funding figures also list the datasets' sources, so every figure has its source on the page. */
export function usesFundingData(body: string | undefined): boolean {
  return /<(FundingChart\b|KeyFigure\b[^>]*\bdata=)/.test(body ?? "");
}

/**
 * A data file names its source once, in English. A Japanese page may declare the same source id with a
 * Japanese title and publisher; the page's version wins, so the table's source line reads in the page's language.
 */
export function pageVersionOf(source: Source, pageSources: readonly Source[] | undefined): Source {
  return pageSources?.find((s) => s.id === source.id) ?? source;
}

/** The date shown beside a source: its publication date, or when it was read, said as such. */
export function citedDate(locale: Locale, source: Source, fallback: string): string {
  if (source.published) return formatDate(locale, source.published);
  const accessed = t(locale, "sources.accessed", { date: formatDate(locale, source.accessed ?? fallback) });
  return source.asOf ? t(locale, "sources.asOf", { date: formatDate(locale, source.asOf), accessed }) : accessed;
}

/** The name of each source language, in the reader's language. */
const languageNames = {
  en: "sources.language.en",
  ja: "sources.language.ja",
  fr: "sources.language.fr",
} as const satisfies Record<SourceLanguage, UiKey>;

/** The words after a source's title in a list: publisher and date, and its language when not the page's. */
export function sourceNote(locale: Locale, source: Source): string {
  const date = source.published
    ? t(locale, "sources.published", { date: formatDate(locale, source.published) })
    : citedDate(locale, source, source.accessed ?? "");
  const language =
    (source.language ?? "en") !== locale
      ? t(locale, "sources.language", { language: t(locale, languageNames[source.language ?? "en"]) })
      : "";
  return t(locale, "sources.entry", { language, publisher: source.publisher, date });
}

/** The id of one place that cites a source: "cite-ilo-donor-profile-2" is the second. */
export function citeId(sourceId: string, k: number): string {
  return `cite-${sourceId}-${k}`;
}

/** "a", "b", … "z", "aa": the letters of Wikipedia-style back links ("^ a b"). */
export function backLetter(k: number): string {
  let n = k;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The next citation number (1, 2, …) of a source on the page being rendered. */
export function nextCitation(cited: Map<string, number>, sourceId: string): number {
  const k = (cited.get(sourceId) ?? 0) + 1;
  cited.set(sourceId, k);
  return k;
}
