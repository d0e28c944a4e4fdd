import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dist = join(import.meta.dirname, "..", "..", "dist");

/**
 * Every HTML page in dist/, as URL paths ("/", "/ja/funding/", "/404.html").
 * Read from the build, not a list, so a new page is tested without touching the tests.
 */
export function builtPages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => "/" + relative(dist, join(dist, f)).split(sep).join("/"))
    .map((p) => p.replace(/index\.html$/, ""))
    .sort();
}

/** The site's content pages: every built page but the 404s and the embed widgets. */
export function contentPaths(): string[] {
  return builtPages().filter((p) => !/404/.test(p) && !p.includes("/embed/"));
}
