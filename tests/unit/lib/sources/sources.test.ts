import { AstroError } from "astro/errors";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { citedDate, findSource, sourceIn, sourceNote, usesFundingData } from "../../../../src/lib/sources/sources";

const sources = [
  { id: "a", title: "A", publisher: "P", url: "https://a.example/", published: "2020" },
  { id: "b", title: "B", publisher: "P", url: "https://b.example/", accessed: "2026-11-28" },
];

describe("findSource", () => {
  it("numbers sources in the order the page declares them", () => {
    expect(findSource(sources, "b", "content/pages/en/x.mdx", "Cite")).toMatchObject({ n: 2, source: { title: "B" } });
  });
  it("names the file, the missing id, the known ids and the fix", () => {
    let thrown: unknown;
    try {
      findSource(sources, "c", "content/pages/en/x.mdx", "Cite");
    } catch (e) {
      thrown = e;
    }
    const err = thrown as AstroError;
    expect(err).toBeInstanceOf(AstroError);
    expect(err.message).toMatch(
      /^content\/pages\/en\/x\.mdx: <Cite> cites the source "c", which this page does not declare\.\n {2}Declared sources: "a", "b"\.\n {2}Use one of those ids, or add its id to the page's frontmatter/,
    );
    expect(err.hint).toBe("Fix: sources:\n  - c");
  });
});

describe("sourceIn", () => {
  const registry = JSON.parse(readFileSync("content/data/sources.json", "utf8")) as {
    sources: { id: string; title: { en: string; ja: string }; publisher: { en: string; ja: string }; url: string }[];
  };
  const first = registry.sources[0];
  it("gives a source's title and publisher in the reader's language, and its one address", () => {
    if (!first) throw new Error("content/data/sources.json has no sources");
    expect(sourceIn("en", first.id)).toMatchObject({
      id: first.id,
      title: first.title.en,
      publisher: first.publisher.en,
      url: first.url,
    });
    expect(sourceIn("ja", first.id)).toMatchObject({
      title: first.title.ja,
      publisher: first.publisher.ja,
      url: first.url,
    });
  });
  it("names the file to add an unknown id to", () => {
    expect(() => sourceIn("en", "no-such-source")).toThrow(
      'content/data/sources.json: No source has the id "no-such-source". Add it to the registry',
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

describe("sources that give only an as-of date, and sources in another language", () => {
  const list = {
    id: "l",
    title: "日本の批准条約",
    publisher: "ILO Office for Japan",
    url: "https://x.example/",
    accessed: "2026-11-28",
    asOf: "2022-07-20",
    language: "ja" as const,
  };
  it("shows the as-of date with the date it was read, never as a publication date", () => {
    expect(citedDate("en", list, "2026-01-01")).toBe("as of 20 July 2022, accessed 28 November 2026");
    expect(citedDate("ja", list, "2026-01-01")).toBe("2022年7月20日時点、2026年11月28日閲覧");
  });
  it("marks the language when it is not the page's, in both editions", () => {
    expect(sourceNote("en", list)).toBe(
      " (in Japanese). ILO Office for Japan, as of 20 July 2022, accessed 28 November 2026.",
    );
    expect(sourceNote("ja", { ...list, publisher: "ILO駐日事務所" })).toBe(
      "（ILO駐日事務所、2022年7月20日時点、2026年11月28日閲覧）",
    );
    expect(sourceNote("ja", { ...list, language: "fr", publisher: "ILO", published: "2022-07-19" })).toBe(
      "（フランス語、ILO、2022年7月19日公表）",
    );
  });
});
