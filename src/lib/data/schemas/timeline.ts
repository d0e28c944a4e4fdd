import { z } from "astro/zod";
import { bilingual, slug, uniqueIds, $schema, id } from "./common.ts";
import { sourceId } from "./sources.ts";

// content/data/timeline.json

export const precisions = ["year", "month", "day"] as const;
export type Precision = (typeof precisions)[number];
const precisionPattern: Record<Precision, { re: RegExp; form: string; example: string }> = {
  year: { re: /^\d{4}$/, form: "YYYY", example: "1951" },
  month: { re: /^\d{4}-(0[1-9]|1[0-2])$/, form: "YYYY-MM", example: "1923-04" },
  day: { re: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, form: "YYYY-MM-DD", example: "1922-11-23" },
};

export const themes = ["membership", "governing-body", "office", "standards", "cooperation", "funding"] as const;
export type Theme = (typeof themes)[number];

const event = z
  .object({
    date: z
      .string({ error: 'date must be written in quotes as "YYYY", "YYYY-MM" or "YYYY-MM-DD", for example "1923-04".' })
      .describe('When it happened, as precisely as the source says: "1951", "1923-04" or "1922-11-23".')
      .meta({ examples: ["1922-11-23"] }),
    precision: z
      .enum(precisions, { error: 'precision must be "year", "month" or "day": how precisely the source dates it.' })
      .describe('How precisely the source dates the event: "year", "month" or "day". It must match date.')
      .meta({ examples: ["day"] }),
    theme: z
      .enum(themes, {
        error: `theme must be one of ${themes.map((t) => `"${t}"`).join(", ")}.`,
      })
      .describe(`What the event is about: ${themes.join(", ")}.`)
      .meta({ examples: ["standards"] }),
    title: bilingual("title", { en: "First ratifications", ja: "最初の条約批准" }).describe(
      "A short heading for the event, in English and Japanese.",
    ),
    text: bilingual("text", {
      en: "Japan ratified its first two Conventions, Nos. 2 and 9.",
      ja: "日本は最初の条約として、第2号条約と第9号条約を批准しました。",
    }).describe("One or two sentences on what happened, in English and Japanese."),
    source: sourceId("source"),
  })
  .superRefine((e, ctx) => {
    const p = precisionPattern[e.precision];
    if (p && !p.re.test(e.date)) {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message:
          `date "${e.date}" does not match precision "${e.precision}": write it as ${p.form}, for example "${p.example}", ` +
          `or set precision to how precisely the source dates it ("year", "month" or "day").`,
      });
    } else if (e.precision === "day" && new Date(`${e.date}T00:00:00Z`).toISOString().slice(0, 10) !== e.date) {
      ctx.addIssue({ code: "custom", path: ["date"], message: `date "${e.date}" is not a real calendar day.` });
    }
  });

export type TimelineEvent = z.infer<typeof event>;

const era = z.object({
  id: slug("id", "post-war").describe("Short name of the era: lower-case letters, digits and hyphens."),
  from: z
    .number({ error: "from must be a year written as a number, for example 1940." })
    .int()
    .min(1919, { error: "from is before 1919, the year the ILO was founded." })
    .describe("The first year of the era. An event belongs to the last era that starts in or before its year.")
    .meta({ examples: [1940] }),
  title: bilingual("title", { en: "Withdrawal and return", ja: "脱退と再加盟" }).describe(
    "The era's heading in each language.",
  ),
});

export const timelineSchema = z
  .object({
    $schema,
    id,
    eras: z.array(era).min(1).describe("Headings that divide the timeline, in order."),
    events: z.array(event).min(1).describe("Every event, in date order."),
  })
  .superRefine((t, ctx) => {
    uniqueIds(t.eras, (e) => e.id, "eras", ctx);
    t.eras.forEach((e, i) => {
      const prev = t.eras[i - 1];
      if (prev && prev.from >= e.from)
        ctx.addIssue({
          code: "custom",
          path: ["eras", i, "from"],
          message: `eras[${i}] starts in ${e.from}, not after the era above it (${prev.from}). List eras in order.`,
        });
    });
    const first = t.eras[0];
    t.events.forEach((e, i) => {
      const prev = t.events[i - 1];
      if (prev && prev.date > e.date)
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "date"],
          message: `events[${i}] (${e.date}) comes before the event above it (${prev.date}). Keep events in date order.`,
        });
      if (first && Number(e.date.slice(0, 4)) < first.from)
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "date"],
          message: `events[${i}] (${e.date}) is before the first era (${first.from}). Add an earlier era or check the date.`,
        });
    });
  })
  .describe("The history timeline on /history/: eras and dated events, each with its source.");

export type Timeline = z.infer<typeof timelineSchema>;
