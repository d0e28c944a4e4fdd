import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { annualJson } from "../../lib/downloads";

// Built once into dist/data/funding-annual.json from content/data/funding-annual.json, the chart's own data file.
export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const entry = await getEntry("fundingAnnual", "funding-annual");
  if (!entry)
    throw new Error(
      "content/data/funding-annual.json is missing: the download /data/funding-annual.json is made from it.",
    );
  const pageUrl = new URL("/funding/", site).href;
  return new Response(JSON.stringify(annualJson(entry.data, pageUrl), null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
