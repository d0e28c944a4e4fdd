import type { APIRoute, GetStaticPaths } from "astro";
import { fundingData } from "../../lib/data/load-funding";
import { chartPayload, clientPayload } from "../../lib/funding/chart-payload";
import { locales, type Locale } from "../../lib/site/locales";

// /data/chart-en.json and /data/chart-ja.json: what <funding-chart> draws, computed from the data files and
// fetched with Chart.js when a chart comes into view. Source lines are in that language (content/data/sources.json).
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const payload = clientPayload(chartPayload(locale, await fundingData()));
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
