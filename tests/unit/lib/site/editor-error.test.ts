import { AstroError } from "astro/errors";
import { describe, expect, it } from "vitest";
import { EDITOR_ERROR, editorError, editorProblemsOf } from "../../../../src/lib/site/editor-error";

describe("editorError", () => {
  it("is an AstroError whose message says where and what, and whose hint gives the example", () => {
    const error = editorError({
      file: "content/pages/en/a.mdx",
      line: 4,
      field: "image",
      found: "![](/x.svg)",
      expected: "Every image needs alt text.",
      example: "![A chart](/x.svg)",
    });
    expect(error).toBeInstanceOf(AstroError);
    expect(error.name).toBe(EDITOR_ERROR);
    expect(error.message).toBe("content/pages/en/a.mdx:4 — image: Every image needs alt text.");
    expect(error.hint).toBe("Fix: ![A chart](/x.svg)");
  });

  it("lets a component's sentence name the component instead of repeating it", () => {
    const error = editorError({ file: "a.mdx", field: "<Term>", expected: '<Term id="x"> names no entry.' });
    expect(error.message).toBe('a.mdx: <Term id="x"> names no entry.');
    expect(error.hint).toBeUndefined();
  });

  it("carries its problems as data, one error for several", () => {
    const problems = [
      { file: "a.mdx", line: 1, column: 2, expected: "One." },
      { file: "a.mdx", line: 5, expected: "Two.", example: "2" },
    ];
    const error = editorError(problems);
    expect(error.message).toBe("a.mdx:1:2: One.\na.mdx:5: Two.");
    expect(editorProblemsOf(error)).toEqual(problems);
    // Astro prints the cause as JSON; what it prints is what the check reads.
    expect(JSON.parse(JSON.stringify(error.cause))).toEqual({ editorProblems: problems });
    expect(editorProblemsOf(new Error("plain"))).toBeUndefined();
  });
});
