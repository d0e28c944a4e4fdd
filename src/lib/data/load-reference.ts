import { getEntry } from "astro:content";
import { datasets } from "./registry.ts";
import { unavailableData } from "./unavailable.ts";

/**
 * The reference datasets (timeline, Conventions, glossary) from content/data/. The source registry is read
 * by sourceIn (src/lib/sources/sources.ts), which every source line goes through.
 * Like load-funding.ts, a missing or invalid file stops the build with one message naming the error.
 * (Not pure: it reads the content collections, so only Astro code calls it.)
 */
const unavailable = (dataset: (typeof datasets)[keyof typeof datasets]) => unavailableData(dataset, "pages show it");

export async function timelineData() {
  const entry = await getEntry("timeline", datasets.timeline.id);
  if (!entry) throw unavailable(datasets.timeline);
  return entry.data;
}

export async function conventionsData() {
  const entry = await getEntry("conventions", datasets.conventions.id);
  if (!entry) throw unavailable(datasets.conventions);
  return entry.data;
}

export async function glossaryData() {
  const entry = await getEntry("glossary", datasets.glossary.id);
  if (!entry) throw unavailable(datasets.glossary);
  return entry.data;
}
