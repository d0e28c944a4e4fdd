import { describe, expect, it } from "vitest";
import { pageSchema } from "../../../../../src/lib/data/schemas/page";
import { contentPages } from "../../../../support/content-pages";

const valid = {
  title: "Funding",
  description: "Japan's assessed and voluntary contributions to the ILO for 2018–22, with sources.",
  navOrder: 2,
  lastReviewed: "2026-11-28",
  sources: [
    {
      id: "ilo-donor-profile",
      title: "Japan - ILO Cooperation",
      publisher: "ILO",
      url: "https://www.ilo.org/pardev/donors/japan/lang--en/index.htm",
      published: "2023",
    },
  ],
};

/** The messages an editor would read for a frontmatter object, one "path: message" per issue. */
function messages(data: unknown): string[] {
  const result = pageSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("page frontmatter schema", () => {
  const pages = contentPages();

  it("finds the site's pages", () => {
    expect(pages.map((p) => p.id)).toContain("en/funding");
  });

  it.each(pages.map((p) => [p.file, p.frontmatter]))("accepts %s", (_file, frontmatter) => {
    expect(messages(frontmatter)).toEqual([]);
  });

  it("accepts unquoted YAML dates, which arrive as Date objects", () => {
    const parsed = pageSchema.parse({ ...valid, lastReviewed: new Date("2026-11-28") });
    expect(parsed.lastReviewed).toBe("2026-11-28");
  });

  it("explains a missing title with an example", () => {
    const { title: _omit, ...rest } = valid;
    expect(messages(rest)).toEqual(["title: Every page needs a title, for example: title: Funding"]);
  });

  it("explains a date in the wrong format", () => {
    expect(messages({ ...valid, lastReviewed: "28/11/2026" })).toEqual([
      "lastReviewed: lastReviewed must be a date written as YYYY-MM-DD, for example 2026-11-28.",
    ]);
    expect(messages({ ...valid, lastReviewed: "2026-02-30" })[0]).toMatch(/not a real calendar date/);
  });

  it("explains a navOrder of the wrong type", () => {
    expect(messages({ ...valid, navOrder: "second" })[0]).toMatch(/^navOrder: navOrder must be a whole number/);
  });

  it("explains a short description", () => {
    expect(messages({ ...valid, description: "Money." })[0]).toMatch(/shorter than 30 characters/);
  });

  it("requires each source to have a usable url and a date", () => {
    const source = valid.sources[0];
    expect(messages({ ...valid, sources: [{ ...source, url: "www.ilo.org" }] })[0]).toMatch(
      /^sources\.0\.url: .*starting with https:\/\//,
    );
    const { published: _p, ...undated } = { ...source };
    expect(messages({ ...valid, sources: [undated] })).toEqual([
      "sources.0.published: A source needs a date: add published: YYYY-MM-DD only if the source shows a publication date; otherwise accessed: YYYY-MM-DD (and asOf if it says what date it is current to).",
    ]);
  });

  it("refuses two sources with one id", () => {
    const source = valid.sources[0];
    expect(messages({ ...valid, sources: [source, source] })).toEqual([
      'sources.1.id: Two sources share the id "ilo-donor-profile". Give each source its own id.',
    ]);
  });
});
