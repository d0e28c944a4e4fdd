import { describe, expect, it } from "vitest";
import { fieldName, formatProblem } from "../../../../tooling/check/problems";

describe("editor problems", () => {
  it("names fields the way people count", () => {
    expect(fieldName(["sources", 0, "url"])).toBe("sources[1].url");
  });

  it("prints where, what was found, what is expected and an example, continuing lines under their label", () => {
    const p = {
      file: "a.mdx",
      line: 3,
      field: "<X>",
      found: "<X>",
      expected: "Use <Note>.\nSecond line.",
      example: "<Note>\n  text\n</Note>",
    };
    expect(formatProblem(p)).toBe(
      [
        "✗ a.mdx, line 3 — <X>",
        "   Found:    <X>",
        "   Expected: Use <Note>.",
        "             Second line.",
        "   Example:  <Note>",
        "               text",
        "             </Note>",
      ].join("\n"),
    );
  });
});
