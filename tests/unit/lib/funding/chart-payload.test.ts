import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { periodTotalsSchema } from "../../../../src/lib/data/schemas/funding";
import { contributorsSchema } from "../../../../src/lib/data/schemas/contributors";
import {
  annualView,
  chartPayload,
  clientPayload,
  donorsView,
  instanceSuffix,
  totalsView,
  wrapLabel,
} from "../../../../src/lib/funding/chart-payload";
import { isShow, isView } from "../../../../src/lib/funding/chart-keys";
import { annualSummary, fundingModel, totalsSummary, totalsTitle } from "../../../../src/lib/funding/model";
import { sourceLineText, viewSourceLines } from "../../../../src/lib/funding/source-line";
import { formatMoney } from "../../../../src/lib/site/format";
import { sourceIn } from "../../../../src/lib/sources/sources";
import { chartPayloadPath } from "../../../../src/lib/site/routes";

const load = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
const totals = periodTotalsSchema.parse({ ...load("funding-totals"), id: "funding-totals" });
const contributors = contributorsSchema.parse({ ...load("funding-contributors"), id: "funding-contributors" });
const funding = fundingModel(totals, contributors);
const { annual } = funding;

describe("totalsView", () => {
  const view = totalsView("en", funding);
  it("puts each kind in its own bar, in dollars, with nulls where the other kind's bar is", () => {
    expect(view.series.map((s) => s.key)).toEqual(["assessed", "voluntary"]);
    expect(view.series[0]?.values).toEqual([totals.assessed * 1e6, null]);
    expect(view.series[1]?.values).toEqual([null, totals.voluntary * 1e6]);
    expect(view.series[0]?.display).toEqual([formatMoney("en", totals.assessed * 1e6, "short"), null]);
  });
  it("labels the bars and titles the chart from the data", () => {
    expect(view.categories).toEqual([
      ["Assessed", "contributions"],
      ["Voluntary", "contributions"],
    ]);
    expect(view.title).toBe(totalsTitle("en", funding.totalsUsd));
    expect(view.title).toContain("assessed and voluntary");
    expect(view.summary).toBe(totalsSummary("en", funding.totalsUsd));
    expect(view.source).toContain(sourceIn("en", totals.source).url);
  });
  it("speaks Japanese on Japanese pages", () => {
    const ja = totalsView("ja", funding);
    expect(ja.categories).toEqual([["分担金"], ["任意拠出金"]]);
    expect(ja.series[1]?.display[1]).toBe(formatMoney("ja", totals.voluntary * 1e6, "short"));
  });
});

