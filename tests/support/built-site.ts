/**
 * The one reader of the built site (dist/) for every test and gate: which pages exist, the URL each file is
 * served at, and what a page makes the browser download (its CSS, and its JS followed through static imports,
 * dynamic import() chunks and preload lists), with gzip and brotli sizes. Nothing else walks dist/ or follows
 * its JS, so a new page, language or chunk is counted everywhere the moment it is built.
 * Imports carry .ts so Node's type stripping can load this file too (the bench does).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { builtFileOfUrl, urlOfBuiltFile } from "../../src/lib/site/routes.ts";

export { builtFileOfUrl, urlOfBuiltFile };

export const DIST = join(import.meta.dirname, "..", "..", "dist");

/** Gzip at level 9 and brotli at maximum quality: what a well-configured server sends. */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}
export function brotliBytes(data: string | Buffer): number {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
    .length;
}

/** Every file under dist/, relative with "/" separators ("ja/funding/index.html"), optionally only those ending in `ext`. */
export function distFiles(ext?: string, dist = DIST): string[] {
  if (!existsSync(dist)) {
    throw new Error(
      `${dist} does not exist. Run \`npm run build\` before the tests that read it (npm test does it for you).`,
    );
  }
  return (readdirSync(dist, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(dist, join(d.parentPath, d.name)).split(sep).join("/"))
    .filter((f) => ext === undefined || f.endsWith(ext))
    .sort();
}

/** The text (or bytes) of a built file, by its dist-relative path. */
export function readDist(file: string, dist = DIST): string {
  return readFileSync(join(dist, file), "utf8");
}

export interface DistPage {
  /** URL path the server answers with this file, e.g. "/ja/funding/" or "/404.html". */
  path: string;
  /** Path of the file relative to dist/, e.g. "ja/funding/index.html". */
  file: string;
  /** Whether the sitemap lists this page. */
  inSitemap: boolean;
}

/** Paths listed in dist/sitemap-*.xml (the index is skipped: it only lists the other sitemaps). */
export function sitemapPaths(dist = DIST): string[] {
  const xml = distFiles(".xml", dist)
    .filter((f) => /(^|\/)sitemap-\d+\.xml$/.test(f))
    .map((f) => readDist(f, dist))
    .join("");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
}

/**
 * The visual editor (Sveltia CMS): not a page of the site but an app for editors, noindex, outside the
 * sitemap, with its own CSP and its own tests (tests/e2e/cms/, tests/unit/tooling/cms/).
 */
export const ADMIN_DIR = "admin/";

/**
 * Every page: the union of the sitemap and the HTML files on disk, because some pages are deliberately not in
 * the sitemap (404 pages, the embed widget). A sitemap entry with no file is an error. The editor is no page.
 */
export function distPages(dist = DIST): DistPage[] {
  const byPath = new Map<string, DistPage>();
  for (const file of distFiles(".html", dist)) {
    if (file.startsWith(ADMIN_DIR)) continue;
    byPath.set(urlOfBuiltFile(file), { path: urlOfBuiltFile(file), file, inSitemap: false });
  }
  for (const path of sitemapPaths(dist)) {
    const page = byPath.get(path);
    if (!page) throw new Error(`The sitemap lists ${path}, but dist/ has no HTML file for it.`);
    page.inSitemap = true;
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** Every built page's URL path ("/", "/ja/funding/", "/404.html"). */
export function builtPages(dist = DIST): string[] {
  return distPages(dist).map((p) => p.path);
}

/** The site's content pages: every built page but the 404s and the embed widgets. */
export function contentPaths(dist = DIST): string[] {
  return builtPages(dist).filter((p) => !/404/.test(p) && !p.includes("/embed/"));
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

/** The dist-relative file a URL used in `fromFile` points at, or null when it is external. */
function resolveUrl(url: string, fromFile: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith("data:")) return null;
  const clean = url.split(/[?#]/)[0] ?? "";
  const path = clean.startsWith("/") ? clean : posix.join(posix.dirname(`/${fromFile}`), clean);
  return posix.normalize(path).replace(/^\/+/, "");
}

/** Static imports only (`import"./x.js"`, `from"./x.js"`): what must arrive before a module can run. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`\s]+?\.m?js)["'`]/g;
/** Any quoted "*.js" specifier: static imports, `import("./x.js")`, and Vite's preload lists. */
const ANY_JS = /["'`]([^"'`\s]+?\.m?js)["'`]/g;

/**
 * Every .js file the `entries` import, found transitively (dist-relative): with import() as well by default,
 * or with `{ dynamic: false }` only what the entries import statically, which is what runs before they do.
 */
export function jsGraph(entries: readonly string[], from: string, dist = DIST, { dynamic = true } = {}): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    if (!existsSync(join(dist, file)))
      throw new Error(`${from} loads ${file}, which is not in dist/. Rebuild the site.`);
    seen.add(file);
    // Vite's preload lists name files relative to the site root ("_astro/x.js"). Only strings that name a
    // file in dist/ count.
    for (const m of readDist(file, dist).matchAll(dynamic ? ANY_JS : STATIC_IMPORT)) {
      const spec = m[1] ?? "";
      const tries = [resolveUrl(spec, file), spec.startsWith(".") ? null : resolveUrl(`/${spec}`, file)];
      const hit = tries.find((t): t is string => t !== null && existsSync(join(dist, t)));
      if (hit && !seen.has(hit)) queue.push(hit);
    }
  }
  return [...seen].sort();
}

export interface PageAssets {
  /** Stylesheets that block rendering (every <link rel=stylesheet> whose media is not print). */
  blockingCss: string[];
  /** Every CSS file the page links. */
  css: string[];
  /** Every JS file the page can load: script src, modulepreload and everything those import. */
  js: string[];
  /** The page's own <script src> files, in the order of the HTML. */
  scripts: string[];
  /** What the page's scripts need before they run: the script files and their static imports, not import(). */
  startupJs: string[];
  /** Inline <script> bodies that are code, not data (JSON, JSON-LD, import maps). A strict CSP forbids them. */
  inlineJs: string[];
}

const dataScriptTypes = new Set(["application/json", "application/ld+json", "importmap"]);

/** What a built page (dist-relative HTML file) makes the browser download, read from its HTML and its JS. */
export function pageAssets(file: string, dist = DIST): PageAssets {
  const html = readDist(file, dist);
  const links = tags(html, "link");
  const stylesheets = links.filter((l) => (l.rel ?? "").split(/\s+/).includes("stylesheet"));
  const resolveAll = (urls: string[]) =>
    [...new Set(urls.map((u) => resolveUrl(u, file)).filter((f): f is string => f !== null))].sort();
  const css = resolveAll(stylesheets.map((l) => l.href ?? ""));
  const blockingCss = resolveAll(stylesheets.filter((l) => l.media !== "print").map((l) => l.href ?? ""));
  const scriptSrcs = tags(html, "script")
    .filter((s) => s.src)
    .map((s) => s.src ?? "");
  const preloads = links.filter((l) => l.rel === "modulepreload").map((l) => l.href ?? "");
  const js = jsGraph(resolveAll([...scriptSrcs, ...preloads]), file, dist);
  const scripts = scriptSrcs.map((u) => resolveUrl(u, file)).filter((f): f is string => f !== null);
  const startupJs = jsGraph(resolveAll([...scriptSrcs, ...preloads]), file, dist, { dynamic: false });
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => {
      const attrs = m[1] ?? "";
      const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
      return !/\bsrc=/i.test(attrs) && !(type && dataScriptTypes.has(type));
    })
    .map((m) => m[2] ?? "");
  return { blockingCss, css, js, scripts, startupJs, inlineJs };
}

/** Summed compressed size of dist files, each compressed on its own as a server sends it. */
export function distBytes(files: readonly string[], measure: (b: Buffer) => number, dist = DIST): number {
  return files.reduce((n, f) => n + measure(readFileSync(join(dist, f))), 0);
}
