// Regenerates content/data/schema/*.schema.json from the zod schemas: `npm run schema`.
// Run through jiti because the schemas are TypeScript that Node cannot import directly.
import { writeFileSync } from "node:fs";
import { jsonSchemaDir, jsonSchemaFiles, jsonSchemaText } from "../src/lib/json-schema";

for (const name of Object.keys(jsonSchemaFiles) as (keyof typeof jsonSchemaFiles)[]) {
  writeFileSync(`${jsonSchemaDir}/${name}`, jsonSchemaText(name));
  console.log(`wrote ${jsonSchemaDir}/${name}`);
}
