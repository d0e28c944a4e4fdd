import { existsSync, readFileSync } from "node:fs";
import { editorError } from "../site/editor-error.ts";
import { jsonSyntaxProblem } from "./json-positions.ts";
import type { Dataset } from "./registry.ts";

/**
 * Why a dataset the content layer did not load is not there. Astro's loader skips a file that fails its
 * schema (with a log line `npm run dev` scrolls away), so "missing" would send the editor to restore the
 * file and lose the edit: this reads the file again and names the actual error.
 * @param purpose what the site makes from the file, e.g. "the funding figures are made from it"
 */
export function unavailableData(
  dataset: Pick<Dataset, "id" | "file" | "schema">,
  purpose: string,
  read: (file: string) => string | undefined = (f) => (existsSync(f) ? readFileSync(f, "utf8") : undefined),
): Error {
  const file = dataset.file;
  const text = read(file);
  if (text === undefined)
    return editorError({
      file,
      found: "no file",
      expected: `This file is missing: ${purpose}. Restore it from the repository.`,
    });
  const fix = "Fix it there and save; `npm run check` shows the line and an example.";
  const syntax = jsonSyntaxProblem(text);
  if (syntax) {
    return editorError({
      file,
      line: syntax.line,
      column: syntax.column,
      found: `text that is not valid JSON: ${syntax.reason}`,
      expected: `This is not valid JSON: ${syntax.reason}. ${syntax.fix} ${fix}`,
      example: syntax.example,
    });
  }
  const result = dataset.schema.safeParse({ ...(JSON.parse(text) as object), id: dataset.id });
  const issue = result.success ? undefined : result.error.issues[0];
  if (!issue)
    return editorError({
      file,
      expected: `This file could not be read: ${purpose}. Run \`npm run check\` to see why.`,
    });
  const field = issue.path.map(String).join(".");
  return editorError({ file, field: field || undefined, expected: `${issue.message} ${fix}` });
}
