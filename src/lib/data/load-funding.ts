import { getEntry } from "astro:content";
import { datasets } from "./registry.ts";

/**
 * The funding datasets, from content/data/. Every page, component and generated file that shows a
 * funding figure reads them here, so a missing file stops the build with the same message everywhere.
 * (Not pure like the rest of src/lib: it reads the content collections, so only Astro code calls it.)
 */
export async function fundingData() {
  const totals = await getEntry("fundingTotals", datasets.fundingTotals.id);
  const annual = await getEntry("fundingAnnual", datasets.fundingAnnual.id);
  if (!totals)
    throw new Error(
      `${datasets.fundingTotals.file} is missing: the funding figures are made from it. Restore it from the repository.`,
    );
  if (!annual)
    throw new Error(
      `${datasets.fundingAnnual.file} is missing: the year-by-year figures are made from it. Restore it from the repository.`,
    );
  const contributors = await getEntry("fundingContributors", datasets.fundingContributors.id);
  if (!contributors)
    throw new Error(
      `${datasets.fundingContributors.file} is missing: the ranks among governments are made from it. Restore it from the repository.`,
    );
  return { totals: totals.data, annual: annual.data, contributors: contributors.data };
}
