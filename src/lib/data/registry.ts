import type { z } from "astro/zod";
import { periodTotalsSchema } from "./schemas/funding.ts";
import { contributorsSchema } from "./schemas/contributors.ts";
import { conventionsSchema } from "./schemas/conventions.ts";
import { glossarySchema } from "./schemas/glossary.ts";
import { sourceRegistrySchema } from "./schemas/sources.ts";
import { timelineSchema } from "./schemas/timeline.ts";

/**
 * Every JSON dataset in content/data/, in one place: its collection name, entry id, file, zod schema,
 * generated JSON Schema and download name. The content config, `npm run check`, the JSON Schemas, the
 * field reference and the downloads all read this list, so adding a dataset is one entry here.
 * Imports carry .ts so the tooling can load this file with Node's own type stripping.
 */
export interface Dataset<S extends z.ZodObject = z.ZodObject> {
  /** The content entry id, also the file's base name and the download's name (/data/<id>.csv). */
  id: string;
  /** Path from the project root. */
  file: string;
  schema: S;
  /** File name of the generated JSON Schema in content/data/schema/ (the data file's "$schema"). */
  jsonSchema: string;
}

export const datasets = {
  fundingTotals: {
    id: "funding-totals",
    file: "content/data/funding-totals.json",
    schema: periodTotalsSchema,
    jsonSchema: "period-totals.schema.json",
  },
  fundingContributors: {
    id: "funding-contributors",
    file: "content/data/funding-contributors.json",
    schema: contributorsSchema,
    jsonSchema: "contributors.schema.json",
  },
  sources: {
    id: "sources",
    file: "content/data/sources.json",
    schema: sourceRegistrySchema,
    jsonSchema: "sources.schema.json",
  },
  timeline: {
    id: "timeline",
    file: "content/data/timeline.json",
    schema: timelineSchema,
    jsonSchema: "timeline.schema.json",
  },
  conventions: {
    id: "conventions",
    file: "content/data/conventions.json",
    schema: conventionsSchema,
    jsonSchema: "conventions.schema.json",
  },
  glossary: {
    id: "glossary",
    file: "content/data/glossary.json",
    schema: glossarySchema,
    jsonSchema: "glossary.schema.json",
  },
} as const satisfies Record<string, Dataset>;

export type DatasetName = keyof typeof datasets;

/** The registry as a list, for code that treats every dataset alike. */
export const datasetList: readonly Dataset[] = Object.values(datasets);

/** Where the generated JSON Schemas live, relative to the project root. */
export const jsonSchemaDir = "content/data/schema";
