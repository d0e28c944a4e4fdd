import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { distBytes, distFiles, distPages, gzipBytes, pageAssets } from "../../support/built-site";

// A tiny fake dist/ proves the reader finds lazy chunks, CSS and inline code before the gates trust it on the real one.
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), "built-site-"));
  const write = (f: string, s: string) => {
    mkdirSync(join(dist, f, ".."), { recursive: true });
    writeFileSync(join(dist, f), s);
  };
  write("index.html", `<script type="application/ld+json">{"a":1}</script><p>no js</p>`);
  write("inline/index.html", "");
  write(
    "chart/index.html",
    `<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" media="print" href="../_astro/p.css">` +
      `<script type="application/json">{"x":1}</script><script type="module" src="/_astro/entry.js"></script>`,
  );
  write("_astro/entry.js", 'import("./lazy.js");const deps=["_astro/dep.js"];');
  write("_astro/lazy.js", 'import{a}from"./dep.js";console.log(a)');
  write("_astro/dep.js", "export const a=1;".repeat(50));
  write("_astro/unused.js", "never loaded");
  write("_astro/a.css", "p{}");
  write("_astro/p.css", "p{}");
  write("sitemap-0.xml", "<urlset><url><loc>https://example.org/chart/</loc></url></urlset>");
  return dist;
}

describe("pageAssets", () => {
  it("follows a page's script through static, dynamic and preload references, and lists its CSS", () => {
    expect(pageAssets("chart/index.html", fakeDist())).toEqual({
      js: ["_astro/dep.js", "_astro/entry.js", "_astro/lazy.js"],
      css: ["_astro/a.css", "_astro/p.css"],
      blockingCss: ["_astro/a.css"],
      scripts: ["_astro/entry.js"],
      // import() and a preload list wait; only static imports are needed before the script runs.
      startupJs: ["_astro/entry.js"],
      inlineJs: [],
    });
  });
  it("counts a script's static imports, transitively, as what it needs to start", () => {
    const dist = fakeDist();
    writeFileSync(join(dist, "index.html"), '<script type="module" src="/_astro/lazy.js"></script>');
    expect(pageAssets("index.html", dist).startupJs).toEqual(["_astro/dep.js", "_astro/lazy.js"]);
  });
  it("finds no JS on a page with only data scripts", () => {
    expect(pageAssets("index.html", fakeDist())).toMatchObject({ js: [], inlineJs: [] });
  });
  it("reports inline code", () => {
    const dist = fakeDist();
    writeFileSync(join(dist, "index.html"), "<script>alert(1)</script>");
    expect(pageAssets("index.html", dist).inlineJs).toEqual(["alert(1)"]);
  });
  it("names a missing file and the fix", () => {
    const dist = fakeDist();
    writeFileSync(join(dist, "index.html"), '<script src="/_astro/gone.js"></script>');
    expect(() => pageAssets("index.html", dist)).toThrow(
      "index.html loads _astro/gone.js, which is not in dist/. Rebuild the site.",
    );
  });
});

describe("distFiles, distPages and distBytes", () => {
  it("lists every page with its URL and whether the sitemap has it, and sums gzip level 9 sizes", () => {
    const dist = fakeDist();
    expect(distFiles(".html", dist)).toEqual(["chart/index.html", "index.html", "inline/index.html"]);
    expect(distPages(dist)).toEqual([
      { path: "/", file: "index.html", inSitemap: false },
      { path: "/chart/", file: "chart/index.html", inSitemap: true },
      { path: "/inline/", file: "inline/index.html", inSitemap: false },
    ]);
    const expected = gzipSync("export const a=1;".repeat(50), { level: 9 }).length;
    expect(distBytes(["_astro/dep.js"], gzipBytes, dist)).toBe(expected);
  });
  it("fails when the sitemap lists a page that was not built", () => {
    const dist = fakeDist();
    writeFileSync(join(dist, "sitemap-0.xml"), "<loc>https://example.org/gone/</loc>");
    expect(() => distPages(dist)).toThrow("The sitemap lists /gone/, but dist/ has no HTML file for it.");
  });
});
