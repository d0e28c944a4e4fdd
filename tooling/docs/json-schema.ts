import { z } from "astro/zod";
import { datasetList, jsonSchemaDir } from "../../src/lib/datasets";

/**
 * The JSON Schemas that code editors use to check content/data/*.json while someone types.
 * They are generated from the zod schemas so the two can never disagree; refinements that JSON Schema
 * cannot express (contiguous years, a source date) are still enforced by zod when the site builds.
 */
export const jsonSchemaFiles: Record<string, () => z.ZodType> = Object.fromEntries(
  datasetList.map((d) => [d.jsonSchema, () => d.schema]),
);

export { jsonSchemaDir };

/** The text of one generated file. */
export function jsonSchemaText(name: string): string {
  const make = jsonSchemaFiles[name];
  if (!make) throw new Error(`No dataset in src/lib/datasets.ts generates ${name}.`);
  const json = z.toJSONSchema(make(), {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  });
  // `id` is left out: the content loader adds it, the editor does not write it. (Removed here rather than with
  // zod's .omit(), which refuses schemas with cross-field refinements such as the contributors' Japanese names.)
  const { properties, required } = json as { properties?: Record<string, unknown>; required?: string[] };
  if (properties) delete properties.id;
  if (required) (json as { required?: string[] }).required = required.filter((k) => k !== "id");
  return JSON.stringify(json, null, 2) + "\n";
}
