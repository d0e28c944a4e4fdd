import { formatDate } from "../site/format.ts";
import { t } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";
import { SITE } from "../site/site.ts";

/** The licence of the site's own text and data; the deed in the reader's language. */
export const LICENCE_URL: Record<Locale, string> = {
  en: "https://creativecommons.org/licenses/by/4.0/",
  ja: "https://creativecommons.org/licenses/by/4.0/deed.ja",
};

/** A ready citation of one page: site name, page title, absolute URL (from SITE) and the review date. */
export function citation(locale: Locale, title: string, path: string, lastReviewed: string) {
  const site = t(locale, "site.name");
  const url = new URL(path, SITE).href;
  const date = formatDate(locale, lastReviewed);
  const text =
    title === site
      ? t(locale, "citeSite.citationHome", { site, url, date })
      : t(locale, "citeSite.citation", { site, title, url, date });
  return { url, text };
}
