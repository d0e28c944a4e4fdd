/**
 * The two languages in the built files (moved from tests/e2e/i18n.spec.ts: none of this needs a browser).
 * Every page has its twin, hreflang links and the sitemap pair them, <html lang> and og:locale match the
 * language, and no Japanese page shows English interface text. The browser's side (the switcher, the chart's
 * labels) stays in tests/e2e/i18n.spec.ts.
 */
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import en from "../../src/i18n/en.json" with { type: "json" };
import ja from "../../src/i18n/ja.json" with { type: "json" };
import { pageRoutes } from "../../src/lib/site/routes";
import { SITE } from "../../src/lib/site/site.ts";
import { builtFileOfUrl, DIST, readDist } from "../support/built-site.ts";

/** Every page in content/pages/<locale>/, with the path it is published at and its twins. */
const ids = ["en", "ja"].flatMap((locale) =>
  readdirSync(`content/pages/${locale}`)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => `${locale}/${f.replace(/\.mdx$/, "")}`),
);
const routes = pageRoutes(ids);
const enRoutes = routes.filter((r) => r.locale === "en");
const jaRoutes = routes.filter((r) => r.locale === "ja");

/** The built file for a URL path: "/ja/funding/" → dist/ja/funding/index.html, "/404.html" → dist/404.html. */
const distFile = (path: string) => `dist/${builtFileOfUrl(path)}`;
const html = (path: string) => readDist(builtFileOfUrl(path));
const hreflangs = (page: string) =>
  Object.fromEntries(
    [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );

describe("twins on dist/", () => {
  test("every English page has a Japanese twin and the reverse", () => {
    const slugs = (list: typeof routes) => list.map((r) => r.slug).sort();
    expect(slugs(jaRoutes), "content/pages/ja/ lacks a page that content/pages/en/ has, or the reverse").toEqual(
      slugs(enRoutes),
    );
    for (const r of routes) {
      expect(existsSync(`${DIST}/${builtFileOfUrl(r.path)}`), `${r.id} was not built to ${distFile(r.path)}`).toBe(
        true,
      );
    }
  });

  test("hreflang pairs point at each other, with English as x-default", () => {
    for (const r of routes) {
      const links = hreflangs(html(r.path));
      expect(links, `${distFile(r.path)} hreflang links`).toEqual({
        en: SITE + r.twins.en,
        ja: SITE + r.twins.ja,
        "x-default": SITE + r.twins.en,
      });
      // The twin names this page back.
      const other = r.locale === "en" ? r.twins.ja : r.twins.en;
      expect(hreflangs(html(other))[r.locale], `${distFile(other)} should point back at ${r.path}`).toBe(SITE + r.path);
    }
  });

  test('<html lang> and og:locale match the language on every page, lang="ja" under /ja/', () => {
    for (const r of routes) {
      const page = html(r.path);
      expect(r.path.startsWith("/ja/")).toBe(r.locale === "ja");
      expect(page, distFile(r.path)).toMatch(new RegExp(`<html lang="${r.locale}"`));
      expect(page).toContain(`<meta property="og:locale" content="${r.locale === "ja" ? "ja_JP" : "en_GB"}">`);
    }
  });

  test("the sitemap lists both languages of each indexed page as xhtml:link alternates", () => {
    const xml = readDist("sitemap-0.xml");
    const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => ({
      loc: m[1],
      alternates: Object.fromEntries(
        [...(m[2] ?? "").matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]]),
      ),
    }));
    // 404 pages are left out of the sitemap on purpose (see astro.config.mjs).
    const indexed = routes.filter((r) => r.slug !== "404");
    expect(urls.map((u) => u.loc).sort()).toEqual(indexed.map((r) => SITE + r.path).sort());
    for (const r of indexed) {
      const entry = urls.find((u) => u.loc === SITE + r.path);
      expect(entry?.alternates, `sitemap alternates of ${r.path}`).toEqual({
        en: SITE + r.twins.en,
        ja: SITE + r.twins.ja,
      });
    }
  });
});

describe("no English UI strings on Japanese pages", () => {
  /*
   * Exempt keys, each for a reason:
   * - lang.*: the switcher names the other language in that language. ja.json's "lang.switch" is "English",
   *   which is exactly the label the Japanese pages' switcher must show (on a link marked lang="en").
   * - sources.language.en: the same language name, "English". English pages never show it (only sources in
   *   another language than the page are marked); Japanese pages show 「英語」, and the word "English" only
   *   in the switcher and inside English source titles quoted with their Japanese gloss.
   * No other key is exempt: a Japanese value identical to the English one is an untranslated string, which
   * is what this test is for. Add a key here only if its text is the same in both languages by nature
   * (a proper name or a symbol), and say so.
   */
  const exempt = new Set(["lang.switch", "lang.switchLabel", "sources.language.en"]);
  const checked = Object.entries(en).filter(([key]) => !exempt.has(key));
  /**
   * The fixed English words of each template, sentence by sentence, e.g. "Figures checked {date}." → "Figures checked".
   * A lone word between placeholders ("voluntary" in "Assessed {assessed}, voluntary {voluntary}") is skipped:
   * it also occurs in English source titles the Japanese pages quote on purpose. Whole one-word labels
   * such as "Menu" are kept.
   */
  const fragments = checked.flatMap(([key, value]) => {
    const parts = value.split(/\{\w+\}|(?<=[.;:])\s+/).map((s) => s.trim().replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ""));
    return parts
      .filter((s) => /[A-Za-z]{2,}/.test(s) && (parts.length === 1 || /[A-Za-z]+\s+[A-Za-z]+/.test(s)))
      .map((fragment) => ({ key, fragment }));
  });
  /** What a reader sees or hears: text, and the attributes screen readers and browsers show. */
  const readable = (page: string) => {
    const body = page.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, " ");
    const attrs = [...body.matchAll(/\s(?:aria-label|title|alt|content)="([^"]*)"/g)].map((m) => m[1]);
    const text = body.replace(/<[^>]+>/g, " ");
    return [text, ...attrs].join(" \n ").replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");
  };
  const found = (page: string) =>
    fragments.filter(({ fragment }) =>
      new RegExp(`(^|[^A-Za-z])${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^A-Za-z]|$)`).test(readable(page)),
    );

  test("the check finds English UI strings on an English page", () => {
    // Proves the detector works: the English funding page must trip it.
    expect(found(html("/funding/")).length).toBeGreaterThan(10);
  });

  test.each(jaRoutes.map((r) => r.path))("%s", (path) => {
    const hits = found(html(path)).map((h) => `${h.key}: "${h.fragment}"`);
    expect(hits, `English UI text on ${path}; translate it in src/i18n/ja.json`).toEqual([]);
    // And the page does use the Japanese dictionary (the header and footer appear on every page).
    for (const key of ["skip.toMain", "footer.note"] as const) expect(readable(html(path))).toContain(ja[key]);
  });
});
