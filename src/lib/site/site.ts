/**
 * The site's canonical origin, in one place. Every absolute URL (canonical, hreflang, sitemap, Open Graph,
 * embed snippet, oEmbed, downloads) derives from it through astro.config.mjs's `site`.
 * A deployer sets it with the SITE_URL environment variable at build time; without it the build uses the
 * placeholder, which is fine for tests and previews but not for a public deployment.
 */
export const PLACEHOLDER_SITE = "https://japan-ilo.example.org";

/** Checks a deployer's SITE_URL and returns its origin ("https://example.org"), or throws a message saying how to fix it. */
export function siteOrigin(value: string | undefined): string {
  if (value === undefined || value.trim() === "") return PLACEHOLDER_SITE;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL="${value}" is not a URL. Set it to the site's address, for example SITE_URL=https://japan-ilo.org`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(
      `SITE_URL="${value}" must start with https:// (or http:// for a local test), for example https://japan-ilo.org`,
    );
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(
      `SITE_URL="${value}" has a path, query or fragment; the site is built for the root of its host. Use only the origin, for example ${url.origin}`,
    );
  return url.origin;
}

// `globalThis.process` so the module still loads where there is no Node (it is only read at build time).
export const SITE = siteOrigin(globalThis.process?.env?.SITE_URL);
