import { fundingData } from "../data/load-funding";
import { embedPath, oembedDocument } from "./snippet";
import { readEmbedScript } from "./parent-script-hash";
import { totalsTitle } from "../funding/model";
import { t } from "../site/i18n";
import { sourceIn } from "../sources/sources";
import { pagePath, type Locale } from "../site/locales";

/** Builds /oembed/funding.json and /ja/oembed/funding.json at build time. */
export async function oembedResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error("astro.config.mjs needs `site`: the oEmbed file holds absolute URLs.");
  const { totals, annual } = await fundingData();
  const script = readEmbedScript();
  const doc = oembedDocument({
    embedUrl: new URL(embedPath(locale), site).href,
    scriptUrl: new URL(script.path, site).href,
    integrity: script.integrity,
    title: totalsTitle(locale, totals),
    providerName: t(locale, "site.name"),
    providerUrl: new URL(pagePath(locale, ""), site).href,
    source: [totals.source, annual.source].map((id) => {
      const { title, publisher, url } = sourceIn(locale, id);
      return { title, publisher, url };
    }),
  });
  return new Response(JSON.stringify(doc, null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
