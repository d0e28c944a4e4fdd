import { fundingData } from "../data/load-funding.ts";
import { oembedDocument } from "./snippet.ts";
import { readEmbedScript } from "./parent-script-hash.ts";
import { totalsTitle } from "../funding/model.ts";
import { t } from "../site/i18n.ts";
import { sourceIn } from "../sources/sources.ts";
import { type Locale } from "../site/locales.ts";
import { embedPath, pagePath } from "../site/routes.ts";

/** Builds /oembed/funding.json and /ja/oembed/funding.json at build time. */
export async function oembedResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error("astro.config.mjs needs `site`: the oEmbed file holds absolute URLs.");
  const { totals, annual, totalsUsd } = await fundingData();
  const script = readEmbedScript();
  const doc = oembedDocument({
    embedUrl: new URL(embedPath(locale), site).href,
    scriptUrl: new URL(script.path, site).href,
    integrity: script.integrity,
    title: totalsTitle(locale, totalsUsd),
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
