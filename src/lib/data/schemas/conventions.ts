import { z } from "astro/zod";
import { isoDate, partialDate, bilingual, uniqueIds, $schema, id } from "./common.ts";
import { sourceId } from "./sources.ts";

// content/data/conventions.json: Japan's ratification record, one row per ILO Convention.

/** The ILO's three kinds of Convention. Fundamental: the ten since June 2022; governance: Nos. 81, 122, 129, 144. */
export const conventionCategories = ["fundamental", "governance", "technical"] as const;
export type ConventionCategory = (typeof conventionCategories)[number];

/**
 * What the row's source says of Japan and the Convention. The first four are ratifications:
 * in force, denounced since, ratified but not yet in force, or ratified with its status unconfirmed
 * (the sources read differ, or give no date). "approved": the Diet approved ratification but no source read
 * gives the date the ILO registered it (not counted as ratified). "not-ratified": no ratification.
 */
export const ratificationStatuses = [
  "in-force",
  "denounced",
  "not-yet-in-force",
  "unconfirmed",
  "approved",
  "not-ratified",
] as const;
export type RatificationStatus = (typeof ratificationStatuses)[number];

/** The statuses that count as a ratification in the site's counts. */
export const ratifiedStatuses: readonly RatificationStatus[] = [
  "in-force",
  "denounced",
  "not-yet-in-force",
  "unconfirmed",
];

const convention = z
  .object({
    code: z
      .string({
        error: `code must be the Convention's code in quotes, for example "C29", or "MLC" for the Maritime Labour Convention.`,
      })
      .regex(/^(C[1-9]\d*|P[1-9]\d*|MLC)$/, {
        error: 'code must be "C" and the number ("C29"), "P" and the number for a Protocol ("P29"), or "MLC".',
      })
      .describe(
        `The Convention's code: "C29" for No. 29, "P29" for a Protocol, "MLC" for the Maritime Labour Convention, 2006.`,
      )
      .meta({ examples: ["C29"] }),
    title: bilingual("title", { en: "Forced Labour Convention", ja: "強制労働条約" }).describe(
      "The Convention's short title without its year, in English and as the ILO Office for Japan or MOFA writes it in Japanese.",
    ),
    adopted: z
      .number({
        error: "adopted must be the year the Conference adopted the Convention, as a number, for example 1930.",
      })
      .int()
      .min(1919, { error: "adopted is before 1919, the year of the first Conference." })
      .describe("The year the International Labour Conference adopted it.")
      .meta({ examples: [1930] }),
    category: z
      .enum(conventionCategories, {
        error: 'category must be "fundamental", "governance" or "technical".',
      })
      .describe("The ILO's category for the Convention: fundamental, governance or technical.")
      .meta({ examples: ["fundamental"] }),
    status: z
      .enum(ratificationStatuses, {
        error: `status must be one of ${ratificationStatuses.map((s) => `"${s}"`).join(", ")}.`,
      })
      .describe(
        "What the source says: in-force, denounced, not-yet-in-force, unconfirmed (sources differ or give no date), approved (by the Diet, ILO registration not found) or not-ratified.",
      )
      .meta({ examples: ["in-force"] }),
    ratified: partialDate("ratified")
      .nullable()
      .describe("The date Japan ratified it, as precisely as the source gives it (YYYY-MM-DD or YYYY), or null.")
      .meta({ examples: ["1932-11-21"] }),
    denounced: isoDate("denounced")
      .optional()
      .describe("The date Japan's denunciation took effect, where the source gives it.")
      .meta({ examples: ["2000-07-28"] }),
    inForce: isoDate("inForce")
      .optional()
      .describe(
        "The date it entered into force for Japan, where the source gives it and it differs from the ratification.",
      )
      .meta({ examples: ["2023-07-19"] }),
    approved: isoDate("approved")
      .optional()
      .describe("The date the Diet approved ratification (status approved).")
      .meta({ examples: ["2025-05-23"] }),
    note: bilingual("note", {
      en: "Denounced when Japan ratified Convention No. 138.",
      ja: "第138号条約の批准により廃棄。",
    })
      .optional()
      .describe("A short note shown with the status, in both languages."),
    source: sourceId("source"),
  })
  .superRefine((c, ctx) => {
    const ratifiedStatus = ratifiedStatuses.includes(c.status);
    if (c.status === "not-ratified" || c.status === "approved") {
      if (c.ratified !== null)
        ctx.addIssue({
          code: "custom",
          path: ["ratified"],
          message: `ratified is "${c.ratified}" but status is "${c.status}". Write null, or set status to what the source says (for example "in-force").`,
        });
    } else if (c.ratified === null && c.status !== "unconfirmed") {
      ctx.addIssue({
        code: "custom",
        path: ["ratified"],
        message: `ratified is null but status is "${c.status}". Write the date the source gives (YYYY-MM-DD), or set status to "unconfirmed" and say in note that no date was found.`,
      });
    }
    if (c.status === "unconfirmed" && !c.note)
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message:
          'status "unconfirmed" needs a note saying what the sources leave open, for example that they give no date.',
      });
    if (c.status === "approved" && !c.approved)
      ctx.addIssue({
        code: "custom",
        path: ["approved"],
        message:
          'status "approved" needs approved, the date the Diet approved ratification (YYYY-MM-DD), for example "2025-05-23".',
      });
    if (c.denounced && c.status !== "denounced")
      ctx.addIssue({
        code: "custom",
        path: ["denounced"],
        message: `denounced is set but status is "${c.status}". Set status to "denounced", or remove denounced.`,
      });
    if (!ratifiedStatus && c.inForce)
      ctx.addIssue({
        code: "custom",
        path: ["inForce"],
        message: `inForce is set but status is "${c.status}", which is not a ratification. Remove inForce.`,
      });
  });

