/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests index rows of the real data file; a missing row throws and fails the test, which is the point. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  change,
  japanAnnual,
  japanByYear,
  rankGovernments,
  rowTotal,
  shownNames,
  topGovernments,
} from "../../../../src/lib/funding/contributors";
import { latestRank, trendSentences } from "../../../../src/lib/funding/contributors-text";
import { contributorsSchema } from "../../../../src/lib/data/schemas/contributors";
import { annualTotals } from "../../../../src/lib/funding/model";

interface Row {
  name: string;
  [instrument: string]: number | string;
}
const contributors = JSON.parse(readFileSync("content/data/funding-contributors.json", "utf8")) as {
  years: { year: number; governments: Row[] }[];
};
const annual = japanAnnual(contributorsSchema.parse({ ...contributors, id: "funding-contributors" }));

/** The test's own arithmetic from the raw rows: every numeric field summed, sorted by hand. */
function independent(rows: Row[]) {
  const sum = (r: Row) => Object.values(r).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  const totals = rows.map((r) => [r.name, sum(r)] as const).sort((a, b) => b[1] - a[1]);
  const all = totals.reduce((s, [, v]) => s + v, 0);
  return { order: totals.map(([n]) => n), share: (name: string) => sum(rows.find((r) => r.name === name)!) / all };
}

describe("Japan's figures as checked by hand", () => {
  it("Japan's 2018–22 series, read from content/data/funding-contributors.json, is exactly the checked record", () => {
    // Typed by hand on purpose, from the UN CEB's revenue by government donor (un-ceb-revenue in
    // content/data/sources.json) as checked when the data was first entered: the independent record the data must match.
    const checked = [
      { year: 2018, assessed: 37656521.0, voluntaryEarmarked: 4708812.99 },
      { year: 2019, assessed: 37313148.94, voluntaryEarmarked: 5945007.68 },
      { year: 2020, assessed: 34739505.64, voluntaryEarmarked: 6005555.35 },
      { year: 2021, assessed: 38359023.78, voluntaryEarmarked: 7551438.17 },
      { year: 2022, assessed: 35933357.0, voluntaryEarmarked: 13370660.0 },
    ];
    const rows = annual.years.filter((r) => r.year >= 2018 && r.year <= 2022);
    expect(rows).toEqual(checked);
  });

  it("Japan's yearly series is Japan's row among the governments, year by year", () => {
    for (const y of contributors.years) {
      const { name: _name, ...japan } = y.governments.find((g) => g.name === "Japan")!;
      const { year: _year, ...series } = annual.years.find((r) => r.year === y.year)!;
      expect(series, String(y.year)).toEqual(japan);
    }
    expect(annual.years.map((r) => r.year)).toEqual(contributors.years.map((y) => y.year));
  });
});

describe("ranks and shares among governments", () => {
  it("orders every year's governments as an independent sum and sort does", () => {
    for (const y of contributors.years) {
      const mine = rankGovernments(y.governments);
      const theirs = independent(y.governments);
      expect(
        mine.slice(0, 15).map((g) => g.name),
        String(y.year),
      ).toEqual(theirs.order.slice(0, 15));
      for (const g of mine.slice(0, 15)) expect(g.share).toBeCloseTo(theirs.share(g.name), 10);
      expect(mine.reduce((s, g) => s + g.share, 0)).toBeCloseTo(1, 10);
    }
  });

  it("gives Japan the rank and share the independent computation gives, every year", () => {
    const japan = japanByYear(contributors.years);
    expect(japan.map((j) => j.year)).toEqual(contributors.years.map((y) => y.year));
    for (const [i, y] of contributors.years.entries()) {
      const theirs = independent(y.governments);
      expect(japan[i]!.rank, String(y.year)).toBe(theirs.order.indexOf("Japan") + 1);
      expect(japan[i]!.share).toBeCloseTo(theirs.share("Japan"), 10);
    }
  });

  it("gives equal totals the same rank", () => {
    const ranked = rankGovernments([
      { name: "B", assessed: 5 },
      { name: "A", assessed: 5 },
      { name: "C", assessed: 9 },
      { name: "D", assessed: 1 },
    ]);
    expect(ranked.map((g) => `${g.rank} ${g.name}`)).toEqual(["1 C", "2 A", "2 B", "4 D"]);
  });

  it("sums instruments exactly, negative adjustments included", () => {
    expect(rowTotal({ assessed: 0.1, voluntaryEarmarked: 0.2, other: -0.05 })).toBe(0.25);
  });

  it("lists the top ten, and shows Japan and every year's top ten", () => {
    const last = contributors.years.at(-1)!;
    expect(topGovernments(last.governments).map((g) => g.name)).toEqual(
      independent(last.governments).order.slice(0, 10),
    );
    const shown = shownNames(contributors.years);
    expect(shown).toContain("Japan");
    for (const y of contributors.years)
      for (const name of independent(y.governments).order.slice(0, 10)) expect(shown).toContain(name);
  });

  it("computes a change as a difference and a multiple", () => {
    expect(change(4, 10)).toEqual({ difference: 6, multiple: 2.5 });
  });
});

