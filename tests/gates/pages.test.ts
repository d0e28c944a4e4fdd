/**
 * What every built page says about itself in its HTML: one h1, a title and description, its canonical address,
 * a share image (a real PNG of the size it declares) and, on pages people cite, "how to cite". Read from dist/
 * without a browser (moved from tests/e2e/site.spec.ts and cite-share.spec.ts); that nginx serves each file,
 * the PNGs as image/png, is checked for every built file in tests/hosts/nginx.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { allDictionaries } from "../../src/lib/site/i18n";
import { fullTitle, OG_HEIGHT, OG_WIDTH } from "../../src/lib/share/og";
import { contentPaths, DIST, distPages, readDist } from "../support/built-site.ts";
import { attr, parseHtml, text } from "../support/html.ts";

const pages = distPages().map((p) => ({ ...p, doc: parseHtml(readDist(p.file)) }));
const pageAt = (path: string) => {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`${path} is not among the built pages`);
  return page.doc;
};
const localeOf = (path: string) => (path.startsWith("/ja/") ? "ja" : "en");
const siteName = (path: string) => allDictionaries[localeOf(path)]["site.name"];
/** document.title: the <title>'s text with whitespace collapsed. */
const title = (path: string) => text(pageAt(path).querySelector("title")).replace(/\s+/g, " ").trim();
const meta = (path: string, property: string) =>
  attr(pageAt(path).querySelector(`meta[property="${property}"]`), "content");

/** Width and height of a PNG, read from its IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((x, i) => b[i] === x) || b.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const content = contentPaths();
/** Pages that people cite and share: all but the 404s and the embed widgets (which have no site chrome). */
const citable = pages.map((p) => p.path).filter((p) => !/404/.test(p) && !p.includes("/embed/"));

test("the build has the expected sections, a 404 page and pages to cite", () => {
  for (const path of ["/", "/membership/", "/history/", "/funding/", "/priorities/", "/glossary/", "/sources/"])
    expect(content).toContain(path);
  expect(pages.map((p) => p.path)).toContain("/404.html");
  expect(citable.length).toBeGreaterThan(5);
});

describe.each(content)("%s is a complete page", (path) => {
  test("one h1, a title, a description of 30 characters or more, and its own canonical address", () => {
    const doc = pageAt(path);
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
    expect(title(path).length).toBeGreaterThan(3);
    const description = attr(doc.querySelector('meta[name="description"]'), "content");
    expect(description?.trim().length ?? 0).toBeGreaterThanOrEqual(30);
    const canonical = doc.querySelectorAll('link[rel="canonical"]');
    expect(canonical).toHaveLength(1);
    expect(attr(canonical[0], "href")).toMatch(new RegExp(`${path}$`));
  });
});

describe.each(pages.map((p) => p.path).filter((p) => !p.includes("/embed/")))("%s is shared", (path) => {
  test(`og:image is a real ${OG_WIDTH}×${OG_HEIGHT} PNG, and og:title and the title name the site`, () => {
    const image = meta(path, "og:image");
    expect(image, `${path} has no og:image`).toBeTruthy();
    const file = join(DIST, new URL(image ?? "").pathname);
    expect(existsSync(file), `${file} (og:image of ${path}) was not built`).toBe(true);
    expect(pngSize(file)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(meta(path, "og:image:width")).toBe(String(OG_WIDTH));
    expect(meta(path, "og:image:height")).toBe(String(OG_HEIGHT));
    expect(meta(path, "og:image:alt")?.length ?? 0).toBeGreaterThan(10);
    expect(meta(path, "og:title")).toContain(siteName(path));
    expect(title(path)).toContain(siteName(path));
  });
});

describe.each(citable)("%s is cited", (path) => {
  test(`"how to cite" gives the page's title, address, review date and licence`, () => {
    const doc = pageAt(path);
    const blocks = doc.querySelectorAll(".how-to-cite");
    expect(blocks).toHaveLength(1);
    const canonical = attr(doc.querySelector('link[rel="canonical"]'), "href") ?? "";
    const h1 = text(doc.querySelector("h1"));
    const citation = text(blocks[0]?.querySelector(".citation-text"));
    expect(canonical).not.toBe("");
    expect(citation).toContain(canonical);
    expect(citation).toContain(siteName(path));
    if (h1 !== siteName(path)) expect(citation).toContain(h1);
    expect(citation).toMatch(/\d{4}/);
    expect(attr(blocks[0]?.querySelector('a[rel="license"]'), "href")).toMatch(
      /creativecommons\.org\/licenses\/by\/4\.0/,
    );
  });
});

test("the funding page describes itself to search engines and link previews", () => {
  const doc = pageAt("/funding/");
  const ld = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(ld).toHaveLength(1);
  // Script text is raw in HTML (no character references), so it is read as written.
  const data = JSON.parse(ld[0]?.textContent || "[]") as { "@type": string }[];
  expect(data.map((d) => d["@type"])).toEqual(["WebSite", "Article"]);
  // Shared titles name the site ("Funding — Japan and the ILO"), from the same pattern the page uses.
  const h1 = text(doc.querySelector("h1"));
  expect(meta("/funding/", "og:title")).toBe(fullTitle("en", h1));
  expect(title("/funding/")).toBe(fullTitle("en", h1));
  expect(attr(doc.querySelector('meta[name="twitter:card"]'), "content")).toBe("summary_large_image");
});
