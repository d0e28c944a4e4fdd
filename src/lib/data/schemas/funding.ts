import { z } from "astro/zod";
import { isoDate } from "./common.ts";
import { REGISTRY_FILE, sourceId } from "./sources.ts";

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

const amount = (field: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is missing. Add it as a number, for example 177.8.`
          : `${field} must be a number without quotes, for example 177.8 (found ${JSON.stringify(issue.input)}).`,
    })
    .positive({
      error: `${field} must be greater than 0. Amounts are money received; write them without a minus sign.`,
    })
    .describe(`${field}: a positive number, without quotes or thousands separators.`)
    .meta({ examples: [177.8] });

const common = {
  $schema: z.string().optional().describe("Path to the JSON Schema that lets code editors check this file."),
  id: z.string().describe("Filled in by the site from the file name."),
  currency,
  source: sourceId("source").describe(`Where the figures come from: the id of a source in ${REGISTRY_FILE}.`),
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

export type PeriodTotals = z.infer<typeof periodTotalsSchema>;
