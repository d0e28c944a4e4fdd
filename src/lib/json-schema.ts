import { z } from "astro/zod";
import { annualSchema, periodTotalsSchema } from "./schemas/funding";

/**
 * The JSON Schemas that code editors use to check content/data/*.json while someone types.
 * They are generated from the zod schemas so the two can never disagree; refinements that JSON Schema
 * cannot express (contiguous years, a source date) are still enforced by zod when the site builds.
 */
export const jsonSchemaFiles = {
  "period-totals.schema.json": periodTotalsSchema,
  "annual.schema.json": annualSchema,
} as const;

/** Where the generated files live, relative to the project root. */
export const jsonSchemaDir = "content/data/schema";

/** The text of one generated file: `id` is left out because the content loader adds it, not the editor. */
export function jsonSchemaText(name: keyof typeof jsonSchemaFiles): string {
  const schema = jsonSchemaFiles[name].omit({ id: true });
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
  return JSON.stringify(json, null, 2) + "\n";
}
