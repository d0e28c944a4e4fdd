// `npm run gen:docs`: regenerates the field reference in docs/editing.md and docs/editing.ja.md, and the JSON Schemas in
// content/data/schema/ from the zod schemas (tooling/docs/field-reference.ts, tooling/docs/json-schema.ts).
// tests/unit/tooling/docs/field-reference.test.ts and json-schema.test.ts fail when either is stale.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import prettier from "prettier";
import * as ref from "./field-reference.ts";
import * as schemas from "./json-schema.ts";

const root = process.cwd();
// The English and the Japanese guide share one generated field reference.
const guides = ["docs/editing.md", "docs/editing.ja.md"].map((g) => join(root, g));
// Written as Prettier would write them, so `npm run lint` and the staleness test agree.
const pretty = async (path: string, text: string) =>
  prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });
for (const guide of guides) {
  writeFileSync(guide, await pretty(guide, ref.withFieldReference(readFileSync(guide, "utf8"))));
}
mkdirSync(join(root, schemas.jsonSchemaDir), { recursive: true });
for (const name of Object.keys(schemas.jsonSchemaFiles)) {
  writeFileSync(join(root, schemas.jsonSchemaDir, name), schemas.jsonSchemaText(name));
}
console.log("Updated docs/editing.md, docs/editing.ja.md and content/data/schema/.");
