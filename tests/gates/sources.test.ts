/**
 * The Sources page says it lists every source the site uses: check that against the built pages.
 * A page's sources are its <li id="source-…"> entries; the Sources page of each language must hold them all.
 * Japanese pages must never show a source title without Japanese in it (an English title needs a gloss).
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { distPages, readDist } from "../support/built-site";

const sourceEntries = (html: string) =>
  [...html.matchAll(/<li id="source-([a-z0-9-]+)"[^>]*>\s*<a [^>]*>([^<]*)<\/a>/g)].map((m) => ({
    id: m[1] ?? "",
    title: m[2] ?? "",
  }));

const pages = distPages()
  .filter((p) => !p.path.includes("/embed/"))
  .map((p) => ({ ...p, lang: p.path.startsWith("/ja/") ? "ja" : "en", html: readDist(p.file) }))
  .map((p) => ({ ...p, sources: sourceEntries(p.html) }));

describe.each(["en", "ja"])("the %s Sources page", (lang) => {
  const sourcesPath = lang === "en" ? "/sources/" : "/ja/sources/";
  const sourcesPage = pages.find((p) => p.path === sourcesPath);
  const inLanguage = pages.filter((p) => p.lang === lang && p.path !== sourcesPath);

  test("exists and has a source list", () => {
    expect(sourcesPage?.sources.length ?? 0).toBeGreaterThan(0);
    expect(inLanguage.some((p) => p.sources.length > 0)).toBe(true);
  });

  test("lists the union of every page's sources", () => {
    const listed = new Set(sourcesPage?.sources.map((s) => s.id));
    const missing = inLanguage.flatMap((p) =>
      p.sources.filter((s) => !listed.has(s.id)).map((s) => `${s.id} (cited on ${p.path})`),
    );
    expect(missing, `${sourcesPath} does not list these sources`).toEqual([]);
  });
});

test("Japanese pages show no source title without Japanese text", () => {
  const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
  const bare = pages
    .filter((p) => p.lang === "ja")
    .flatMap((p) => p.sources.filter((s) => !japanese.test(s.title)).map((s) => `${p.path}: ${s.id} "${s.title}"`));
  expect(bare, "add a Japanese gloss in （） to these titles").toEqual([]);
});

test("Japanese pages, embeds included, name every source's publisher in Japanese", () => {
  const registry = JSON.parse(readFileSync("content/data/sources.json", "utf8")) as {
    sources: { title: { ja: string }; publisher: { en: string; ja: string } }[];
  };
  // An English publisher that is part of some Japanese title ("ILO Office for Japan（…）") cannot be told apart.
  const english = registry.sources
    .map((s) => s.publisher.en)
    .filter((en) => !registry.sources.some((s) => s.title.ja.includes(en) || s.publisher.ja.includes(en)));
  const shown = distPages()
    .filter((p) => p.path.startsWith("/ja/"))
    .flatMap((p) => {
      const html = readDist(p.file);
      return [...new Set(english)].filter((en) => html.includes(en)).map((en) => `${p.path}: "${en}"`);
    });
  expect(english.length).toBeGreaterThan(0);
  expect(shown).toEqual([]);
});
