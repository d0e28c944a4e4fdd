import { z } from "astro/zod";
import { datasetList, jsonSchemaDir } from "../../src/lib/data/registry.ts";

/**
 * The JSON Schemas that code editors use to check content/data/*.json while someone types.
 * They are generated from the zod schemas so the two can never disagree; refinements that JSON Schema
 * cannot express (contiguous years, a source date) are still enforced by zod when the site builds.
 */
export const jsonSchemaFiles: Record<string, () => z.ZodType> = Object.fromEntries(
  // `id` is left out (below, in jsonSchemaText): the content loader adds it, the editor does not write it.
  // zod's .omit() refuses schemas with refinements, which the reference datasets have.
  datasetList.map((d) => [d.jsonSchema, () => d.schema]),
);

export { jsonSchemaDir };

/**
 * A zod schema as JSON Schema, as much of it as the tooling reads: the field reference, the CMS's forms and the
 * check's examples all walk this one shape. Refinements JSON Schema cannot express become "any".
 */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  examples?: unknown[];
  /** A Japanese example, for messages about Japanese pages (`.meta({ jaExample })`). */
  jaExample?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  additionalProperties?: JsonSchema | boolean;
}

/** The schema's output side (what the build holds), or with `io: "input"` what an editor may write. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  return z.toJSONSchema(schema, { unrepresentable: "any", io }) as JsonSchema;
}

/** The text of one generated file. */
export function jsonSchemaText(name: string): string {
  const make = jsonSchemaFiles[name];
  if (!make) throw new Error(`No dataset in src/lib/data/registry.ts generates ${name}.`);
  const json = z.toJSONSchema(make(), {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as { properties?: Record<string, unknown>; required?: string[] };
  delete json.properties?.id;
  if (json.required) json.required = json.required.filter((r) => r !== "id");
  return JSON.stringify(json, null, 2) + "\n";
}
