import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  checkDataFile,
  checkDictionaries,
  checkPage,
  checkPageFiles,
  checkTwins,
} from "../../../../tooling/check/content-check";
import { periodTotalsSchema } from "../../../../src/lib/data/schemas/funding";
import { formatProblem, formatReport } from "../../../../tooling/check/problems";

/** The value, or a failed test saying what was missing. */
function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`no ${what}`);
  return value;
}

const page = (fields: string) => `---\n${fields}\n---\n\nText.\n`;
const load = (t: string) => yaml.load(t);

describe("frontmatter problems", () => {
  it("gives a missing field the line it belongs before, the closing ---", () => {
    const text = page(
      "description: Japan's assessed and voluntary contributions to the ILO.\nlastReviewed: 2026-11-28",
    );
    const [p] = checkPage("content/pages/en/a.mdx", text, load);
    expect(formatProblem(present(p, "problem"))).toBe(
      [
        "✗ content/pages/en/a.mdx, line 4 — title",
        "   Found:    nothing: the field is missing",
        "   Expected: Every page needs a title, for example: title: Funding. Add it on its own line before the closing --- on line 4.",
        "   Example:  title: Funding",
      ].join("\n"),
    );
  });

  it("gives a Japanese page Japanese examples", () => {
    const [p] = checkPage("content/pages/ja/a.mdx", page("lastReviewed: 2026-11-28\ndescription: 短い"), load);
    expect(p?.example).toBe("title: 拠出");
    const [d] = checkPage("content/pages/ja/a.mdx", page("title: 拠出\nlastReviewed: 2026-11-28"), load);
    expect(d?.example).toMatch(/^description: .*[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(checkPage("content/pages/ja/a.mdx", "no frontmatter", load)[0]?.example).toContain("title: 拠出");
  });
});

describe("the report's last words", () => {
  const stage = (file: string) => ({
    name: "Page frontmatter",
    status: "failed" as const,
    problems: [{ file, expected: "x" }],
  });
  it("point a Japanese page's editor to the Japanese guide too", () => {
    expect(formatReport([stage("content/pages/ja/a.mdx")])).toContain("日本語のガイドは docs/editing.ja.md です。");
    expect(formatReport([stage("content/pages/en/a.mdx")])).not.toContain("docs/editing.ja.md");
  });
});

describe("content problems", () => {
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
