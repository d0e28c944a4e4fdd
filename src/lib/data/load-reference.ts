import { getEntry } from "astro:content";
import { datasets } from "./registry.ts";

/**
 * The reference datasets (source registry, timeline, Conventions, glossary) from content/data/.
 * Like funding-data.ts, a missing file stops the build with one message naming it.
 * (Not pure: it reads the content collections, so only Astro code calls it.)
 */
const missing = (file: string) => new Error(`${file} is missing. Restore it from the repository.`);

export async function sourceRegistry() {
  const entry = await getEntry("sources", datasets.sources.id);
  if (!entry) throw missing(datasets.sources.file);
  return entry.data;
}

export async function timelineData() {
  const entry = await getEntry("timeline", datasets.timeline.id);
  if (!entry) throw missing(datasets.timeline.file);
  return entry.data;
}

export async function conventionsData() {
  const entry = await getEntry("conventions", datasets.conventions.id);
  if (!entry) throw missing(datasets.conventions.file);
  return entry.data;
}

export async function glossaryData() {
  const entry = await getEntry("glossary", datasets.glossary.id);
  if (!entry) throw missing(datasets.glossary.file);
  return entry.data;
}
