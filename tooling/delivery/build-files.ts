/**
 * Files the build adds to dist/ after Astro wrote it, and the address it baked in:
 * - /embed.v1.<hash>.js: the parent script under its hashed, immutable name (the snippet pins it with SRI);
 * - /ja/404.html: the Japanese 404 where Cloudflare Pages looks for it (the nearest 404.html up the path),
 *   and where nginx's and Netlify's rules for /ja/ point;
 * - prints SITE, so a deployer sees which origin every absolute URL (canonical, sitemap, snippet) uses.
 * Runs before precompress, which then compresses these files too.
 */
import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { readEmbedScript } from "../../src/lib/embed/parent-script-hash.ts";
import { PLACEHOLDER_SITE } from "../../src/lib/site/site.ts";

export default function buildFiles(site: string): AstroIntegration {
  return {
    name: "build-files",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const script = readEmbedScript();
        writeFileSync(join(out, script.path), script.bytes);
        const ja404 = join(out, "ja/404/index.html");
        if (existsSync(ja404)) copyFileSync(ja404, join(out, "ja/404.html"));
        logger.info(`${script.path} written (${script.integrity})`);
        logger.info(
          site === PLACEHOLDER_SITE
            ? `absolute URLs use the placeholder ${site}: set SITE_URL=https://your.host for a public deployment`
            : `absolute URLs use SITE_URL ${site}`,
        );
      },
    },
  };
}