export type Convention = z.infer<typeof convention>;

export const conventionsSchema = z
  .object({
    $schema,
    id,
    record: z
      .object({
        count: z
          .number({ error: "record.count must be the number of ratifications the list gives, for example 50." })
          .int()
          .positive()
          .describe("How many ratifications the official list counts, including Conventions later denounced.")
          .meta({ examples: [50] }),
        asOf: isoDate("record.asOf")
          .describe("The date the official list says it is current to.")
          .meta({ examples: ["2022-07-20"] }),
        source: sourceId("record.source"),
      })
      .describe(
        "The official list this record follows, and the count it gives, so the page can say how much of it the rows cover.",
      ),
    checked: isoDate("checked")
      .describe("The day the rows were last checked against their sources (YYYY-MM-DD).")
      .meta({ examples: ["2026-12-05"] }),
    conventions: z
      .array(convention)
      .min(1)
      .describe(
        "Every Convention in Japan's record: the ten fundamental ones first, then the others in order of ratification.",
      ),
  })
  .superRefine((c, ctx) => {
    uniqueIds(c.conventions, (x) => x.code, "conventions", ctx);
    const fundamental = c.conventions.filter((x) => x.category === "fundamental");
    if (fundamental.length !== 10)
      ctx.addIssue({
        code: "custom",
        path: ["conventions"],
        message: `conventions has ${fundamental.length} rows with category "fundamental"; the ILO has ten fundamental Conventions since June 2022. List each of the ten once, ratified or not.`,
      });
    const firstOther = c.conventions.findIndex((x) => x.category !== "fundamental");
    c.conventions.forEach((x, i) => {
      if (firstOther !== -1 && i > firstOther && x.category === "fundamental")
        ctx.addIssue({
          code: "custom",
          path: ["conventions", i, "category"],
          message: `conventions[${i}] (${x.code}) is fundamental but comes after other Conventions. Move the ten fundamental Conventions to the top.`,
        });
    });
    const ratifiedRows = c.conventions.filter((x) => ratifiedStatuses.includes(x.status)).length;
    if (ratifiedRows > c.record.count)
      ctx.addIssue({
        code: "custom",
        path: ["record", "count"],
        message: `record.count is ${c.record.count} but ${ratifiedRows} rows are ratifications. Check the count the official list gives.`,
      });
  })
  .describe(
    "Japan's record of ILO Conventions: every ratification read from a source, and the ten fundamental Conventions, shown on /membership/.",
  );

export type Conventions = z.infer<typeof conventionsSchema>;
