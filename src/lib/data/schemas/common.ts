import { z } from "astro/zod";

/**
 * YAML turns an unquoted `2024-05-01` into a Date, JSON keeps it a string.
 * Editors should not have to know that, so both are accepted and normalised to "YYYY-MM-DD".
 */
function toIsoDay(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

export const isoDate = (field: string) =>
  z.preprocess(
    toIsoDay,
    z
      .string({ error: `${field} must be a date written as YYYY-MM-DD, for example 2026-11-28.` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        error: `${field} must be a date written as YYYY-MM-DD, for example 2026-11-28.`,
        abort: true,
      })
      .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
        error: `${field} is not a real calendar date. Write YYYY-MM-DD, for example 2026-11-28.`,
      }),
  );

/** A publication date that may be only a year or a month, as many web pages give no day. */
export const partialDate = (field: string) =>
  z.preprocess(
    (value) => (typeof value === "number" ? String(value) : toIsoDay(value)),
    z
      .string({ error: `${field} must be a date written as YYYY-MM-DD, YYYY-MM or YYYY, for example 2022-07-19.` })
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
        error: `${field} must be a date written as YYYY-MM-DD, YYYY-MM or YYYY, for example 2022-07-19.`,
      }),
  );

/** The language a source is written in; the source list marks those not in the page's language. */
export const sourceLanguages = ["en", "ja", "fr"] as const;
export const sourceLanguage = z
  .enum(sourceLanguages, {
    error: 'language must be "en" (English), "ja" (Japanese) or "fr" (French): the language the source is written in.',
  })
  .optional()
  .describe(
    'Language the source is written in: "en", "ja" or "fr". Leave it out for English. Lists mark sources in another language than the page.',
  )
  .meta({ examples: ["ja"] });

export type SourceLanguage = (typeof sourceLanguages)[number];

export const sourceSchema = z
  .object(
    {
      id: z
        .string({ error: 'Each source needs an id, a short name such as "mofa-oda-2005". <Cite id="…" /> uses it.' })
        .regex(/^[a-z0-9][a-z0-9-]*$/, {
          error: 'A source id uses lower-case letters, digits and hyphens only, for example "ilo-donor-profile".',
        })
        .describe('Short name of the source, used by <Cite id="…" />. Lower-case letters, digits and hyphens.')
        .meta({ examples: ["ilo-donor-profile"] }),
      title: z
        .string({ error: "Each source needs a title: the title of the page or document." })
        .min(1, { error: "A source title cannot be empty." })
        .describe("Title of the page or document, as its publisher gives it.")
        .meta({ examples: ["Japan - ILO Cooperation"] }),
      publisher: z
        .string({
          error: 'Each source needs a publisher, for example "ILO" or "Ministry of Foreign Affairs of Japan".',
        })
        .min(1, { error: "A source publisher cannot be empty." })
        .describe("Who published it, for example ILO, or Ministry of Foreign Affairs of Japan.")
        .meta({ examples: ["Ministry of Foreign Affairs of Japan"] }),
      url: z
        .url({
          protocol: /^https?$/,
          error: "A source url must be a full web address starting with https://, for example https://www.ilo.org/….",
        })
        .describe("Full web address of the source, starting with https://.")
        .meta({ examples: ["https://www.ilo.org/pardev/donors/japan/lang--en/index.htm"] }),
      published: partialDate("published")
        .optional()
        .describe("Date the source was published (YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day).")
        .meta({ examples: ["2022-07-20"] }),
      accessed: isoDate("accessed")
        .optional()
        .describe("Date you last read the source (YYYY-MM-DD). Needed when it has no publication date.")
        .meta({ examples: ["2026-11-28"] }),
      asOf: partialDate("asOf")
        .optional()
        .describe(
          'The date the source says its content is current to ("as of 20 July 2022"), when it shows no publication date.',
        )
        .meta({ examples: ["2022-07-20"] }),
      language: sourceLanguage,
    },
    {
      // Without this, a forgotten source only says "expected object, received undefined".
      error: (issue) =>
        issue.input === undefined
          ? 'The source is missing. Add "source": { "id", "title", "publisher", "url", and "published" or "accessed" }.'
          : 'A source must be an object: { "id", "title", "publisher", "url", and "published" or "accessed" }.',
    },
  )
  .refine((s) => s.published !== undefined || s.accessed !== undefined, {
    error:
      "A source needs a date: add published: YYYY-MM-DD only if the source shows a publication date; otherwise accessed: YYYY-MM-DD (and asOf if it says what date it is current to).",
    path: ["published"],
  });

export type Source = z.infer<typeof sourceSchema>;
