import { describe, expect, it } from "vitest";
import {
  fieldName,
  formatProblem,
  jsonLineOf,
  parseBuildOutput,
  parseProblems,
  sourceOfPage,
  yamlLineOf,
} from "../../../../tooling/check/editor-problems";
import {
  checkDataFile,
  checkDictionaries,
  checkPage,
  checkPageFiles,
  checkTwins,
} from "../../../../tooling/check/content-check";
import yaml from "js-yaml";
import { periodTotalsSchema } from "../../../../src/lib/data/schemas/funding";
import { readFileSync } from "node:fs";

describe("editor problems", () => {
  it("names fields the way people count", () => {
    expect(fieldName(["sources", 0, "url"])).toBe("sources[1].url");
  });

  it("finds the line of a nested field in YAML and JSON", () => {
    const yaml = "title: A\nsources:\n  - id: a\n    url: x\n  - id: b\n    url: y";
    expect(yamlLineOf(yaml, ["sources", 1, "url"], 2)).toBe(7);
    expect(yamlLineOf(yaml, ["sources", 1], 2)).toBe(6);
    // A folded value starts on the next line; the field is where its name is.
    expect(yamlLineOf("a: 1\ndescription: >\n  long\n  text\nb: 2", ["b"])).toBe(5);
    expect(yamlLineOf(yaml, ["nothing"], 2)).toBeUndefined();
    const json = readFileSync("content/data/funding-contributors.json", "utf8");
    const second = (JSON.parse(json) as { years: { year: number }[] }).years[1]?.year;
    const line = json.split("\n").findIndex((l) => l.includes(`"year": ${second}`)) + 1;
    expect(jsonLineOf(json, ["years", 1, "year"])).toBe(line);
    expect(jsonLineOf('{\n  "a": {\n    "b":\n      1\n  }\n}', ["a", "b"])).toBe(3);
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

  it("maps built pages to their MDX files", () => {
    expect(sourceOfPage("index.html")).toBe("content/pages/en/index.mdx");
    expect(sourceOfPage("ja/funding/index.html")).toBe("content/pages/ja/funding.mdx");
  });

  it("turns a render error from a component into a problem with file, line and fix", () => {
    const out =
      '[ERROR] [build] Caught error rendering /funding/: Error: content/pages/en/funding.mdx: <Cite> cites the source "zz", which this page does not declare.\ncontent/pages/en/funding.mdx: <Cite> cites the source "zz", which this page does not declare.\n  Declared sources: "a".\n  Fix: use one of those ids\n  Stack trace:';
    const [p] = parseBuildOutput(out, "/x", () => 'line one\nText.<Cite id="zz" />');
    expect(p).toMatchObject({
      file: "content/pages/en/funding.mdx",
      line: 2,
      field: "<Cite>",
      example: "use one of those ids",
    });
  });

  it("turns a component's AstroError into a problem whose example is its Fix hint, leaving Astro's own hints out", () => {
    // The shape astro build prints for a bad prop (src/lib/mdx/parse-props.ts), copied from a real run.
    const msg =
      'content/pages/en/funding.mdx: <FundingChart> view="bars" is not a view. Use view="totals" or view="annual".';
    const out = `[ERROR] [build] Caught error rendering /funding/: AstroUserError: ${msg}\n[AstroUserError] ${msg}\n  Hint:\n    Fix: <FundingChart view="annual" show="table" />\n  Stack trace:\n    at x`;
    const [p] = parseBuildOutput(out, "/x", () => 'a\nb\n<FundingChart view="bars" />');
    expect(p).toEqual({
      file: "content/pages/en/funding.mdx",
      line: 3,
      field: "<FundingChart>",
      found: '"bars"',
      expected: '<FundingChart> view="bars" is not a view. Use view="totals" or view="annual".',
      example: '<FundingChart view="annual" show="table" />',
    });
    const generic = out.replace("Fix: <FundingChart", "This issue often occurs when <FundingChart");
    expect(parseBuildOutput(generic, "/x", () => undefined)[0]?.example).toBeUndefined();
  });

  it("reports the line of a cross-field mistake in a data file and the value found", () => {
    const text = readFileSync("content/data/funding-totals.json", "utf8").replace(/"start": \d+/, '"start": 2030');
    const [p] = checkDataFile("t.json", text, periodTotalsSchema);
    expect(p?.field).toBe("period.end");
    expect(p?.line).toBe(text.split("\n").findIndex((l) => l.includes('"end"')) + 1);
  });

  it("reports a JSON syntax error with jsonc-parser's line and column and the fix, as fields", () => {
    const text = readFileSync("content/data/funding-totals.json", "utf8").replace(
      '"period-totals",',
      '"period-totals"',
    );
    const line = text.split("\n").findIndex((l) => l.includes('"currency"')) + 1;
    expect(checkDataFile("content/data/funding-totals.json", text, periodTotalsSchema)).toEqual([
      {
        file: "content/data/funding-totals.json",
        line,
        column: 3,
        found: "text that is not valid JSON: a comma is missing",
        expected: 'Look there for a missing comma, an extra comma before } or ], or text without "quotes".',
        example: '"assessed": 177.8,',
      },
    ]);
  });

  it("points a frontmatter mistake at its line in the file (the frontmatter starts on line 2)", () => {
    const page =
      "---\ntitle: A\ndescription: A page about the ILO and Japan, long enough.\nlastReviewed: yesterday\n---\nText";
    const [p] = checkPage("content/pages/en/a.mdx", page, (t) => yaml.load(t));
    expect(p).toMatchObject({ file: "content/pages/en/a.mdx", line: 4, field: "lastReviewed", found: '"yesterday"' });
  });

  it("names the file that lacks a UI string, the key and the other language's text", () => {
    expect(checkDictionaries({ "nav.menu": "Menu", a: "A" }, { a: "あ" })).toEqual([
      {
        file: "src/i18n/ja.json",
        field: "nav.menu",
        found: "nothing: the key is missing",
        expected: 'Every key in one dictionary must be in the other. The other file has "nav.menu": "Menu".',
        example: '"nav.menu": "…translation…",',
      },
    ]);
  });

  it("finds duplicate addresses and missing twins", () => {
    expect(checkPageFiles(["en/a.mdx", "en/a/index.mdx", "ja/a.mdx"]).map((p) => p.file)).toEqual([
      "content/pages/en/a/index.mdx",
    ]);
    expect(checkPageFiles(["en/A.mdx", "en/a.mdx"])).toHaveLength(1);
    expect(checkTwins(["en/a.mdx", "ja/b.mdx"]).map((p) => p.found)).toEqual([
      "no content/pages/ja/a.mdx",
      "no content/pages/en/b.mdx",
    ]);
  });
});
