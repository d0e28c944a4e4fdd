import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonLineOf, sourceOfPage, yamlLineOf } from "../../../../tooling/check/locate";

describe("locating problems", () => {
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

  it("maps built pages to their MDX files", () => {
    expect(sourceOfPage("index.html")).toBe("content/pages/en/index.mdx");
    expect(sourceOfPage("ja/funding/index.html")).toBe("content/pages/ja/funding.mdx");
  });
});
