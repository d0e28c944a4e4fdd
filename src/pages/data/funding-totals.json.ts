import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { totalsJson } from "../../lib/downloads";

// Built once into dist/data/funding-totals.json from content/data/funding-totals.json, the chart's own data file.
export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const entry = await getEntry("fundingTotals", "funding-totals");
  if (!entry)
    throw new Error(
      "content/data/funding-totals.json is missing: the download /data/funding-totals.json is made from it.",
    );
  const pageUrl = new URL("/funding/", site).href;
  return new Response(JSON.stringify(totalsJson(entry.data, pageUrl), null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
