/**
 * What a built page makes the browser download, read from its HTML and, for scripts, from the JS itself,
 * so the byte budgets follow static imports and dynamic import() chunks (Chart.js loaded on visibility counts).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { DIST } from "./dist";

export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

export function brotliBytes(data: string | Buffer): number {
  return brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;
}

/** Attributes of every `<tag …>` in the HTML, as lower-case name → value maps. */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "gi"))].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[(a[1] ?? "").toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? "";
    }
    return attrs;
  });
}

/** Absolute file in dist/ for a URL used on `pageFile`, or null when it is external or missing. */
function resolveUrl(url: string, fromFile: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith("data:")) return null;
  const clean = url.split(/[?#]/)[0] ?? "";
  const file = clean.startsWith("/") ? join(DIST, clean) : resolve(dirname(fromFile), clean);
  return existsSync(file) ? file : null;
}

const rel = (file: string) => relative(DIST, file).split(sep).join("/");

export interface PageAssets {
  /** Stylesheets that block rendering (every <link rel=stylesheet> whose media is not print). */
  blockingCss: string[];
  /** Every CSS file the page links. */
  css: string[];
  /** Every JS file the page can load: script src, modulepreload and everything those import. */
  js: string[];
  /** Inline <style> and executable inline <script> text (JSON-LD is data, not script). */
  inlineCss: string;
  inlineJs: string;
}

/** Every .js file `entry` imports, statically or with import(), found transitively. */
export function jsGraph(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    // Any quoted "*.js" specifier: `from"./x.js"`, `import("./x.js")`, and Vite's preload lists
    // ("_astro/x.js", relative to the site root). Only strings that name a file in dist/ count.
    for (const m of code.matchAll(/["'`]([^"'`\s]+?\.m?js)["'`]/g)) {
      const spec = m[1] ?? "";
      const found = resolveUrl(spec, file) ?? (spec.startsWith(".") ? null : resolveUrl(`/${spec}`, file));
      if (found && !seen.has(found)) queue.push(found);
    }
  }
  return [...seen];
}

export function pageAssets(pageFile: string): PageAssets {
  const html = readFileSync(pageFile, "utf8");
  const links = tags(html, "link");
  const stylesheets = links.filter((l) => (l.rel ?? "").split(/\s+/).includes("stylesheet"));
  const resolveAll = (urls: string[]) =>
    [...new Set(urls.map((u) => resolveUrl(u, pageFile)).filter((f): f is string => f !== null))].sort();
  const css = resolveAll(stylesheets.map((l) => l.href ?? ""));
  const blockingCss = resolveAll(stylesheets.filter((l) => l.media !== "print").map((l) => l.href ?? ""));
  const scriptSrcs = tags(html, "script")
    .filter((s) => s.src)
    .map((s) => s.src ?? "");
  const preloads = links.filter((l) => l.rel === "modulepreload").map((l) => l.href ?? "");
  const js = jsGraph(resolveAll([...scriptSrcs, ...preloads])).sort();
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join("\n");
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc=/.test(m[1] ?? "") && !/type=["']?application\/(ld\+)?json/i.test(m[1] ?? ""))
    .map((m) => m[2])
    .join("\n");
  return { blockingCss, css, js, inlineCss, inlineJs };
}

export { rel as distRelative };
