import { z } from "astro/zod";
import { isoDate } from "./common.ts";
import { REGISTRY_FILE, sourceId } from "./sources.ts";
import { JAPAN, TOP_N, shownNames } from "../../funding/contributors.ts";
import { instruments, type Instrument } from "../../funding/instruments.ts";

/**
 * CEB lines that are not contributors (facts E), and the EU, which is not a government. "Miscellaneous",
 * "Refunds to donors/Miscellaneous", the Junior Professional Officers programme and a foundation are lines
 * the CEB files under governments (the open.unfck.org pipeline lists them in python/utils.py).
 */
const notGovernments =
  /unattributed|other contributors|revenue from|pooled|fund\b|foundation|european union|miscellaneous|refunds? to donors|junior professional officers/i;

/** Whether a CEB name is a government this file may hold: the schema's rule, which the yearly import applies too. */
export const isGovernmentName = (name: string) => !notGovernments.test(name);

const money = (field: string) =>
  z
    .number({
      error: (issue) =>
        `${field} must be a number of US dollars without quotes or thousands separators, for example 37656521.0 (found ${JSON.stringify(issue.input)}). Leave the field out when the CEB gives no amount.`,
    })
    .optional()
    .describe(
      `${field}: US dollars as the CEB publishes them; may be negative (an accounting adjustment). Omit when none.`,
    )
    .meta({ examples: [37656521.0] });

