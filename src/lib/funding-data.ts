import { getEntry } from "astro:content";

/**
 * Both funding datasets, from content/data/. Every page, component and generated file that shows a
 * funding figure reads them here, so a missing file stops the build with the same message everywhere.
 * (Not pure like the rest of src/lib: it reads the content collections, so only Astro code calls it.)
 */
export async function fundingData() {
  const totals = await getEntry("fundingTotals", "funding-totals");
  const annual = await getEntry("fundingAnnual", "funding-annual");
  if (!totals) throw new Error("content/data/funding-totals.json is missing: the funding figures are made from it.");
  if (!annual)
    throw new Error("content/data/funding-annual.json is missing: the year-by-year figures are made from it.");
  return { totals: totals.data, annual: annual.data };
}
