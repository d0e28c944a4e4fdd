/**
 * The editor's format for the Japanese names of governments (tooling/cms/government-names.js, shipped to the
 * browser as it is): it reads `names` from the contributor file and, on save, rewrites only those lines.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Names {
  names: { government: string; ja: string; en?: string }[];
}
const { namesFromFile, namesToFile } = new Function(
  `${readFileSync("tooling/cms/government-names.js", "utf8")}; return { namesFromFile, namesToFile };`,
)() as { namesFromFile(text: string): Names; namesToFile(text: string, value: Names): string };
const file = readFileSync("content/data/funding-contributors.json", "utf8");
const data = JSON.parse(file) as { names: Record<string, { ja: string; en?: string }>; years: unknown };

describe("the government names format", () => {
  it("reads every name of the file, with its shorter English name where it has one", () => {
    const { names } = namesFromFile(file);
    expect(names.map((n) => n.government)).toEqual(Object.keys(data.names));
    expect(Object.fromEntries(names.map(({ government, ...n }) => [government, n]))).toEqual(data.names);
  });

  it("writes an unchanged list back byte for byte", () => {
    expect(namesToFile(file, namesFromFile(file))).toBe(file);
  });

  it("changes only the names: the contributor rows keep every byte", () => {
    const value = namesFromFile(file);
    value.names.push({ government: "Republic of Testland", ja: "テストランド" });
    const saved = namesToFile(file, value);
    const parsed = JSON.parse(saved) as typeof data;
    expect(parsed.names["Republic of Testland"]).toEqual({ ja: "テストランド" });
    expect(JSON.stringify({ ...parsed, names: data.names })).toBe(JSON.stringify(data));
    const rows = (text: string) => text.slice(text.indexOf('\n  "years"'));
    expect(rows(saved)).toBe(rows(file));
  });
});
