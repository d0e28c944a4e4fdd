import { getCollection, type CollectionEntry } from "astro:content";
import { fundingData } from "../data/load-funding.ts";
import { splitEntryId, type Locale } from "../site/locales.ts";
import { conventionsData, glossaryData, sourceRegistry, timelineData } from "../data/load-reference.ts";
import { dataComponentSourceIds, localSource } from "../reference/reference.ts";
import type { Source } from "../data/schemas/common.ts";
import { usesFundingData } from "./sources.ts";

/**
 * Every source a page shows in its list: the ones its frontmatter declares, then those of the data its
 * components show (funding figures, timeline, Conventions, glossary), in the page's language.
 * A data source that is in content/data/sources.json is shown in the registry's version for the page's
 * language, so a Japanese page never lists an English title without its Japanese gloss.
 * (Reads the content collections, so only Astro code calls it.)
 */
export async function pageSources(entry: CollectionEntry<"pages">): Promise<Source[]> {
  const { locale } = splitEntryId(entry.id);
  const registry = (await sourceRegistry()).sources;
  const out: Source[] = [...entry.data.sources];
  const add = (s: Source) => {
    if (!out.some((x) => x.id === s.id)) out.push(s);
  };
  const fromRegistry = (id: string) => {
    const r = registry.find((s) => s.id === id);
    return r && localSource(r, locale);
  };
  if (usesFundingData(entry.body)) {
    const { totals, annual } = await fundingData();
    for (const d of [totals, annual]) add(fromRegistry(d.source.id) ?? d.source);
  }
  const data = { timeline: await timelineData(), conventions: await conventionsData(), glossary: await glossaryData() };
  for (const id of dataComponentSourceIds(entry.body, data)) {
    const s = fromRegistry(id);
    // The schemas already reject an unknown id; this only guards a registry edited mid-build.
    if (!s) throw new Error(`content/data/sources.json has no source "${id}", which a data file cites.`);
    add(s);
  }
  return out;
}

/** The union of every page's sources in one language, for the Sources page: its own first, then the rest in page order. */
export async function allPageSources(locale: Locale, first: readonly Source[]): Promise<Source[]> {
  const entries = (await getCollection("pages")).filter((e) => splitEntryId(e.id).locale === locale);
  const out: Source[] = [...first];
  for (const e of entries.sort((a, b) => a.id.localeCompare(b.id))) {
    for (const s of await pageSources(e)) if (!out.some((x) => x.id === s.id)) out.push(s);
  }
  return out;
}
