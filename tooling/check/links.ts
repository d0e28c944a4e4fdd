/**
 * The internal link checker: pure, so it is unit-tested without a build.
 * tooling/check/check-links.ts feeds it the built site (dist/); `npm run check` and the quality gates use it.
 * It never fetches anything: external links are only listed, because the network may be closed
 * and a slow foreign server must not fail our build.
 */
import { urlOfBuiltFile } from "../../src/lib/site/routes.ts";

/** One built file: its path inside dist/ ("funding/index.html") and, for HTML, its text. */
export interface SiteFile {
  path: string;
  html?: string;
}

export interface LinkProblem {
  /** The built page the problem is on, as a dist/ path. */
  page: string;
  /** What the page contains (the href or src as written, or the <img> tag). */
  found: string;
  /** What is wrong and how to fix it, in words an editor can act on. */
  message: string;
  kind: "missing-page" | "missing-fragment" | "trailing-slash" | "missing-alt";
}

export interface LinkReport {
  problems: LinkProblem[];
  /** External links, listed for a person to review; never fetched. */
  external: { page: string; href: string }[];
  /** How many internal links (and image sources) were followed. */
  checked: number;
}

const BASE = "https://site.invalid";

/** Removes scripts, styles and comments, whose text can look like tags but is not markup. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (m, tag: string) =>
      // Keep the opening <script src=…> tag: its src must resolve too.
      tag.toLowerCase() === "script" ? (/^<script\b[^>]*>/i.exec(m)?.[0] ?? "") : "",
    );
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every start tag with its attributes (lower-case names; a bare attribute has the value ""). */
export function tags(html: string): { name: string; attrs: Record<string, string>; raw: string }[] {
  const found: { name: string; attrs: Record<string, string>; raw: string }[] = [];
  for (const m of markupOnly(html).matchAll(
    /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g,
  )) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? "").matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[(a[1] ?? "").toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? "");
    }
    found.push({ name: (m[1] ?? "").toLowerCase(), attrs, raw: m[0] });
  }
  return found;
}

/**
 * Checks every internal link, fragment and image in the built site.
 * @param files every file in dist/ (HTML files with their text)
 * @param origin the site's own origin (astro.config.mjs `site`): absolute links to it are internal too
 */
export function checkLinks(files: readonly SiteFile[], origin = BASE): LinkReport {
  const paths = new Set(files.map((f) => f.path));
  const ids = new Map<string, Set<string>>();
  const pages = files.filter((f) => f.html !== undefined);
  const parsed = new Map(pages.map((f) => [f.path, tags(f.html ?? "")]));
  for (const [path, list] of parsed) {
    const set = new Set<string>();
    for (const t of list) {
      if (t.attrs.id) set.add(t.attrs.id);
      if (t.name === "a" && t.attrs.name) set.add(t.attrs.name);
    }
    ids.set(path, set);
  }

  const report: LinkReport = { problems: [], external: [], checked: 0 };
  const siteOrigin = new URL(origin).origin;

  for (const page of pages) {
    const here = new URL(urlOfBuiltFile(page.path), siteOrigin);
    for (const tag of parsed.get(page.path) ?? []) {
      if (tag.name === "img" && !("alt" in tag.attrs)) {
        report.problems.push({
          page: page.path,
          found: tag.raw,
          kind: "missing-alt",
          message:
            'This image has no alt text. Describe what it shows, for example ![Bar chart of contributions by year](/chart.png), or write alt="" if it is only decoration.',
        });
      }
      const ref =
        tag.name === "a" || tag.name === "link" || tag.name === "area"
          ? tag.attrs.href
          : ["img", "script", "source", "iframe"].includes(tag.name)
            ? tag.attrs.src
            : undefined;
      if (ref === undefined || ref === "") continue;
      // rel=alternate/canonical links in <head> are absolute URLs on our own origin; they are checked like any other.
      let url: URL;
      try {
        url = new URL(ref, here);
      } catch {
        report.problems.push({
          page: page.path,
          found: ref,
          kind: "missing-page",
          message: `"${ref}" is not a valid address. Write a path such as /funding/ or a full address such as https://www.ilo.org/.`,
        });
        continue;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        if (url.protocol === "mailto:" || url.protocol === "tel:") report.external.push({ page: page.path, href: ref });
        continue;
      }
      if (url.origin !== siteOrigin) {
        report.external.push({ page: page.path, href: ref });
        continue;
      }
      report.checked++;
      const problem = resolve(url, page.path, paths, ids);
      if (problem) report.problems.push({ page: page.path, found: ref, ...problem });
    }
  }
  return report;
}

function resolve(
  url: URL,
  from: string,
  paths: Set<string>,
  ids: Map<string, Set<string>>,
): Pick<LinkProblem, "kind" | "message"> | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).replace(/^\//, "");
  } catch {
    path = url.pathname.replace(/^\//, "");
  }
  let target: string | undefined;
  if (path === "" || path.endsWith("/")) {
    target = paths.has(`${path}index.html`) ? `${path}index.html` : undefined;
  } else if (paths.has(path)) {
    target = path;
  } else if (paths.has(`${path}/index.html`)) {
    return {
      kind: "trailing-slash",
      message: `The link lacks its final slash. Write ${url.pathname}/ (every page address on this site ends with /).`,
    };
  }
  if (target === undefined) {
    return {
      kind: "missing-page",
      message: `No page or file exists at ${url.pathname}. Check the spelling, or link to an existing page such as /funding/.`,
    };
  }
  const fragment = url.hash.slice(1);
  if (fragment === "" || fragment === "top") return undefined;
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // A malformed escape cannot match any id; keep it as written so the message shows it.
  }
  if (ids.get(target)?.has(id)) return undefined;
  const where = target === from ? "this page" : urlOfBuiltFile(target);
  return {
    kind: "missing-fragment",
    message: `${where} has no element with id="${id}". Link to a heading that exists (headings get ids from their text, for example #the-figures) or remove #${id}.`,
  };
}
