import { describe, expect, it } from "vitest";
import { locate, parseJsonData } from "../../src/lib/json-data";

describe("parseJsonData", () => {
  it("parses valid JSON", () => {
    expect(parseJsonData('{"a": 1}', "x.json")).toEqual({ a: 1 });
  });

  it("names the file, line and column of a syntax error, with a fix", () => {
    const text = '{\n  "assessed": 177.8\n  "voluntary": 50.9\n}';
    expect(() => parseJsonData(text, "content/data/funding-totals.json")).toThrow(
      /^content\/data\/funding-totals\.json:3:3 is not valid JSON[\s\S]*line 3, column 3[\s\S]*missing comma/,
    );
  });

  it("points at the end of a truncated file", () => {
    expect(() => parseJsonData('{\n  "a": 1,\n', "f.json")).toThrow(/^f\.json:3:1 /);
  });
});

describe("locate", () => {
  it("turns an offset into a line and column", () => {
    expect(locate("ab\ncd", "Unexpected token at position 4")).toEqual({ line: 2, column: 2 });
    expect(locate("", "(line 7 column 9)")).toEqual({ line: 7, column: 9 });
    expect(locate("", "something else")).toBeUndefined();
  });
});
