import { fundingData } from "../data/load-funding.ts";
import {
  annualCsv,
  annualJson,
  contributorsCsv,
  contributorsJson,
  downloads,
  totalsCsv,
  totalsJson,
} from "./downloads.ts";
import { localeParams, type Locale } from "../site/locales.ts";
import { downloadPath, type DownloadFormat, pagePath } from "../site/routes.ts";

type Download = (typeof downloads)[number];

/** Static paths: every CSV once (/data/<name>.csv), every JSON per language (/data/…, /ja/data/…). */
export function downloadPaths(format: DownloadFormat) {
  if (format === "csv")
    return downloads.map((d) => ({ params: { name: d.name }, props: { ...d, locale: "en" as Locale } }));
  return localeParams().flatMap(({ params, props }) =>
    downloads.map((d) => ({ params: { ...params, name: d.name }, props: { ...d, locale: props.locale } })),
  );
}

const types = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;
const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/** Builds one download from the chart's own data file, so the files and the chart cannot disagree. */
export async function downloadResponse(
  d: Download & { locale: Locale },
  format: DownloadFormat,
  site: URL | undefined,
): Promise<Response> {
  if (!site) throw new Error("astro.config.mjs needs `site`: the downloads hold absolute URLs.");
  const funding = await fundingData();
  const o = {
    locale: d.locale,
    pageUrl: new URL(pagePath(d.locale, "funding"), site).href,
    csvUrl: new URL(downloadPath(d.name, "csv", d.locale), site).href,
  };
  let body: string;
  if (d.dataset === "totals") body = format === "csv" ? totalsCsv(funding) : json(totalsJson(funding, o));
  else if (d.dataset === "annual") body = format === "csv" ? annualCsv(funding) : json(annualJson(funding, o));
  else
    body = format === "csv" ? contributorsCsv(funding.contributors) : json(contributorsJson(funding.contributors, o));
  return new Response(body, { headers: { "Content-Type": types[format] } });
}
