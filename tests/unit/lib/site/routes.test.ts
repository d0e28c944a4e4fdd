import { describe, expect, it } from "vitest";
import { builtFileOfUrl, pageRoutes, routePath, urlOfBuiltFile } from "../../../../src/lib/site/routes";

describe("urlOfBuiltFile and builtFileOfUrl (the one mapping between dist/ and URLs)", () => {
  it("maps built files to their addresses and back", () => {
    const pairs = [
      ["index.html", "/"],
      ["ja/funding/index.html", "/ja/funding/"],
      ["404.html", "/404.html"],
      ["data/funding-totals.csv", "/data/funding-totals.csv"],
    ] as const;
    for (const [file, url] of pairs) {
      expect(urlOfBuiltFile(file)).toBe(url);
      expect(builtFileOfUrl(url)).toBe(file);
    }
    expect(urlOfBuiltFile("/funding/index.html")).toBe("/funding/");
  });
});

describe("pageRoutes", () => {
  const routes = pageRoutes(["en/index", "ja/index", "en/funding", "ja/funding", "en/404", "ja/404", "en/only"]);
  const byId = (id: string) => routes.find((r) => r.id === id);

  it("pairs each page with its twin in the other language", () => {
    expect(byId("ja/funding")).toMatchObject({ path: "/ja/funding/", twins: { en: "/funding/", ja: "/ja/funding/" } });
    expect(byId("en/index")?.twins).toEqual({ en: "/", ja: "/ja/" });
  });
  it("points the English 404 at /404.html, the file hosts serve", () => {
    expect(routePath("en", "404")).toBe("/404.html");
    expect(byId("ja/404")?.twins).toEqual({ en: "/404.html", ja: "/ja/404/" });
  });
  it("falls back to the home page in a language that lacks the page", () => {
    expect(byId("en/only")?.twins.ja).toBe("/ja/");
  });
});
