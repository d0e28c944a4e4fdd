/**
 * HTML validity gate: html-validate over every built HTML file with the rules in .htmlvalidate.json
 * (html-validate:recommended). Zero errors and zero warnings.
 *
 * Rules relaxed, with reasons (JSON has no comments, so they are listed here):
 * - valid-id: relaxed (ids must still be non-empty and without spaces), because HTML5 allows ids that start with a
 *   digit and Astro derives heading ids from the heading text: the Japanese heading "2種類の拠出データ" gets the id
 *   "2種類の拠出データ". The site never uses these ids as CSS selectors, only as #fragments.
 * If you relax another rule in .htmlvalidate.json, add it here with the reason.
 */
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { expect, test } from "vitest";
import { DIST, distFiles } from "../support/built-site";

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
const files = distFiles(".html");

test("dist/ has HTML files to validate", () => {
  expect(files.length).toBeGreaterThan(0);
});

test.each(files)("%s is valid HTML", async (file) => {
  const report = await htmlvalidate.validateFile(join(DIST, file));
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.ruleUrl ?? ""})`),
  );
  expect(messages, `Fix these in the component or MDX that produces ${file}`).toEqual([]);
});
