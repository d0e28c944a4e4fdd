/**
 * Builds the Pagefind search index over the built site, after `astro build` and before precompression
 * (this integration is listed before precompress() in astro.config.mjs, so pagefind.js and its JSON
 * are precompressed like every other text file).
 *
 * Pagefind makes one index per language from each page's <html lang>: /search/ (lang="en") loads the
 * English index and /ja/search/ (lang="ja") the Japanese one, which Pagefind segments into words.
 * Only pages that mark their content with data-pagefind-body are indexed (ContentPage.astro does;
 * the 404 pages, the embed widgets and the search pages themselves do not), so nothing here lists pages.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { PAGEFIND_DIR } from "../../src/lib/site/routes.ts";

/** Pagefind's default, modular and component UIs and its highlighter: files the site never loads. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

export async function buildSearchIndex(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join("; ")}`);
    if (added.page_count === 0)
      throw new Error(`Pagefind found no page with data-pagefind-body in ${dir}; the search would find nothing.`);
    const written = await index.writeFiles({ outputPath: `${dir}${PAGEFIND_DIR.slice(1)}` });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    // Pagefind also writes its ready-made UIs. The site does not use them (they set inline styles, which
    // the CSP blocks; src/components/Search/ renders results itself), so they are not published.
    const bundle = join(dir, PAGEFIND_DIR);
    for (const f of readdirSync(bundle)) if (UNUSED.test(f)) rmSync(join(bundle, f));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const r = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `Pagefind: read ${r.pages} HTML files, indexed those with data-pagefind-body, into ${PAGEFIND_DIR}`,
        );
      },
    },
  };
}
