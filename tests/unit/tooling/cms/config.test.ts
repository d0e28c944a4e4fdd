/**
 * The visual editor's configuration follows what defines the content: every dataset of the registry but the
 * contributor table, every page field, every MDX component with its props. Expected values come from the
 * sources (registry, schemas, component list), not from the generator.
 */
import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { datasets } from "../../../../src/lib/data/registry.ts";
import { pageSchema } from "../../../../src/lib/data/schemas/page.ts";
import { mdxComponentNames } from "../../../../src/lib/mdx/component-names.ts";
import { cmsConfig, cmsEnvFrom, LOCAL_ONLY_REPO } from "../../../../tooling/cms/config.ts";
import { editorComponents } from "../../../../tooling/cms/components.ts";
import { adminCsp } from "../../../../tooling/cms/admin-headers.ts";

interface Collection {
  name: string;
  folder?: string;
  files?: { name: string; file: string; fields: { name: string }[] }[];
  fields?: { name: string; widget: string }[];
}
const collections = cmsConfig().collections as Collection[];
const keysOf = (schema: z.ZodType) =>
  Object.keys((z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as { properties: object }).properties);

describe("the visual editor's configuration", () => {
  it("edits every page field, in both languages, from content/pages/<locale>/", () => {
    const pages = collections.find((c) => c.name === "pages");
    expect(pages?.folder).toBe("content/pages");
    expect(cmsConfig().i18n).toEqual({ structure: "multiple_folders", locales: ["en", "ja"], default_locale: "en" });
    expect(pages?.fields?.map((f) => f.name).sort()).toEqual([...keysOf(pageSchema), "body"].sort());
  });

  it("has every dataset but the contributor table, with every field of its schema", () => {
    const files = collections.find((c) => c.name === "data")?.files ?? [];
    const expected = Object.values(datasets).filter((d) => d.file !== "content/data/funding-contributors.json");
    expect(files.map((f) => f.file).sort()).toEqual(expected.map((d) => d.file).sort());
    for (const d of expected) {
      const entry = files.find((f) => f.file === d.file);
      expect(entry?.fields.map((f) => f.name).sort(), d.file).toEqual(
        keysOf(d.schema)
          .filter((k) => k !== "id")
          .sort(),
      );
    }
  });

  it("edits only the Japanese names of governments in the contributor table, never its rows", () => {
    const names = collections.find((c) => c.name === "names");
    const file = names?.files?.[0];
    expect(file?.file).toBe(datasets.fundingContributors.file);
    expect(file?.fields.map((f) => f.name)).toEqual(["names"]);
    const otherCollections = collections.filter((c) => c.name !== "names");
    expect(JSON.stringify(otherCollections)).not.toContain(datasets.fundingContributors.file);
  });

  it("registers every MDX component, each with a field per prop", () => {
    const components = editorComponents();
    expect(components.map((c) => c.id).sort()).toEqual([...mdxComponentNames].sort());
    const fundingChart = components.find((c) => c.id === "FundingChart");
    expect(fundingChart?.attributes).toEqual(["view", "show"]);
    expect(fundingChart?.fields.find((f) => f.name === "view")?.options).toEqual(["totals", "annual", "donors"]);
    expect(components.find((c) => c.id === "Term")?.attributes).toEqual(["id"]);
    expect(components.find((c) => c.id === "KeyFigure")?.attributes).toEqual(["value", "data", "source", "href"]);
  });

  it("takes the GitHub repository from CMS_GITHUB_REPO, and offers local mode without it", () => {
    expect(cmsConfig(cmsEnvFrom({})).backend).toMatchObject({ name: "github", repo: LOCAL_ONLY_REPO });
    expect(cmsConfig(cmsEnvFrom({ CMS_GITHUB_REPO: "japan-ilo/site" })).backend).toMatchObject({
      name: "github",
      repo: "japan-ilo/site",
    });
    expect(() => cmsEnvFrom({ CMS_GITHUB_REPO: "https://github.com/japan-ilo/site" })).toThrow(/owner\/name/);
    expect(adminCsp({})).not.toContain("api.github.com");
    expect(adminCsp({ CMS_GITHUB_REPO: "japan-ilo/site" })).toContain(
      "connect-src 'self' data: https://api.github.com",
    );
  });
});
