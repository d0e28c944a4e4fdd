/**
 * Glossary links in the built pages (moved from tests/e2e/reference.spec.ts: reading dist/ needs no browser):
 * every link to a glossary entry, on any page, names an entry that exists in that glossary, with its <dfn>; and
 * a term links to the glossary only at its first mention on a page. That following such a link brings the entry
 * into view is checked in Chromium, in reference.spec.ts.
 */
import { expect, test } from "vitest";
import { distPages, readDist } from "../support/built-site.ts";
import { attr, parseHtml } from "../support/html.ts";

const pages = distPages().map((p) => ({ ...p, html: readDist(p.file) }));
const glossaryOf = (path: string) => {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`${path} is not among the built pages`);
  return parseHtml(page.html);
};
const glossaries = { "/glossary/": glossaryOf("/glossary/"), "/ja/glossary/": glossaryOf("/ja/glossary/") };

test("every glossary link on the site leads to an entry that exists, with its term", () => {
  const links = new Set<string>();
  for (const p of pages) {
    for (const m of p.html.matchAll(/href="((?:\/ja)?\/glossary\/#[a-z0-9-]+)"/g)) links.add(m[1] ?? "");
  }
  expect(links.size).toBeGreaterThan(10);
  for (const href of links) {
    const [path = "", id = ""] = href.split("#");
    const entries = glossaries[path as keyof typeof glossaries].querySelectorAll(`[id="${id}"]`);
    expect(entries, `${href} has no entry`).toHaveLength(1);
    expect(entries[0]?.querySelectorAll("dfn"), `${href} has no <dfn>`).toHaveLength(1);
  }
});

test("a term links to the glossary only at its first mention on a page", () => {
  const hrefs = parseHtml(pages.find((p) => p.path === "/membership/")?.html ?? "")
    .querySelectorAll("main a.term")
    .map((a) => attr(a, "href"));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(new Set(hrefs).size).toBe(hrefs.length);
});
