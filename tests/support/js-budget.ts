import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

/** Script types that are data, not code: allowed inline (the chart's payload, JSON-LD). */
const dataTypes = new Set(["application/json", "application/ld+json", "importmap"]);

export interface PageScripts {
  /** dist-relative paths of every JS file the page can load: its scripts and, transitively, their imports. */
  files: string[];
  /** Inline <script> bodies that are code (not data). A later CSP forbids them. */
  inline: string[];
}

/**
 * The JavaScript a built page loads, found from its HTML without a browser: <script src>, modulepreload
 * links, and any "….js" string in those files that names a file in dist/ (static and dynamic imports,
 * and Vite's preload lists), followed transitively. Lazy chunks count: the budget is for the whole page.
 */
export function pageScripts(dist: string, htmlFile: string): PageScripts {
  const html = readFileSync(join(dist, htmlFile), "utf8");
  const pagePath = "/" + posix.dirname(htmlFile.split("\\").join("/"));
  const queue: string[] = [];
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? "";
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src) queue.push(resolveUrl(pagePath, src));
    else if (!type || !dataTypes.has(type)) inline.push(m[2] ?? "");
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/gi)) {
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    if (href) queue.push(resolveUrl(pagePath, href));
  }
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const full = join(dist, file);
    if (!existsSync(full)) throw new Error(`${htmlFile} loads ${file}, which is not in ${dist}/. Rebuild the site.`);
    const code = readFileSync(full, "utf8");
    for (const s of code.matchAll(/["'`]([\w./-]+\.m?js)["'`]/g)) {
      const ref = s[1] as string;
      // Relative to the importing file, or to the site root (Vite's preload lists use "_astro/x.js").
      const tries = [posix.join(posix.dirname(file), ref), ref.replace(/^\/+/, "")];
      const hit = tries.find((c) => existsSync(join(dist, c)));
      if (hit) queue.push(hit);
    }
  }
  return { files: [...seen].sort(), inline };
}

function resolveUrl(pagePath: string, url: string): string {
  const path = url.startsWith("/") ? url : posix.join(pagePath, url);
  return posix.normalize(path).replace(/^\/+/, "").split(/[?#]/)[0] as string;
}

/** Gzipped size at level 9, the budget's measure (what a well-configured server sends). */
export function gzipBytes(dist: string, files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
}

/** Every .html file under dist/, dist-relative, with "/" separators. */
export function htmlFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .map((f) => f.split("\\").join("/"))
    .filter((f) => f.endsWith(".html"))
    .sort();
}
