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
