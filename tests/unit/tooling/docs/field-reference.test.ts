import { readFileSync } from "node:fs";
import prettier from "prettier";
import { describe, expect, it } from "vitest";
import { END, START, exampleText, fieldReference, withFieldReference } from "../../../../tooling/docs/field-reference";
import { pageSchema } from "../../../../src/lib/data/schemas/page";
import { mdxComponentNames } from "../../../../src/lib/mdx/component-names";
import { shows, views } from "../../../../src/lib/funding/chart-keys";
import { dataFigures } from "../../../../src/components/mdx/KeyFigure.props";

const pretty = async (path: string, text: string) =>
  prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });

describe("generated field reference", () => {
  it.each(["docs/editing.md", "docs/editing.ja.md"])(
    "%s is current: run `npm run gen:docs` if this fails",
    async (file) => {
      const guide = readFileSync(file, "utf8");
      expect(guide).toContain(START);
      expect(guide).toContain(END);
      expect(guide).toBe(await pretty(file, withFieldReference(guide)));
    },
  );

  it.each(["docs/editing.md", "docs/editing.ja.md"])(
    "%s covers every component, view, show mode and data= figure, and the visual editor",
    (file) => {
      const guide = readFileSync(file, "utf8");
      const missing = [
        ...mdxComponentNames.map((c) => `<${c}`),
        ...views.map((v) => `view="${v}"`),
        ...shows.map((v) => `show="${v}"`),
        ...dataFigures.map((d) => `"${d}"`),
        "visual-editor.md",
      ].filter((needle) => !guide.includes(needle));
      expect(missing).toEqual([]);
    },
  );

  it("lists every frontmatter field with its .describe() text", () => {
    const ref = fieldReference();
    for (const [name, field] of Object.entries(pageSchema.shape)) {
      expect(ref).toContain(`\`${name}\``);
      expect(ref).toContain(String(field.description).replace(/</g, "&lt;"));
    }
  });

  it("gives every field of every file a description and an example", () => {
    const empty = fieldReference()
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => line.split(" | ").map((cell) => cell.trim()))
      .filter(([, , description, example]) => !description || !example?.replace(/\|$/, "").trim())
      .map(([field]) => field);
    expect(empty).toEqual([]);
  });

  it("prints examples as the editor types them, never [object Object]", () => {
    expect(fieldReference()).not.toContain("[object Object]");
    expect(exampleText({ en: "Funding", ja: "拠出" }, true)).toBe('{"en":"Funding","ja":"拠出"}');
    expect(exampleText(["a", "b"], false)).toBe('["a","b"]');
    expect(exampleText("Funding", false)).toBe("Funding");
    expect(exampleText("Funding", true)).toBe('"Funding"');
  });
});
