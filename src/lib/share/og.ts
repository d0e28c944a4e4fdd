import { formatMoney } from "../site/format.ts";
import { periodLabel, type TotalsUsd } from "../funding/model.ts";
import { t } from "../site/i18n.ts";
import type { Locale } from "../site/locales.ts";

/** Share images are 1200 × 630, the size Open Graph consumers crop least. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** A page that draws the funding chart: its share image carries the funding figures. */
export function showsFundingChart(body: string | undefined): boolean {
  return /<FundingChart\b/.test(body ?? "");
}

export interface OgFigure {
  label: string;
  value: string;
}

/** The ILO's totals for the period, computed from content/data/funding-totals.json. */
export function ogFigures(locale: Locale, f: TotalsUsd): OgFigure[] {
  const period = periodLabel(locale, f.period.start, f.period.end);
  return [
    { label: t(locale, "funding.assessed"), value: formatMoney(locale, f.assessed) },
    { label: t(locale, "funding.voluntary"), value: formatMoney(locale, f.voluntary) },
    { label: t(locale, "og.figureTotal", { period }), value: formatMoney(locale, f.total) },
  ];
}

/** The image's alt text (og:image:alt). Kept short: it is in every page's first round trip. */
export function ogAlt(locale: Locale, title: string): string {
  return t(locale, "og.alt", { site: t(locale, "site.name"), title });
}

/** The page title as shared and shown in the tab: "Funding — Japan and the ILO", or the site name alone. */
export function fullTitle(locale: Locale, title: string): string {
  const site = t(locale, "site.name");
  return title === site ? site : t(locale, "site.titlePattern", { title, site });
}
