// Build time against content size: copies the project to a temporary folder, adds N synthetic MDX pages
// and times `npm run build`. The real content/ is never touched.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { linkNodeModules } from "../../tests/support/link-modules.ts";
import { registryIds } from "../../src/lib/data/schemas/sources.ts";

const SKIP = new Set(["node_modules", "dist", ".git", ".astro", "bench", "test-results", "playwright-report"]);

export function timeBuild(cwd: string): number {
  const start = process.hrtime.bigint();
  try {
    execFileSync("npm", ["run", "build", "--silent"], {
      cwd,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    });
  } catch (error) {
    const e = error as { stderr?: unknown };
    // Say why: the build's own error output, not only "Command failed".
    throw new Error(`astro build failed in ${cwd}:\n${String(e.stderr ?? error).slice(-2000)}`, { cause: error });
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * A page that uses what real pages use: frontmatter citing a source by id (as every page must: the registry,
 * content/data/sources.json, is the one place a source is written), headings, a list and a citation.
 */
export function syntheticPage(i: number, sourceId = registryIds[0] ?? ""): string {
  return `---
title: Synthetic page ${i}
description: A generated page that measures how build time grows with content. It is never committed.
lastReviewed: 2026-11-28
sources:
  - ${sourceId}
---

Paragraph one of page ${i}, with a citation.<Cite id="${sourceId}" />

## Section

- Item one
- Item two
- Item three

${"A longer paragraph of plain text that fills the page like running prose does. ".repeat(8)}
`;
}

/** Seconds to build the project with `count` extra pages, in a fresh temporary copy. */
export function buildWithPages(root: string, count: number): number {
  const dir = mkdtempSync(join(tmpdir(), `bench-build-${count}-`));
  try {
    cpSync(root, dir, {
      recursive: true,
      filter: (src) => !SKIP.has(relative(root, src).split("/")[0] ?? ""),
    });
    linkNodeModules(root, dir);
    for (let i = 1; i <= count; i++) {
      writeFileSync(join(dir, "content/pages/en", `bench-${String(i).padStart(3, "0")}.mdx`), syntheticPage(i));
    }
    return timeBuild(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
