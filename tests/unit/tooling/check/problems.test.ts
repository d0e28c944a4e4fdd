import { describe, expect, it } from "vitest";
import { fieldName, formatProblem, parseProblems } from "../../../../tooling/check/problems";

describe("editor problems", () => {
  it("names fields the way people count", () => {
    expect(fieldName(["sources", 0, "url"])).toBe("sources[1].url");
  });

  it("reads back what it prints", () => {
    const p = {
      file: "a.mdx",
      line: 3,
      field: "<X>",
      found: "<X>",
      expected: "Use <Note>.\nSecond line.",
      example: "<Note />",
    };
    expect(parseProblems(formatProblem(p))).toEqual([p]);
  });
});
