import { editorError } from "../site/editor-error.ts";
import { formatDate } from "../site/format.ts";
import { t, type UiKey } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";
import type { SourceLanguage } from "../data/schemas/common.ts";
import {
  REGISTRY_FILE,
  registryFile,
  sourceRegistrySchema,
  type RegistrySource,
  type Source,
} from "../data/schemas/sources.ts";

let registry: Map<string, RegistrySource> | undefined;

/** The registry, read once: content/data/sources.json, checked by its schema. */
function registrySources(): Map<string, RegistrySource> {
  if (!registry) {
    const parsed = sourceRegistrySchema.safeParse({ ...(registryFile as object), id: "sources" });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw editorError({
        file: REGISTRY_FILE,
        field: issue?.path.join(".") || undefined,
        expected: `${issue?.message ?? "The registry does not follow its schema."}\nRun \`npm run check\`, which names the line and gives an example.`,
      });
    }
    registry = new Map(parsed.data.sources.map((s) => [s.id, s]));
  }
  return registry;
}

/**
 * A source in a language: its title and publisher in that language, its address and dates as written once
 * in content/data/sources.json. Every source line, list and citation on the site comes from here.
 */
export function sourceIn(locale: Locale, id: string): Source {
  const s = registrySources().get(id);
  // The schemas reject an unknown id before the build; this guards a registry edited while `npm run dev` runs.
  if (!s)
    throw editorError({
      file: REGISTRY_FILE,
      found: `no source "${id}"`,
      expected: `No source has the id "${id}". Add it to the registry, or cite one of its ids.`,
    });
  return {
    id: s.id,
    title: s.title[locale],
    publisher: s.publisher[locale],
    url: s.url,
    ...(s.language !== undefined && { language: s.language }),
    ...(s.published !== undefined && { published: s.published }),
    ...(s.accessed !== undefined && { accessed: s.accessed }),
    ...(s.asOf !== undefined && { asOf: s.asOf }),
  };
}

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
    throw editorError({
      file,
      field: `<${component}>`,
      found: `"${id}"`,
      expected:
        `<${component}> cites the source "${id}", which this page does not declare.\n` +
        `  Declared sources: ${known}.\n` +
        `  Use one of those ids, or add its id to the page's frontmatter (and the source to ${REGISTRY_FILE}, if it is not there yet).`,
      example: `sources:\n  - ${id}`,
    });
  }
  return { source, n: index + 1 };
}

/** Pages whose MDX shows funding figures also list the datasets' sources, so every figure has its source on the page. */
export function usesFundingData(body: string | undefined): boolean {
  return /<(FundingChart\b|KeyFigure\b[^>]*\bdata=)/.test(body ?? "");
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
