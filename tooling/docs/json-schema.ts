import { z } from "astro/zod";
import { annualSchema, periodTotalsSchema } from "../../src/lib/schemas/funding";

/**
 * The JSON Schemas that code editors use to check content/data/*.json while someone types.
 * They are generated from the zod schemas so the two can never disagree; refinements that JSON Schema
 * cannot express (contiguous years, a source date) are still enforced by zod when the site builds.
 */
export const jsonSchemaFiles = {
  // `id` is left out: the content loader adds it, the editor does not write it.
  "period-totals.schema.json": () => periodTotalsSchema.omit({ id: true }),
  "annual.schema.json": () => annualSchema.omit({ id: true }),
} as const;

/** Where the generated files live, relative to the project root. */
export const jsonSchemaDir = "content/data/schema";

/** The text of one generated file. */
export function jsonSchemaText(name: keyof typeof jsonSchemaFiles): string {
  const json = z.toJSONSchema(jsonSchemaFiles[name](), {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  });
  return JSON.stringify(json, null, 2) + "\n";
}
