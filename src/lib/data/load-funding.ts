import { getEntry } from "astro:content";
import { japanAnnual } from "../funding/contributors.ts";
import { datasets } from "./registry.ts";
import { unavailableData } from "./unavailable.ts";

/**
 * The funding datasets, from content/data/. Every page, component and generated file that shows a
 * funding figure reads them here, so a missing or invalid file stops the build with the same message everywhere.
 * (Not pure like the rest of src/lib: it reads the content collections, so only Astro code calls it.)
 */
export async function fundingData() {
  const totals = await getEntry("fundingTotals", datasets.fundingTotals.id);
  if (!totals) throw unavailableData(datasets.fundingTotals, "the funding figures are made from it");
  const contributors = await getEntry("fundingContributors", datasets.fundingContributors.id);
  if (!contributors)
    throw unavailableData(datasets.fundingContributors, "the ranks among governments are made from it");
  // Japan's year-by-year series is read from the contributor file, so its figures are written once.
  return { totals: totals.data, annual: japanAnnual(contributors.data), contributors: contributors.data };
}
