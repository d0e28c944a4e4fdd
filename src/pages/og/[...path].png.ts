import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { fundingData } from "../../lib/data/load-funding";
import { t } from "../../lib/site/i18n";
import { locales } from "../../lib/site/locales";
import { ogFigures, showsFundingChart, type OgFigure } from "../../lib/share/og";
import { renderOgImage } from "../../lib/share/og-image";
import { pageRoutes, ogImagePath, searchPath } from "../../lib/site/routes";
import { SITE } from "../../lib/site/site";

// A type alias, not an interface: Astro's props type needs an index signature.
type Props = {
  siteName: string;
  title: string;
  pagePath: string;
  figures: OgFigure[];
  subtitle?: string;
};

/** One share image per page (Head.astro points og:image at ogImagePath(path)): content pages and search pages. */
export const getStaticPaths = (async () => {
  const entries = await getCollection("pages");
  const routes = pageRoutes(entries.map((e) => e.id));
  const { totalsUsd } = await fundingData();
  const pages: Props[] = entries.flatMap((entry, i) => {
    const route = routes[i];
    if (!route) return [];
    const figures = showsFundingChart(entry.body) ? ogFigures(route.locale, totalsUsd) : [];
    const siteName = t(route.locale, "site.name");
    // The home page's title is the site's name: its image says what the site is about instead of repeating it.
    const subtitle = entry.data.title === siteName ? t(route.locale, "site.tagline") : undefined;
    return [{ siteName, title: entry.data.title, pagePath: route.path, figures, ...(subtitle ? { subtitle } : {}) }];
  });
  for (const locale of locales) {
    pages.push({
      siteName: t(locale, "site.name"),
      title: t(locale, "search.title"),
      pagePath: searchPath(locale),
      figures: [],
    });
  }
  return pages.map((props) => ({
    params: { path: ogImagePath(props.pagePath).slice("/og/".length, -".png".length) },
    props,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const address = new URL(props.pagePath, SITE).href.replace(/^https?:\/\//, "");
  const png = await renderOgImage({ ...props, address });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
