import { fundingData } from "../../lib/funding-data";
import { annualCsv, annualJson, donorsCsv, donorsJson, downloads, totalsCsv, totalsJson } from "../../lib/downloads";

type Format = (typeof downloads)[number]["format"];

/** Static paths for one format: { name: "funding-totals" } for /data/funding-totals.<format>. */
export function downloadPaths(format: Format) {
  return downloads
    .filter((d) => d.format === format)
    .map((d) => ({ params: { name: d.path.replace(/^\/data\/|\.\w+$/g, "") }, props: d }));
}

const types = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;
const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/** Builds one download from the chart's own data file, so the files and the chart cannot disagree. */
export async function downloadResponse(d: (typeof downloads)[number], site: URL | undefined): Promise<Response> {
  const pageUrl = new URL("/funding/", site).href;
  const { totals, annual, contributors } = await fundingData();
  let body: string;
  if (d.dataset === "totals")
    body = d.format === "csv" ? totalsCsv(totals, pageUrl) : json(totalsJson(totals, pageUrl));
  else if (d.dataset === "annual")
    body = d.format === "csv" ? annualCsv(annual, pageUrl) : json(annualJson(annual, pageUrl));
  else body = d.format === "csv" ? donorsCsv(contributors, pageUrl) : json(donorsJson(contributors, pageUrl));
  return new Response(body, { headers: { "Content-Type": types[d.format] } });
}
