/**
 * Finds the built pages in dist/ for the quality gates (axe, html-validate, byte budgets).
 * Pages come from the sitemap AND from walking dist/**\/*.html, because some pages are deliberately
 * not in the sitemap (404 pages, the embed widget). No gate keeps its own list of pages, so a new page
 * or a new language is checked the moment it is built.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const DIST = join(import.meta.dirname, "..", "..", "dist");

export interface DistPage {
  /** URL path the server answers with this file, e.g. "/ja/funding/" or "/404.html". */
  path: string;
  /** Path of the file relative to dist/, with forward slashes, e.g. "ja/funding/index.html". */
  file: string;
  /** Whether the sitemap lists this page. */
  inSitemap: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Every file under dist/ (absolute paths), optionally only those ending in `ext`. */
export function distFiles(ext?: string): string[] {
  if (!existsSync(DIST)) {
    throw new Error("dist/ does not exist. Run `npm run build` before the dist gates (npm test does it for you).");
  }
  return walk(DIST)
    .filter((f) => ext === undefined || f.endsWith(ext))
    .sort();
}

/** "funding/index.html" → "/funding/", "404.html" → "/404.html". */
export function fileToPath(file: string): string {
  const posix = file.split(sep).join("/");
  return posix === "index.html"
    ? "/"
    : posix.endsWith("/index.html")
      ? `/${posix.slice(0, -"index.html".length)}`
      : `/${posix}`;
}

/** Paths listed in dist/sitemap-*.xml (the index is skipped: it only lists the other sitemaps). */
export function sitemapPaths(): string[] {
  const xml = distFiles(".xml")
    .filter((f) => /sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(f, "utf8"))
    .join("");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
}

/** Every page: the union of the sitemap and the HTML files on disk. A sitemap entry with no file is an error. */
export function distPages(): DistPage[] {
  const byPath = new Map<string, DistPage>();
  for (const abs of distFiles(".html")) {
    const file = relative(DIST, abs).split(sep).join("/");
    byPath.set(fileToPath(file), { path: fileToPath(file), file, inSitemap: false });
  }
  for (const path of sitemapPaths()) {
    const page = byPath.get(path);
    if (!page) throw new Error(`The sitemap lists ${path}, but dist/ has no HTML file for it.`);
    page.inSitemap = true;
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}
