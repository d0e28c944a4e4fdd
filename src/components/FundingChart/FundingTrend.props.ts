import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/** <FundingTrend />: the funding page's sentences on change over time, computed from the data. No props. */
export const fundingTrendProps = z.strictObject(
  {},
  { error: unknownProps("write it as <FundingTrend /> with nothing else: its sentences come from the data.") },
);
export type FundingTrendProps = z.input<typeof fundingTrendProps>;
export const fundingTrendHint = "<FundingTrend />";
