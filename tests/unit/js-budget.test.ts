import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipBytes, htmlFiles, pageScripts } from "../support/js-budget";

// A tiny fake dist/ proves the budget test finds lazy chunks and inline code before it is trusted on the real one.
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), "budget-"));
  mkdirSync(join(dist, "_astro"));
  mkdirSync(join(dist, "chart"));
  const write = (f: string, s: string) => writeFileSync(join(dist, f), s);
  write("index.html", `<script type="application/ld+json">{"a":1}</script><p>no js</p>`);
  mkdirSync(join(dist, "inline"));
  write("inline/index.html", "");
  write(
    "chart/index.html",
    `<script type="application/json">{"x":1}</script><script type="module" src="/_astro/entry.js"></script>`,
  );
  write("_astro/entry.js", 'import("./lazy.js");const deps=["_astro/dep.js"];');
  write("_astro/lazy.js", 'import{a}from"./dep.js";console.log(a)');
  write("_astro/dep.js", "export const a=1;".repeat(50));
  write("_astro/unused.js", "never loaded");
  return dist;
}

describe("pageScripts", () => {
  it("follows a page's script through static, dynamic and preload references", () => {
    const dist = fakeDist();
    expect(pageScripts(dist, "chart/index.html")).toEqual({
      files: ["_astro/dep.js", "_astro/entry.js", "_astro/lazy.js"],
      inline: [],
    });
  });
  it("finds no JS on a page with only data scripts", () => {
    expect(pageScripts(fakeDist(), "index.html")).toEqual({ files: [], inline: [] });
  });
  it("reports inline code", () => {
    const dist = fakeDist();
    writeFileSync(join(dist, "index.html"), "<script>alert(1)</script>");
    expect(pageScripts(dist, "index.html").inline).toEqual(["alert(1)"]);
  });
  it("names a missing file and the fix", () => {
    const dist = fakeDist();
    writeFileSync(join(dist, "index.html"), '<script src="/_astro/gone.js"></script>');
    expect(() => pageScripts(dist, "index.html")).toThrow(/loads _astro\/gone.js, which is not in .*Rebuild the site/);
  });
});

describe("gzipBytes and htmlFiles", () => {
  it("sums gzip level 9 sizes and lists every page", () => {
    const dist = fakeDist();
    const expected = gzipSync("export const a=1;".repeat(50), { level: 9 }).length;
    expect(gzipBytes(dist, ["_astro/dep.js"])).toBe(expected);
    expect(htmlFiles(dist)).toEqual(["chart/index.html", "index.html", "inline/index.html"]);
  });
});
