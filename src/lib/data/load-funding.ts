import { getEntry } from "astro:content";
import { fundingModel, type Funding } from "../funding/model.ts";
import { datasets } from "./registry.ts";
import { unavailableData } from "./unavailable.ts";

/** The last model made, with the entries it was made from: a page calls fundingData from many components. */
let made: { from: [object, object]; funding: Funding } | undefined;

/**
 * The funding datasets, from content/data/, with the rows every view shows computed once (fundingModel in
 * src/lib/funding/model.ts). Every page, component and generated file that shows a funding figure reads them
 * here, so a missing or invalid file stops the build with the same message everywhere.
 * (Not pure like the rest of src/lib: it reads the content collections, so only Astro code calls it.)
 */
export async function fundingData(): Promise<Funding> {
  const totals = await getEntry("fundingTotals", datasets.fundingTotals.id);
  if (!totals) throw unavailableData(datasets.fundingTotals, "the funding figures are made from it");
  const contributors = await getEntry("fundingContributors", datasets.fundingContributors.id);
  if (!contributors)
    throw unavailableData(datasets.fundingContributors, "the ranks among governments are made from it");
  // Kept while the collections hand back the same data; an edited file (in `astro dev`) comes as a new object.
  if (made?.from[0] !== totals.data || made.from[1] !== contributors.data)
    made = { from: [totals.data, contributors.data], funding: fundingModel(totals.data, contributors.data) };
  return made.funding;
}
