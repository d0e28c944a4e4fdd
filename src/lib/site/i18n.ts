// The import attribute lets Node (Playwright specs) load this module too, not only Vite.
import en from "../../i18n/en.json" with { type: "json" };
import ja from "../../i18n/ja.json" with { type: "json" };
import { isLocale, locales, type Locale } from "./locales.ts";

export type UiKey = keyof typeof en;
type Dictionary = Record<UiKey, string>;

// Typing ja as Dictionary makes `astro check` fail on a key that exists only in en.json;
// tests/unit/lib/site/i18n.test.ts names any key missing from either side.
const dictionaries: Record<Locale, Dictionary> = { en, ja };

export type Vars = Record<string, string | number>;

/** Looks up a UI string and fills {placeholders}. Unknown keys and placeholders throw, so the build stops. */
export function t(locale: Locale, key: UiKey, vars: Vars = {}): string {
  const template = dictionaries[locale][key] as string | undefined;
  if (template === undefined) {
    throw new Error(`The UI string "${key}" is missing from src/i18n/${locale}.json. Add it there.`);
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      throw new Error(`The UI string "${key}" in src/i18n/${locale}.json uses {${name}}, but no value was given.`);
    }
    return String(value);
  });
}

/**
 * The locale Astro computed for a page (Astro.currentLocale). Anything but a configured locale is a routing
 * bug, so it throws rather than falling back to English.
 */
export function requireLocale(value: string | undefined, where: string): Locale {
  if (!isLocale(value)) {
    throw new Error(
      `${where}: Astro gave the locale ${JSON.stringify(value)}, which is not one of ${locales.join(", ")}. ` +
        `Put the page under a language folder, or add the language to src/lib/site/locales.ts and astro.config.mjs.`,
    );
  }
  return value;
}

/** A t() bound to one locale, for components (src/middleware.ts puts one in Astro.locals). */
export function useT(locale: Locale) {
  return (key: UiKey, vars?: Vars) => t(locale, key, vars);
}

/** A key one dictionary has and the other lacks, with the file that lacks it. */
export interface MissingKey {
  file: `src/i18n/${Locale}.json`;
  key: string;
}

/** Keys present in one dictionary (English first) and not the other, each with the file that lacks it. */
export function missingKeys(en: Record<string, string>, ja: Record<string, string>): MissingKey[] {
  return [
    ...Object.keys(en)
      .filter((key) => !(key in ja))
      .map((key) => ({ file: "src/i18n/ja.json" as const, key })),
    ...Object.keys(ja)
      .filter((key) => !(key in en))
      .map((key) => ({ file: "src/i18n/en.json" as const, key })),
  ];
}

export const allDictionaries = dictionaries;
