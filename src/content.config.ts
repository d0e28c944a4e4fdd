import { readFileSync } from "node:fs";
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { pageSchema } from "./lib/data/schemas/page";
import { datasets, type Dataset } from "./lib/data/registry";
import { parseJsonData } from "./lib/data/json-positions";

/**
 * A data file holds one dataset, so its entry id is the file's name.
 * The syntax is checked before file() runs: file() would only log a parse error and carry on.
 */
function dataset<S extends Dataset["schema"]>({ file: path, id, schema }: Dataset<S>) {
  const loader = file(path, { parser: (text) => [{ ...(parseJsonData(text, path) as object), id }] });
  return defineCollection({
    loader: {
      ...loader,
      load: async (context: Parameters<typeof loader.load>[0]) => {
        parseJsonData(readFileSync(new URL(path, context.config.root), "utf8"), path);
        return loader.load(context);
      },
    },
    schema,
  });
}

export const collections = {
  pages: defineCollection({
    // The id keeps the whole path ("en/index"), so every id names its file and its language.
    loader: glob({
      base: "content/pages",
      pattern: "**/*.mdx",
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
    }),
    schema: pageSchema,
  }),
  // One collection per dataset in src/lib/data/registry.ts, under the registry's name.
  fundingTotals: dataset(datasets.fundingTotals),
  fundingContributors: dataset(datasets.fundingContributors),
  sources: dataset(datasets.sources),
  timeline: dataset(datasets.timeline),
  conventions: dataset(datasets.conventions),
  glossary: dataset(datasets.glossary),
};
