import { describe, expect, it } from "vitest";
import { JsonDataError, jsonSyntaxProblem, lineColumn, parseJsonData } from "../../../../src/lib/data/json-positions";

describe("parseJsonData", () => {
  it("parses valid JSON", () => {
    expect(parseJsonData('{"a": 1}', "x.json")).toEqual({ a: 1 });
  });

  it("names the file, line and column of a syntax error, with a fix", () => {
    const text = '{\n  "assessed": 177.8\n  "voluntary": 50.9\n}';
    expect(() => parseJsonData(text, "content/data/funding-totals.json")).toThrow(
      "content/data/funding-totals.json:3:3 is not valid JSON (a comma is missing).\n" +
        '  At line 3, column 3: Look there for a missing comma, an extra comma before } or ], or text without "quotes".\n' +
        '  Example of a valid line: "assessed": 177.8,',
    );
  });

  it("carries the position as fields, so nothing has to read it back from the message", () => {
    try {
      parseJsonData('{\n  "a": 1,\n', "f.json");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JsonDataError);
      expect((error as JsonDataError).file).toBe("f.json");
      // A truncated file breaks at its very end.
      expect((error as JsonDataError).problem).toMatchObject({ line: 3, column: 1 });
    }
  });
});

describe("jsonSyntaxProblem", () => {
  it("says in words what is wrong, for the mistakes editors make", () => {
    expect(jsonSyntaxProblem('{"a": 1,}')).toMatchObject({
      line: 1,
      column: 9,
      reason: 'a "name" in quotes was expected (is there a comma before } or ]?)',
      fix: 'Look there for a missing comma, an extra comma before } or ], or text without "quotes".',
    });
    expect(jsonSyntaxProblem("{\"a\": 'x'}")?.reason).toBe("this is not JSON (text must be in double quotes)");
    expect(jsonSyntaxProblem('{"a": 1} {}')?.reason).toBe("there is text after the end of the data");
    expect(jsonSyntaxProblem('{"a": 1}')).toBeUndefined();
  });
});

describe("thousands separators", () => {
  it("names the separators, not a missing comma, and shows the number without them", () => {
    const text = '{\n  "years": [\n    { "year": 2013, "assessed": 39,111,222 }\n  ]\n}';
    expect(jsonSyntaxProblem(text)).toEqual({
      line: 3,
      column: 36,
      reason: "the number 39,111,222 is written with thousands separators",
      fix: "Write amounts without separators: 39111222, not 39,111,222. JSON reads each comma as the end of a value.",
      example: '"assessed": 39111222,',
    });
    expect(jsonSyntaxProblem('{ "assessed": 1,234.5 }')?.example).toBe('"assessed": 1234.5,');
    // A real missing comma between two values keeps the general advice.
    expect(jsonSyntaxProblem('{ "a": 1 "b": 2 }')?.reason).toBe("a comma is missing");
  });
});

describe("lineColumn", () => {
  it("turns an offset into a line and column counted from 1", () => {
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn("ab", 0)).toEqual({ line: 1, column: 1 });
  });
});
