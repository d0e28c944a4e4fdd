import { describe, expect, it } from "vitest";
import { citedDate, findSource, usesFundingData } from "../../src/lib/sources";

const sources = [
  { id: "a", title: "A", publisher: "P", url: "https://a.example/", published: "2020" },
  { id: "b", title: "B", publisher: "P", url: "https://b.example/", accessed: "2026-11-28" },
];

describe("findSource", () => {
  it("numbers sources in the order the page declares them", () => {
    expect(findSource(sources, "b", "content/pages/en/x.mdx", "Cite")).toMatchObject({ n: 2, source: { title: "B" } });
  });
  it("names the file, the missing id, the known ids and the fix", () => {
    expect(() => findSource(sources, "c", "content/pages/en/x.mdx", "Cite")).toThrow(
      /^content\/pages\/en\/x\.mdx: <Cite> cites the source "c", which this page does not declare\.\n {2}Declared sources: "a", "b"\.[\s\S]*- id: c/,
    );
  });
});

describe("usesFundingData", () => {
  it("spots the chart and data-driven key figures only", () => {
    expect(usesFundingData("text <FundingChart />")).toBe(true);
    expect(usesFundingData('<KeyFigure data="total">x</KeyFigure>')).toBe(true);
    expect(usesFundingData('<KeyFigure value="1919" source="a">x</KeyFigure>')).toBe(false);
    expect(usesFundingData(undefined)).toBe(false);
  });
});

describe("citedDate", () => {
  it("gives the publication date, or says when the source was read", () => {
    const [published, accessed] = sources;
    expect(citedDate("en", published, "2026-01-01")).toBe("2020");
    expect(citedDate("en", accessed, "2026-01-01")).toBe("accessed 28 November 2026");
    expect(citedDate("ja", accessed, "2026-01-01")).toBe("2026年11月28日閲覧");
  });
});
