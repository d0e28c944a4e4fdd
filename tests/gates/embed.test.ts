/**
 * What the embed offers in the built files (moved from tests/e2e/embed.spec.ts; none of it needs a browser): the
 * oEmbed JSON, the embed pages' links to it and to every download, and the snippet's SRI pin of the parent script.
 * That nginx serves these files with CORS, and the hashed script as immutable, is checked in tests/hosts/.
 * Drawing the embed in a partner's page, and sizing it, is checked in Chromium (tests/e2e/embed.spec.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { DIST, readDist } from "../support/built-site.ts";
import { attr, parseHtml, text } from "../support/html.ts";

const page = (file: string) => parseHtml(readDist(file));

test("oEmbed describes the embed; the embed page links to it and to every download", () => {
  for (const [file, prefix] of [
    ["oembed/funding.json", ""],
    ["ja/oembed/funding.json", "/ja"],
  ] as const) {
    const o = JSON.parse(readDist(file));
    expect(o).toMatchObject({ version: "1.0", type: "rich", width: expect.any(Number), height: expect.any(Number) });
    expect(o.html).toContain(`${prefix}/embed/funding/`);
    expect(o.html).toMatch(/\/embed\.v1\.[0-9a-f]{12}\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
    expect(o.html).toContain(` width="${o.width}" height="${o.height}"`);
    expect(o.cache_age).toBeGreaterThan(0);
    expect(o.title.length).toBeGreaterThan(10);
    expect(o.provider_name && o.provider_url && o.source.length).toBeTruthy();
  }
  const en = page("embed/funding/index.html");
  const oembed = en.querySelectorAll('link[type="application/json+oembed"]');
  expect(oembed).toHaveLength(1);
  expect(attr(oembed[0], "href")).toMatch(/\/oembed\/funding\.json$/);
  for (const file of ["funding-totals.csv", "funding-totals.json", "funding-annual.csv", "funding-annual.json"]) {
    expect(en.querySelectorAll(`a[href="/data/${file}"]`), file).toHaveLength(1);
  }
  const ja = page("ja/embed/funding/index.html");
  expect(ja.querySelectorAll('a[href="/ja/data/funding-totals.json"]')).toHaveLength(1);
  expect(ja.querySelectorAll('a[href="/data/funding-totals.csv"]')).toHaveLength(1);
});

test("the snippet pins the parent script by its bytes (SRI); /embed.js holds the same bytes", () => {
  const code = text(page("funding/index.html").querySelector("[data-snippet]"));
  const script = /<script src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous" async><\/script>/.exec(code);
  expect(script, code).not.toBeNull();
  const [, src = "", integrity = ""] = script ?? [];
  const path = new URL(src).pathname;
  expect(path).toMatch(/^\/embed\.v1\.[0-9a-f]{12}\.js$/);
  const bytes = readFileSync(join(DIST, path));
  expect(`sha384-${createHash("sha384").update(bytes).digest("base64")}`).toBe(integrity);
  // Snippets copied before the hashed file existed load /embed.js: the same bytes.
  expect(readFileSync(join(DIST, "embed.js")).equals(bytes)).toBe(true);
});