describe("annualView", () => {
  const view = annualView("en", funding);
  it("keeps one stack per year, the instruments the CEB records, and the UN CEB figures only", () => {
    expect(view.layout).toBe("stacked");
    expect(view.categories).toEqual(annual.years.map((r) => [String(r.year)]));
    expect(view.series[0]?.values).toEqual(annual.years.map((r) => r.assessed));
    expect(view.series[1]?.values).toEqual(annual.years.map((r) => r.voluntaryEarmarked));
    expect(view.series[1]?.label).toBe("Voluntary earmarked contributions");
    expect(view.stackLabels).toEqual(
      annual.years.map((r) => formatMoney("en", r.assessed + r.voluntaryEarmarked, "short")),
    );
  });
  it("marks the ILO totals' years", () => {
    const years = annual.years.map((r) => r.year);
    expect(view.band).toEqual({
      from: years.indexOf(totals.period.start),
      to: years.indexOf(totals.period.end),
      label: `${totals.period.start}–${String(totals.period.end).slice(2)}: years of the ILO totals`,
    });
  });
  it("names the dataset and says its totals differ from the ILO's", () => {
    expect(view.title).toContain("UN CEB revenue data");
    expect(view.summary).toBe(annualSummary("en", funding.annualUsd));
    expect(view.source).toMatch(/^These UN CEB figures .* differ from the ILO donor profile's totals/);
    expect(view.source).toContain(sourceIn("en", annual.source).url);
    expect(view.fileName).toBe(`japan-ilo-funding-annual-${annual.asOf}.png`);
  });
});

describe("donorsView", () => {
  const last = contributors.years.at(-1);
  if (!last) throw new Error("no years");
  // The test's own ranking: sum every amount of a row, sort, keep ten.
  const sum = (g: Record<string, unknown>) =>
    Object.values(g).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  const mine = [...last.governments].sort((a, b) => sum(b) - sum(a)).slice(0, 10);
  const view = donorsView("en", funding, last.year);
  it("draws the ten largest governments across, Japan in its own series", () => {
    expect(view.layout).toBe("horizontal");
    expect(view.categories.map((c) => c[0]?.replace(/^\d+\. /, ""))).toEqual(
      mine.map((g) => contributors.names[g.name]?.en ?? g.name),
    );
    const japan = mine.findIndex((g) => g.name === "Japan");
    expect(view.emphasis).toBe(japan);
    expect(view.series.find((s) => s.key === "japan")?.values[japan]).toBeCloseTo(sum(mine[japan] ?? {}), 2);
    expect(view.series.find((s) => s.key === "government")?.values[japan]).toBeNull();
  });
  it("puts Japan's rank and share in the title, and the year in the file name", () => {
    const all = last.governments.reduce((s, g) => s + sum(g), 0);
    const japan = mine.findIndex((g) => g.name === "Japan");
    const share = ((sum(mine[japan] ?? {}) / all) * 100).toFixed(1);
    expect(view.title).toContain(`Japan ${japan + 1}th, ${share}%`);
    expect(view.fileName).toBe(`japan-ilo-funding-donors-${last.year}-${contributors.asOf}.png`);
  });
  it("names governments in Japanese on Japanese pages", () => {
    const ja = donorsView("ja", funding, last.year);
    expect(ja.rows.map((r) => r.name)).toEqual(mine.map((g) => contributors.names[g.name]?.ja));
  });
});

describe("chartPayload", () => {
  it("carries every view, never mixed, and every year of the donors view", () => {
    const payload = chartPayload("en", funding);
    expect(Object.keys(payload.views)).toEqual(["totals", "annual", "donors"]);
    expect(payload.views.totals.series.flatMap((s) => s.values)).not.toContain(annual.years[0]?.assessed);
    expect(payload.donorYears.map((y) => y.year)).toEqual(contributors.years.map((y) => y.year));
    expect(payload.credit).toMatch(/^Japan and the ILO: https?:\/\/.+\/funding\/$/);
  });
  it("sends the browser each view less the summary the canvas already carries", () => {
    const client = clientPayload(chartPayload("ja", funding));
    expect(Object.keys(client.views.totals)).not.toContain("summary");
    expect(client.views.annual.series.map((s) => s.values)).toEqual(
      chartPayload("ja", funding).views.annual.series.map((s) => s.values),
    );
    expect(chartPayloadPath("ja")).toBe("/data/chart-ja.json");
  });
});

describe("source lines", () => {
  it("prints on each PNG the line under the view's table, with the last year the data covers", () => {
    for (const locale of ["en", "ja"] as const) {
      const payload = chartPayload(locale, funding);
      const lines = viewSourceLines(locale, funding);
      for (const view of ["totals", "annual", "donors"] as const) {
        expect(payload.views[view].source).toBe(sourceLineText(lines[view]));
        expect(lines[view].url).toBe(sourceIn(locale, funding[view === "donors" ? "contributors" : view].source).url);
      }
      for (const y of payload.donorYears) expect(y.source).toBe(sourceLineText(lines.donors));
    }
    const en = chartPayload("en", funding).views;
    expect(en.totals.source).toContain(`Data up to ${totals.period.end}.`);
    expect(en.annual.source).toContain(`Data up to ${contributors.years.at(-1)?.year}.`);
    expect(en.donors.source).toMatch(/Data up to \d{4}\. Figures checked .*\. The CEB's terms of use apply/);
    expect(chartPayload("ja", funding).views.totals.source).toContain(`${totals.period.end}年までのデータ。`);
  });
});

describe("helpers", () => {
  it("wraps long English labels at spaces and leaves short ones whole", () => {
    expect(wrapLabel("Voluntary earmarked contributions")).toEqual(["Voluntary", "earmarked", "contributions"]);
    expect(wrapLabel("Total 2018")).toEqual(["Total 2018"]);
    expect(wrapLabel("任意拠出金（使途指定）")).toEqual(["任意拠出金（使途指定）"]);
  });
  it("numbers second and later charts on the same page", () => {
    const page = {};
    expect([instanceSuffix(page), instanceSuffix(page), instanceSuffix({})]).toEqual(["", "-2", ""]);
  });
  it("recognises the views and modes the element accepts", () => {
    expect([isView("totals"), isView("annual"), isView("pie"), isShow("table"), isShow(null)]).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});
