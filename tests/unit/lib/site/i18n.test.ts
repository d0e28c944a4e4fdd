import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../../../src/i18n/en.json";
import ja from "../../../../src/i18n/ja.json";
import { missingKeys, requireLocale, t } from "../../../../src/lib/site/i18n";

/** The {placeholders} a template uses, sorted, so both languages can be compared. */
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI dictionaries", () => {
  it("have the same keys in src/i18n/en.json and src/i18n/ja.json", () => {
    const problems = missingKeys(en, ja).map(({ file, key }) => `${file} lacks "${key}"`);
    // The message lists every missing key with the file that lacks it, e.g. src/i18n/ja.json lacks "nav.menu".
    expect(problems, `Add these keys:\n  ${problems.join("\n  ")}`).toEqual([]);
  });

  it("names the key and the file when one is missing", () => {
    // Small made-up dictionaries, so this test checks missingKeys itself whatever the real files hold.
    expect(missingKeys({ a: "A", b: "B" }, { a: "あ" })).toEqual([{ file: "src/i18n/ja.json", key: "b" }]);
    expect(missingKeys({ a: "A" }, { a: "あ", c: "う" })).toEqual([{ file: "src/i18n/en.json", key: "c" }]);
  });

  it("use the same {placeholders} for each key in both languages", () => {
    const jaDict: Record<string, string> = ja;
    const differing = Object.entries(en)
      .filter(([key, value]) => key in jaDict && placeholders(value).join() !== placeholders(jaDict[key] ?? "").join())
      .map(([key]) => key);
    expect(differing, "These keys use different {placeholders} in en.json and ja.json").toEqual([]);
  });

  it("holds only keys that some file in src/ or content/ uses", () => {
    // A use names its key as a quoted literal (t("nav.menu"), or a UiKey in a table such as annualSeriesLabels),
    // so a key that no file quotes is dead text that translators would keep translating.
    const files = ["src", "content"].flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && !join(d.parentPath, d.name).startsWith(join("src", "i18n")))
        .map((d) => join(d.parentPath, d.name)),
    );
    const text = files.map((f) => readFileSync(f, "utf8")).join("\n");
    // A key built in a template, t(locale, `history.theme.${theme}`), counts every key under its prefix as used.
    const prefixes = [...text.matchAll(/`([\w.-]+\.)\$\{/g)].map((m) => m[1] ?? "");
    const quoted = (key: string) => ['"', "'", "`"].some((q) => text.includes(`${q}${key}${q}`));
    const unused = Object.keys(en).filter((key) => !quoted(key) && !prefixes.some((p) => key.startsWith(p)));
    expect(unused, "Remove these keys from src/i18n/en.json and ja.json, or use them").toEqual([]);
  });

  it("has no empty strings", () => {
    const empty = [
      ...Object.entries(en)
        .filter(([, v]) => v.trim() === "")
        .map(([k]) => `en.json ${k}`),
      ...Object.entries(ja)
        .filter(([, v]) => v.trim() === "")
        .map(([k]) => `ja.json ${k}`),
    ];
    expect(empty).toEqual([]);
  });
});

describe("t()", () => {
  it("fills placeholders in each language", () => {
    expect(t("ja", "cite.label", { n: 2, title: "外務省" })).toBe("出典2：外務省");
    expect(t("en", "cite.label", { n: 2, title: "MOFA" })).toBe("Source 2: MOFA");
  });
  it("stops with the key and file when a placeholder has no value", () => {
    expect(() => t("ja", "cite.label", { n: 2 })).toThrow(/"cite\.label" in src\/i18n\/ja\.json uses \{title\}/);
  });
});

describe("requireLocale() (src/middleware.ts gives every component the page's language with it)", () => {
  it("passes a configured locale through", () => {
    expect(requireLocale("ja", "/ja/funding/")).toBe("ja");
    expect(requireLocale("en", "/funding/")).toBe("en");
  });
  it("throws on any other value instead of falling back to English", () => {
    expect(() => requireLocale("fr", "/fr/funding/")).toThrow(
      '/fr/funding/: Astro gave the locale "fr", which is not one of en, ja. Put the page under a language folder, or add the language to src/lib/site/locales.ts and astro.config.mjs.',
    );
    expect(() => requireLocale(undefined, "/x/")).toThrow(
      "/x/: Astro gave the locale undefined, which is not one of en, ja.",
    );
  });
});
