import { readFileSync } from "node:fs";
import prettier from "prettier";
import { describe, expect, it } from "vitest";
import { END, START, fieldReference, withFieldReference } from "../../../../tooling/docs/field-reference";
import { pageSchema } from "../../../../src/lib/data/schemas/page";

const pretty = async (path: string, text: string) =>
  prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });

describe("generated field reference", () => {
  it("docs/editing.md is current: run `npm run gen:docs` if this fails", async () => {
    const guide = readFileSync("docs/editing.md", "utf8");
    expect(guide).toContain(START);
    expect(guide).toContain(END);
    expect(guide).toBe(await pretty("docs/editing.md", withFieldReference(guide)));
  });

  it("lists every frontmatter field with its .describe() text", () => {
    const ref = fieldReference();
    for (const [name, field] of Object.entries(pageSchema.shape)) {
      expect(ref).toContain(`\`${name}\``);
      expect(ref).toContain(String(field.description));
    }
  });
});