const government = z.strictObject(
  {
    name: z
      .string({ error: 'Each government needs a name, as the CEB writes it, for example "name": "Japan".' })
      .min(1, { error: 'A government\'s name cannot be empty. Write it as the CEB does, for example "Japan".' })
      .refine(isGovernmentName, {
        error: (issue) =>
          `"${String(issue.input)}" is not a government. This file holds the CEB's "Government" rows only: leave out catch-all lines (Unattributed, Other Contributors, Revenue from Activities, pooled funds) and the European Union.`,
      })
      .describe('The government as the CEB names it, for example "Japan" or "United States of America".')
      .meta({ examples: ["Japan"] }),
    ...(Object.fromEntries(instruments.map((k) => [k, money(k)])) as Record<Instrument, ReturnType<typeof money>>),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}. A government row may only have name, ${instruments.join(", ")}; for example { "name": "Japan", "assessed": 38530340, "voluntaryEarmarked": 13623571 }.`
        : 'Each government must look like { "name": "Japan", "assessed": 38530340, "voluntaryEarmarked": 13623571 }.',
  },
);

const yearEntry = z.object(
  {
    year: z
      .number({ error: "year must be a year written as a number without quotes, for example 2024." })
      .int({ error: "year must be a whole year, for example 2024." })
      .min(1919, { error: "year is before 1919, the year the ILO was founded. Check the year." })
      .max(2100, { error: "year is after 2100. Check the year." })
      .describe("The calendar year the CEB reports the revenue for.")
      .meta({ examples: [2024] }),
    governments: z
      .array(government, { error: "governments must be a list of rows, one per government." })
      .min(1, { error: "governments is empty. Copy that year's Government rows from the CEB file." })
      .superRefine((rows, ctx) => {
        rows.forEach((row, i) => {
          if (rows.findIndex((r) => r.name === row.name) !== i)
            ctx.addIssue({
              code: "custom",
              path: [i, "name"],
              message: `"${row.name}" appears twice in this year. Keep one row per government (add the amounts together if the CEB splits them).`,
            });
        });
        if (!rows.some((r) => r.name === JAPAN))
          ctx.addIssue({
            code: "custom",
            path: [],
            message: `This year has no row for "${JAPAN}". Add Japan's row from the CEB file: the site shows Japan's rank every year.`,
          });
      })
      .describe("Every government the CEB lists for the year, with its revenue by instrument."),
  },
  { error: 'Each year must look like { "year": 2024, "governments": [ { "name": "Japan", … }, … ] }.' },
);

/** Revenue of the ILO from every government, by year and instrument, as the UN CEB publishes it. */
export const contributorsSchema = z
  .object({
    $schema: z.string().optional().describe("Path to the JSON Schema that lets code editors check this file."),
    id: z.string().describe("Filled in by the site from the file name."),
    kind: z
      .literal("government-contributors", { error: 'kind must be "government-contributors" in this file.' })
      .describe('Which dataset this file holds: always "government-contributors" here.'),
    currency: z
      .enum(["USD"], { error: 'currency must be "USD": the CEB publishes US dollars.' })
      .describe('Currency of every amount. Only "USD".'),
    unit: z
      .enum(["one"], { error: 'unit must be "one": the amounts are whole US dollars, as the CEB publishes them.' })
      .describe('"one": amounts are US dollars, as published.'),
    names: z
      .record(
        z.string(),
        z.strictObject(
          {
            ja: z
              .string({ error: 'Each name needs "ja", the Japanese name, for example { "ja": "英国" }.' })
              .min(1, { error: "A Japanese name cannot be empty." })
              .describe("The name as the Ministry of Foreign Affairs of Japan writes it: 米国, 英国, ドイツ…"),
            en: z
              .string({ error: '"en" must be text, for example "United Kingdom".' })
              .min(1, { error: '"en" cannot be empty: leave it out to show the CEB name.' })
              .optional()
              .describe("A shorter English name for labels, when the CEB's is long (United Kingdom)."),
          },
          { error: 'Each name must look like { "ja": "英国", "en": "United Kingdom" } ("en" is optional).' },
        ),
        { error: 'names must map each CEB name to its names, for example { "Japan": { "ja": "日本" } }.' },
      )
      .describe(
        "The names of every government the site shows (the top 10 of any year, and Japan): the Japanese name as the Ministry of Foreign Affairs writes it, and optionally a shorter English one.",
      )
      .meta({
        examples: [{ "United Kingdom of Great Britain and Northern Ireland": { ja: "英国", en: "United Kingdom" } }],
      }),
    years: z
      .array(yearEntry, { error: "years must be a list of years, each with year and governments." })
      .min(1, { error: "years is empty. Add at least one year." })
      .superRefine((rows, ctx) => {
        rows.forEach((row, i) => {
          const previous = rows[i - 1];
          if (rows.findIndex((r) => r.year === row.year) !== i)
            ctx.addIssue({
              code: "custom",
              path: [i, "year"],
              message: `The year ${row.year} appears twice. Keep one entry per year.`,
            });
          else if (previous && row.year !== previous.year + 1)
            ctx.addIssue({
              code: "custom",
              path: [i, "year"],
              message: `Years must follow each other in order with no gaps: ${previous.year} is followed by ${row.year}, expected ${previous.year + 1}.`,
            });
        });
      })
      .describe("One entry per year, in order, with no gaps or repeats."),
    source: sourceId("source").describe(`Where the figures come from: the id of a source in ${REGISTRY_FILE}.`),
    asOf: isoDate("asOf")
      .describe("The date these figures were last checked against the source (YYYY-MM-DD).")
      .meta({ examples: ["2026-11-28"] }),
  })
  .superRefine((data, ctx) => {
    for (const name of shownNames(data.years)) {
      if (!data.names[name]?.ja)
        ctx.addIssue({
          code: "custom",
          path: ["names"],
          message: `"${name}" is shown on the site (Japan, or among the ${TOP_N} largest governments of a year) but has no Japanese name. Add "${name}": { "ja": "…" } to names, as the Ministry of Foreign Affairs writes it (for example "United Kingdom of Great Britain and Northern Ireland": { "ja": "英国", "en": "United Kingdom" }).`,
        });
    }
  })
  .describe("Revenue the ILO recorded from each government, by year and financing instrument (UN CEB).");

export type Contributors = z.infer<typeof contributorsSchema>;
