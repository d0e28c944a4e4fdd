import { describe, expect, it } from "vitest";
import { pageSchema } from "../../../../../src/lib/data/schemas/page";
import { contentPages } from "../../../../support/content-pages";

const valid = {
  title: "Funding",
  description: "Japan's assessed and voluntary contributions to the ILO for 2018–22, with sources.",
  navOrder: 2,
  lastReviewed: "2026-11-28",
  sources: ["ilo-donor-profile"],
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

  it("takes sources as ids of content/data/sources.json, and says so when one is written out", () => {
    expect(messages({ ...valid, sources: ["no-such-source"] })[0]).toMatch(
      /^sources\.0: Each source "no-such-source" is not a source in content\/data\/sources\.json\. Use one of its ids/,
    );
    expect(messages({ ...valid, sources: [{ id: "ilo-donor-profile", title: "Japan - ILO Cooperation" }] })).toEqual([
      'sources.0: Each source is written out in full; cite it by its id only, for example "ilo-donor-profile". Its title, publisher, address and dates are written once, in content/data/sources.json.',
    ]);
  });

  it("refuses a source listed twice", () => {
    expect(messages({ ...valid, sources: ["ilo-donor-profile", "ilo-donor-profile"] })).toEqual([
      'sources.1: The source "ilo-donor-profile" is listed twice. List each source once.',
    ]);
  });
});
