import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";
import { shows, views } from "../../lib/funding/chart-keys";

/** <FundingChart>: the funding chart over its tables. */
export const fundingChartProps = z.strictObject(
  {
    /** Which dataset to show first: the ILO's 2018–22 totals, or the UN CEB figures by year. */
    view: z
      .enum(views, {
        error: (issue) =>
          `view=${JSON.stringify(issue.input)} is not a view. Use ${views.map((v) => `view="${v}"`).join(" or ")}.`,
      })
      .default("totals"),
    /** Whether the chart or the table shows first when JavaScript runs. */
    show: z
      .enum(shows, {
        error: (issue) =>
          `show=${JSON.stringify(issue.input)} is not a mode. Use ${shows.map((v) => `show="${v}"`).join(" or ")}.`,
      })
      .default("chart"),
  },
  { error: unknownProps('it takes view="…" and show="…".') },
);
export type FundingChartProps = z.input<typeof fundingChartProps>;
export const fundingChartHint = '<FundingChart view="annual" show="table" />';
