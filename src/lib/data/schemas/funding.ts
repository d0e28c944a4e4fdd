import { z } from "astro/zod";
import { isoDate, sourceSchema } from "./common.ts";

const currency = z
  .enum(["USD"], { error: 'currency must be "USD". The site only shows US dollars; convert other currencies first.' })
  .describe('Currency of every amount in the file. Only "USD" is accepted.')
  .meta({ examples: ["USD"] });

const year = (field: string) =>
  z
    .number({ error: `${field} must be a year written as a number without quotes, for example 2018.` })
    .int({ error: `${field} must be a whole year, for example 2018.` })
    .min(1919, { error: `${field} is before 1919, the year the ILO was founded. Check the year.` })
    .max(2100, { error: `${field} is after 2100. Check the year.` })
    .meta({ examples: [2018] });

/**
 * A headline amount: the ILO's period totals, and Japan's yearly assessed and earmarked revenue in the CEB data.
 * It must be positive. The CEB does publish negative amounts, and they are real accounting adjustments, not typos;
 * but a negative yearly total for one of these two instruments would be a net refund, which the stacked bars and
 * the "times as large" sentence cannot show honestly. So the schema stops the build instead of letting an editor
 * drop the minus sign, and the optional instruments below (which the charts only add) accept negatives.
 */
const amount = (field: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is missing. Add it as a number, for example 177.8.`
          : `${field} must be a number without quotes, for example 177.8 (found ${JSON.stringify(issue.input)}).`,
    })
    .positive({
      error: `${field} must be greater than 0. Never drop a minus sign to pass this check: a negative amount in the UN CEB data is a real accounting adjustment, which these charts cannot show yet. Check the figure against its source.`,
    })
    .describe(`${field}: a positive number, without quotes or thousands separators.`)
    .meta({ examples: [177.8] });

/** An instrument the CEB may record nothing for: optional, and may be negative (an accounting adjustment). */
const instrument = (field: string) =>
  z
    .number({
      error: (issue) =>
        `${field} must be a number without quotes, for example 1250000 (found ${JSON.stringify(issue.input)}). Leave it out when the CEB records none.`,
    })
    .optional()
    .meta({ examples: [1250000] });

const common = {
  $schema: z.string().optional().describe("Path to the JSON Schema that lets code editors check this file."),
  id: z.string().describe("Filled in by the site from the file name."),
  currency,
  source: sourceSchema.describe("Where the figures come from: id, title, publisher, url and a date."),
  asOf: isoDate("asOf")
    .describe("The date these figures were last checked against the source (YYYY-MM-DD).")
    .meta({ examples: ["2026-11-28"] }),
};

/** One total per kind of contribution over a period, as the ILO's donor profile gives them. */
export const periodTotalsSchema = z
  .object({
    ...common,
    kind: z
      .literal("period-totals", { error: 'kind must be "period-totals" in this file.' })
      .describe('Which dataset this file holds: always "period-totals" here.'),
    unit: z
      .enum(["million"], { error: 'unit must be "million": the amounts are in millions of US dollars.' })
      .describe('Scale of every amount: "million" means 177.8 is US$177.8 million.')
      .meta({ examples: ["million"] }),
    period: z
      .object(
        {
          start: year("period.start").describe("First year of the period, for example 2018."),
          end: year("period.end")
            .describe("Last year of the period, for example 2022.")
            .meta({ examples: [2022] }),
        },
        { error: 'period must look like { "start": 2018, "end": 2022 }.' },
      )
      .refine((p) => p.start <= p.end, {
        error:
          "period.start comes after period.end. Put the earlier year in start, for example 2018, and the later in end.",
        path: ["end"],
      })
      .describe("The years the totals cover, first and last."),
    assessed: amount("assessed").describe("Assessed (regular budget) contributions over the period."),
    voluntary: amount("voluntary")
      .describe("Voluntary (earmarked, non-core) contributions over the period.")
      .meta({ examples: [50.9] }),
  })
  .describe("Japan's contributions to the ILO over a period, by kind.");

const annualRow = z.object(
  {
    year: year("year").describe("The calendar year in which the ILO recorded the revenue."),
    assessed: amount("assessed")
      .describe("Revenue from Japan's assessed contributions that the ILO recorded that year, in US dollars.")
      .meta({ examples: [37656521] }),
    voluntaryEarmarked: amount("voluntaryEarmarked")
      .describe(
        "Revenue from Japan's voluntary earmarked contributions that the ILO recorded that year, in US dollars.",
      )
      .meta({ examples: [4708812.99] }),
    voluntaryUnearmarked: instrument("voluntaryUnearmarked").describe(
      "Voluntary un-earmarked (core) contributions that year, in US dollars. Leave out when the CEB records none.",
    ),
    other: instrument("other").describe(
      "Other revenue the CEB attributes to Japan that year, in US dollars. Leave out when the CEB records none.",
    ),
  },
  { error: 'Each year must look like { "year": 2018, "assessed": 37656521, "voluntaryEarmarked": 4708812.99 }.' },
);

/** Year-by-year revenue, as the UN System Chief Executives Board publishes it. */
export const annualSchema = z
  .object({
    ...common,
    kind: z
      .literal("annual", { error: 'kind must be "annual" in this file.' })
      .describe('Which dataset this file holds: always "annual" here.'),
    unit: z
      .enum(["one"], { error: 'unit must be "one": the amounts are whole US dollars, as the source publishes them.' })
      .describe('Scale of every amount: "one" means the amounts are in US dollars, as published.')
      .meta({ examples: ["one"] }),
    years: z
      .array(annualRow, { error: "years must be a list of years, each with year, assessed and voluntaryEarmarked." })
      .min(1, { error: "years is empty. Add at least one year." })
      .superRefine((rows, ctx) => {
        rows.forEach((row, i) => {
          const previous = rows[i - 1];
          if (rows.findIndex((r) => r.year === row.year) !== i) {
            ctx.addIssue({
              code: "custom",
              path: [i, "year"],
              message: `The year ${row.year} appears twice. Keep one entry per year.`,
            });
          } else if (previous && row.year !== previous.year + 1) {
            ctx.addIssue({
              code: "custom",
              path: [i, "year"],
              message: `Years must follow each other in order with no gaps: ${previous.year} is followed by ${row.year}, expected ${previous.year + 1}.`,
            });
          }
        });
      })
      .describe("One entry per year, in order, with no gaps or repeats."),
  })
  .describe("The ILO's revenue from Japan by year, by kind.");

export type PeriodTotals = z.infer<typeof periodTotalsSchema>;
export type Annual = z.infer<typeof annualSchema>;
export type AnnualRow = Annual["years"][number];
