/**
 * The built editor (dist/admin/) holds the configuration the schemas give now: a build from before a schema,
 * dataset or component change fails here. And it ships Sveltia CMS from node_modules, pinned.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDist } from "../support/built-site.ts";
import { currentEnv, editorScript, sveltiaBundle } from "../../tooling/cms/admin-files.ts";

describe("dist/admin/", () => {
  it("has the configuration computed from the schemas now", () => {
    expect(readDist("admin/editor.js")).toBe(editorScript(currentEnv()));
  });

  it("serves the pinned Sveltia CMS, with no CDN address left in it", () => {
    const pinned = (JSON.parse(readFileSync("package.json", "utf8")) as { devDependencies: Record<string, string> })
      .devDependencies["@sveltia/cms"];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const bundle = readDist("admin/sveltia-cms.js");
    expect(bundle).toBe(sveltiaBundle());
    expect(bundle).not.toContain("cdn.jsdelivr.net");
    expect(bundle).not.toMatch(/`\$\{\w+\}@\$\{\w+\}\/locales`/);
  });
});
