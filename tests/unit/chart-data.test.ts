import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annualSchema, periodTotalsSchema } from "../../src/lib/schemas/funding";
import {
  annualView,
  chartPayload,
  chartPayloadPath,
  instanceSuffix,
  totalsView,
  wrapLabel,
} from "../../src/lib/chart-data";
import { isShow, isView } from "../../src/components/FundingChart/keys";
import { formatMoney } from "../../src/lib/format";

const load = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
const totals = periodTotalsSchema.parse({ ...load("funding-totals"), id: "funding-totals" });
const annual = annualSchema.parse({ ...load("funding-annual"), id: "funding-annual" });

// Expected texts written out here from the data, not by the functions under test: tenths of a million are added
// as integers, and the English period is "2018–22".
const million = (tenths: number) => `US$${(tenths / 10).toFixed(1)} million`;
const tenths = (millions: number) => Math.round(millions * 10);
const enPeriod = (start: number, end: number) => `${start}–${String(end).slice(2)}`;

describe("totalsView", () => {
  const view = totalsView("en", totals);
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
    expect(totals.unit).toBe("million");
    const total = million(tenths(totals.assessed) + tenths(totals.voluntary));
    expect(view.title).toBe(
      `Japan's contributions to the ILO, ${enPeriod(totals.period.start, totals.period.end)}: assessed and voluntary (${total})`,
    );
    expect(view.source).toContain(totals.source.url);
  });
  it("speaks Japanese on Japanese pages", () => {
    const ja = totalsView("ja", totals);
    expect(ja.categories).toEqual([["分担金"], ["任意拠出金"]]);
    expect(ja.series[1]?.display[1]).toBe(formatMoney("ja", totals.voluntary * 1e6, "short"));
  });
});

describe("annualView", () => {
  const view = annualView("en", annual);
  it("keeps one category per year and the UN CEB figures only", () => {
    expect(view.categories).toEqual(annual.years.map((r) => [String(r.year)]));
    expect(view.series[0]?.values).toEqual(annual.years.map((r) => r.assessed));
    expect(view.series[1]?.values).toEqual(annual.years.map((r) => r.voluntaryEarmarked));
    expect(view.series[1]?.label).toBe("Voluntary earmarked contributions");
  });
  it("names the dataset and says its totals differ from the ILO's", () => {
    const years = annual.years.map((r) => r.year);
    expect(view.title).toBe(
      `The ILO's revenue from Japan by year, ${enPeriod(Math.min(...years), Math.max(...years))} (UN CEB revenue data)`,
    );
    expect(view.source).toMatch(/^These UN CEB figures .* differ from the ILO donor profile's totals/);
    expect(view.source).toContain(annual.source.url);
  });
});

describe("chartPayload", () => {
  it("carries both views, never mixed", () => {
    const payload = chartPayload("en", totals, annual);
    expect(Object.keys(payload.views)).toEqual(["totals", "annual"]);
    expect(payload.views.totals.series.flatMap((s) => s.values)).not.toContain(annual.years[0]?.assessed);
  });
  it("sends the browser no summary (the canvas already carries it) and lives at /data/chart-<lang>.json", () => {
    const payload = chartPayload("ja", totals, annual);
    expect(Object.keys(payload.views.totals).sort()).toEqual(["categories", "series", "source", "title"]);
    expect(payload.axisTitle).toBe("米ドル");
    expect(chartPayloadPath("ja")).toBe("/data/chart-ja.json");
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
