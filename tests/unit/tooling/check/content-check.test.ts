import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { checkJapanSeries, checkPage } from "../../../../tooling/check/content-check";
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

describe("Japan's figures in the two CEB files", () => {
  const annual = readFileSync("content/data/funding-annual.json", "utf8");
  const contributors = readFileSync("content/data/funding-contributors.json", "utf8");
  const lastYear = present((JSON.parse(annual) as { years: { year: number }[] }).years.at(-1), "year").year;

  it("agree in the repository", () => {
    expect(checkJapanSeries(annual, contributors)).toEqual([]);
  });

  it("a figure typed differently in one file names both lines", () => {
    const [whole, year, amount] = present(/\{ "year": (\d+), "assessed": ([\d.]+)/.exec(annual), "Japan row");
    const changed = annual.replace(whole, `{ "year": ${year}, "assessed": ${Number(amount) + 1}`);
    const [p, ...rest] = checkJapanSeries(changed, contributors);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      file: "content/data/funding-annual.json",
      line: changed.split("\n").findIndex((l) => l.includes(`"year": ${year}`)) + 1,
      field: "years[1].assessed",
      found: String(Number(amount) + 1),
      example: `"assessed": ${amount}`,
    });
    expect(p?.expected).toMatch(
      /^Japan's assessed for \d+ is [\d.]+ in content\/data\/funding-contributors\.json, line \d+\./,
    );
  });

  it("a year added to the contributors only names funding-annual.json, with the row to add", () => {
    const data = JSON.parse(contributors) as { years: { year: number }[] };
    data.years.push({ ...structuredClone(present(data.years.at(-1), "year")), year: lastYear + 1 });
    const [p, ...rest] = checkJapanSeries(annual, JSON.stringify(data, null, 2));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: "content/data/funding-annual.json", found: `no row for ${lastYear + 1}` });
    expect(p?.example).toMatch(new RegExp(`^\\{ "year": ${lastYear + 1}, "assessed": [\\d.]+`));
  });

  it("a year added to funding-annual.json only names the contributor file", () => {
    const data = JSON.parse(annual) as { years: { year: number }[] };
    data.years.push({ ...present(data.years.at(-1), "year"), year: lastYear + 1 });
    const [p, ...rest] = checkJapanSeries(JSON.stringify(data, null, 2), contributors);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: "content/data/funding-contributors.json", found: `no year ${lastYear + 1}` });
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