describe("the funding page's computed sentences", () => {
  const parsed = {
    contributors: contributorsSchema.parse({ ...contributors, id: "funding-contributors" }),
    annual: annualTotals(annual),
  };
  const base = 2018; // the ILO totals' first year, from content/data/funding-totals.json in the page
  const ranks = contributors.years.map((y) => ({
    year: y.year,
    rank: independent(y.governments).order.indexOf("Japan") + 1,
  }));
  const first = ranks[0]!;
  const last = ranks.at(-1)!;
  const second = ranks.filter((r) => r.rank === 2).map((r) => r.year);
  const earmarked = (year: number) => annual.years.find((r) => r.year === year)!.voluntaryEarmarked!;
  const suffix = (n: number) => (n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th");

  it("say Japan's first and latest rank, the years it ranked second and the earmarked multiple, in English", () => {
    const [ranksSentence, secondSentence, earmarkedSentence] = trendSentences(
      "en",
      parsed.contributors,
      parsed.annual,
      base,
    );
    expect(ranksSentence).toContain(
      `the ${first.rank}${suffix(first.rank)}-largest contributor to the ILO's revenue in ${first.year}`,
    );
    expect(ranksSentence).toContain(`the ${last.rank}${suffix(last.rank)}-largest in ${last.year}`);
    const list = second.length > 1 ? `${second.slice(0, -1).join(", ")} and ${second.at(-1)}` : String(second[0]);
    expect(secondSentence).toBe(`It ranked 2nd in ${list}.`);
    const multiple = (earmarked(last.year) / earmarked(base)).toFixed(1);
    expect(earmarkedSentence).toContain(`was ${multiple} times as large in ${last.year} as in ${base}`);
  });

  it("say the same in Japanese, with 第N位 and 年", () => {
    const [ranksSentence, secondSentence, earmarkedSentence] = trendSentences(
      "ja",
      parsed.contributors,
      parsed.annual,
      base,
    );
    expect(ranksSentence).toContain(`${first.year}年に第${first.rank}位、${last.year}年に第${last.rank}位`);
    const share = independent(contributors.years.at(-1)!.governments).share("Japan");
    // Japan is what is ranked, in the past tense, and the share is that year's ("同年").
    expect(ranksSentence).toContain(`日本の順位は${first.year}年に第${first.rank}位`);
    expect(ranksSentence).toContain(`同年には、政府からの収入の${(share * 100).toFixed(1)}％を日本が占めました。`);
    expect(secondSentence).toBe(`日本が第2位となったのは${second.map((y) => `${y}年`).join("、")}でした。`);
    expect(earmarkedSentence).toContain(`${base}年（`);
    expect(earmarkedSentence).toContain(`の${(earmarked(last.year) / earmarked(base)).toFixed(1)}倍でした。`);
  });

  it("gives the home page Japan's latest rank", () => {
    expect(latestRank("en", parsed.contributors)).toBe(`${last.rank}${suffix(last.rank)} in ${last.year}`);
    expect(latestRank("ja", parsed.contributors)).toBe(`${last.year}年 第${last.rank}位`);
  });
});
