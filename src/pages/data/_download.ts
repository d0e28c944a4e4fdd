import { getEntry } from "astro:content";
import { annualCsv, annualJson, downloads, totalsCsv, totalsJson } from "../../lib/downloads";

type Format = (typeof downloads)[number]["format"];

/** Static paths for one format: { name: "funding-totals" } for /data/funding-totals.<format>. */
export function downloadPaths(format: Format) {
  return downloads
    .filter((d) => d.format === format)
    .map((d) => ({ params: { name: d.path.replace(/^\/data\/|\.\w+$/g, "") }, props: d }));
}

const types = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;
const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

function dataset<T>(found: { data: T } | undefined, file: string, download: string): T {
  if (!found) throw new Error(`${file} is missing: the download ${download} is made from it.`);
  return found.data;
}

/** Builds one download from the chart's own data file, so the files and the chart cannot disagree. */
export async function downloadResponse(d: (typeof downloads)[number], site: URL | undefined): Promise<Response> {
  const pageUrl = new URL("/funding/", site).href;
  let body: string;
  if (d.dataset === "totals") {
    const data = dataset(await getEntry("fundingTotals", "funding-totals"), "content/data/funding-totals.json", d.path);
    body = d.format === "csv" ? totalsCsv(data, pageUrl) : json(totalsJson(data, pageUrl));
  } else {
    const data = dataset(await getEntry("fundingAnnual", "funding-annual"), "content/data/funding-annual.json", d.path);
    body = d.format === "csv" ? annualCsv(data, pageUrl) : json(annualJson(data, pageUrl));
  }
  return new Response(body, { headers: { "Content-Type": types[d.format] } });
}
