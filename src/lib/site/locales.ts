/** The site's languages. English is the default and lives at the root; Japanese lives under /ja/. */
export const locales = ["en", "ja"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** BCP 47 tags for Intl and for Open Graph. */
export const intlTag: Record<Locale, string> = { en: "en-GB", ja: "ja-JP" };
export const ogLocale: Record<Locale, string> = { en: "en_GB", ja: "ja_JP" };

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}

/** The other language, for the switcher. */
export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "ja" : "en";
}

/** Splits a content id such as "ja/funding" or "en/index" into locale and slug. */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split("/");
  if (!isLocale(first) || rest.length === 0) {
    throw new Error(
      `content/pages/${id}.mdx is not inside a language folder. Move it to content/pages/en/ or content/pages/ja/.`,
    );
  }
  const slug = rest.join("/");
  return { locale: first, slug: slug === "index" ? "" : slug };
}

/** Static paths for a route under src/pages/[...lang]/: English at the root, each other language under its code. */
export function localeParams() {
  return locales.map((locale) => ({
    params: { lang: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}
