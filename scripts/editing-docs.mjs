// `npm run docs:fields`: regenerates the field reference in docs/editing.md and the JSON Schemas in
// content/data/schema/ from the zod schemas. tests/unit/field-reference.test.ts fails when either is stale.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import prettier from "prettier";
import { runnerImport } from "vite";

const root = process.cwd();
const { module: ref } = await runnerImport(join(root, "src/lib/field-reference.ts"), {
  configFile: false,
  logLevel: "silent",
});
const guide = join(root, "docs/editing.md");
// Written as Prettier would write them, so `npm run lint` and the staleness test agree.
const pretty = async (path, text) => prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });
writeFileSync(guide, await pretty(guide, ref.withFieldReference(readFileSync(guide, "utf8"))));
for (const [path, text] of Object.entries(ref.jsonSchemaFiles())) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), await pretty(join(root, path), text));
}
console.log("Updated docs/editing.md and content/data/schema/.");
