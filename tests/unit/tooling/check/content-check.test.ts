import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { checkPage } from "../../../../tooling/check/content-check";
import { formatProblem, formatReport } from "../../../../tooling/check/editor-problems";

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
