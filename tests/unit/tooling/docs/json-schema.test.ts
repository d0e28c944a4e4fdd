import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaDir, jsonSchemaFiles, jsonSchemaText } from "../../../../tooling/docs/json-schema";

const names = Object.keys(jsonSchemaFiles) as (keyof typeof jsonSchemaFiles)[];

describe("the JSON Schemas editors' code editors use", () => {
  it.each(names)("%s matches the zod schema", (name) => {
    const committed = readFileSync(`${jsonSchemaDir}/${name}`, "utf8");
    expect(
      committed === jsonSchemaText(name),
      `${jsonSchemaDir}/${name} is out of date with src/lib/data/schemas/funding.ts. Run \`npm run gen:docs\` and commit the result.`,
    ).toBe(true);
  });

  it.each(names)("%s allows $schema and does not require the loader's id", (name) => {
    const schema = JSON.parse(jsonSchemaText(name));
    expect(schema.properties.$schema).toBeDefined();
    expect(schema.properties.id).toBeUndefined();
    expect(schema.required).not.toContain("id");
  });

  it("each data file points its $schema at its generated schema", () => {
    const pairs = { "funding-totals": "period-totals.schema.json", "funding-contributors": "contributors.schema.json" };
    for (const [file, schema] of Object.entries(pairs)) {
      const data = JSON.parse(readFileSync(`content/data/${file}.json`, "utf8"));
      expect(data.$schema, `content/data/${file}.json`).toBe(`./schema/${schema}`);
    }
  });
});
