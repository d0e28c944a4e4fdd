import { getCollection, type CollectionEntry } from "astro:content";
import { fundingData } from "../data/load-funding.ts";
import { splitEntryId, type Locale } from "../site/locales.ts";
import { conventionsData, glossaryData, timelineData } from "../data/load-reference.ts";
import { dataComponentSourceIds } from "../reference/reference.ts";
import type { Source } from "../data/schemas/sources.ts";
import { sourceIn, usesFundingData } from "./sources.ts";

/**
 * Every source a page shows in its list: the ids its frontmatter cites, then those of the data its
 * components show (funding figures, timeline, Conventions, glossary), each in the page's language from
 * content/data/sources.json. (Reads the content collections, so only Astro code calls it.)
 */
export async function pageSources(entry: CollectionEntry<"pages">): Promise<Source[]> {
  const { locale } = splitEntryId(entry.id);
  const ids: string[] = [...entry.data.sources];
  if (usesFundingData(entry.body)) {
    const { totals, annual, contributors } = await fundingData();
    ids.push(totals.source, annual.source, contributors.source);
  }
  const data = { timeline: await timelineData(), conventions: await conventionsData(), glossary: await glossaryData() };
  ids.push(...dataComponentSourceIds(entry.body, data));
  return [...new Set(ids)].map((id) => sourceIn(locale, id));
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
