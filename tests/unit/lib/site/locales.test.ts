import { describe, expect, it } from "vitest";
import { otherLocale, splitEntryId } from "../../../../src/lib/site/locales";
import { pageRoutes, pagePath } from "../../../../src/lib/site/routes";

describe("pagePath", () => {
  it("puts English at the root and Japanese under /ja/", () => {
    expect(pagePath("en", "")).toBe("/");
    expect(pagePath("en", "funding")).toBe("/funding/");
    expect(pagePath("ja", "")).toBe("/ja/");
    expect(pagePath("ja", "funding")).toBe("/ja/funding/");
  });
});

describe("splitEntryId", () => {
  it("reads the language folder and the slug", () => {
    expect(splitEntryId("ja/funding")).toEqual({ locale: "ja", slug: "funding" });
    expect(splitEntryId("en/index")).toEqual({ locale: "en", slug: "" });
  });
  it("tells an editor to move a page that is outside a language folder", () => {
    expect(() => splitEntryId("funding")).toThrow(
      "content/pages/funding.mdx is not inside a language folder. Move it to content/pages/en/ or content/pages/ja/.",
    );
    expect(() => splitEntryId("fr/funding")).toThrow(/content\/pages\/en\//);
  });
});

describe("otherLocale", () => {
  it("swaps the two languages", () => {
    expect(otherLocale("en")).toBe("ja");
    expect(otherLocale("ja")).toBe("en");
  });
});

describe("pageRoutes", () => {
  it("links each page to its twin, or to the other language's home page when it has none", () => {
    const routes = pageRoutes(["en/index", "ja/index", "en/funding", "ja/funding", "en/membership"]);
    const funding = routes.find((r) => r.id === "ja/funding");
    expect(funding).toMatchObject({ locale: "ja", slug: "funding", path: "/ja/funding/" });
    expect(funding?.twins).toEqual({ en: "/funding/", ja: "/ja/funding/" });
    expect(routes.find((r) => r.id === "en/membership")?.twins).toEqual({ en: "/membership/", ja: "/ja/" });
  });
});
