import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PLACEHOLDER_SITE, siteOrigin } from "../../../../src/lib/site/site";

describe("SITE_URL", () => {
  it("falls back to the placeholder when unset or blank", () => {
    expect(siteOrigin(undefined)).toBe(PLACEHOLDER_SITE);
    expect(siteOrigin("  ")).toBe(PLACEHOLDER_SITE);
  });
  it("keeps only the origin of a deployer's address", () => {
    expect(siteOrigin("https://japan-ilo.org/")).toBe("https://japan-ilo.org");
    expect(siteOrigin("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
  });
  it("says how to fix an address it cannot use", () => {
    expect(() => siteOrigin("japan-ilo.org")).toThrow(/is not a URL\. Set it to the site's address, for example/);
    expect(() => siteOrigin("ftp://japan-ilo.org")).toThrow(/must start with https:\/\//);
    expect(() => siteOrigin("https://example.org/ilo/")).toThrow(
      /Use only the origin, for example https:\/\/example\.org/,
    );
  });
});

describe("one origin", () => {
  it("no runtime or tooling file types the site's address: every absolute URL derives from SITE", () => {
    const files = [
      ...readdirSync("src", { recursive: true, encoding: "utf8" }).map((f) => `src/${f}`),
      ...readdirSync("tooling", { recursive: true, encoding: "utf8" }).map((f) => `tooling/${f}`),
      "astro.config.mjs",
    ].filter((f) => /\.(ts|mjs|astro|json)$/.test(f) && f !== "src/lib/site/site.ts");
    expect(files.length).toBeGreaterThan(30);
    const host = new URL(PLACEHOLDER_SITE).host;
    const offenders = files.filter((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        // Doc comments may show an example address; code may not.
        .some((line) => line.includes(host) && !/^\s*(\/?\*|\/\/)/.test(line)),
    );
    expect(offenders).toEqual([]);
  });
});
