import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { annualCsv } from "../../lib/downloads";

// Built once into dist/data/funding-annual.csv from content/data/funding-annual.json, the chart's own data file.
export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const entry = await getEntry("fundingAnnual", "funding-annual");
  if (!entry)
    throw new Error(
      "content/data/funding-annual.json is missing: the download /data/funding-annual.csv is made from it.",
    );
  const pageUrl = new URL("/funding/", site).href;
  return new Response(annualCsv(entry.data, pageUrl), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
