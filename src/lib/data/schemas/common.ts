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

/** A text written in both languages. The Japanese is written for Japanese readers, not translated word for word. */
export const bilingual = (field: string, example: { en: string; ja: string }) =>
  z
    .object(
      {
        en: z
          .string({ error: `${field}.en is missing. Write the English text, for example "${example.en}".` })
          .trim()
          .min(1, { error: `${field}.en is empty. Write the English text, for example "${example.en}".` })
          .describe("The English text.")
          .meta({ examples: [example.en] }),
        ja: z
          .string({
            error: `${field}.ja is missing. Write the Japanese text, for example "${example.ja}": every entry is shown in both languages.`,
          })
          .trim()
          .min(1, {
            error: `${field}.ja is empty. Write the Japanese text, for example "${example.ja}": every entry is shown in both languages.`,
          })
          .describe("The Japanese text, written for Japanese readers (official names, full-width punctuation).")
          .meta({ examples: [example.ja] }),
      },
      { error: `${field} must be { "en": "…", "ja": "…" }, the text in English and in Japanese.` },
    )
    .meta({ examples: [example] });

export const slug = (field: string, example: string) =>
  z
    .string({ error: `${field} is missing. Write a short id such as "${example}".` })
    .regex(/^[a-z0-9][a-z0-9-]*$/, {
      error: `${field} uses lower-case letters, digits and hyphens only, for example "${example}".`,
    })
    .meta({ examples: [example] });

/** Duplicate ids, reported at the second one. */
export function uniqueIds<T>(
  items: readonly T[],
  key: (item: T) => string | number,
  path: string,
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string | number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k))
      ctx.addIssue({
        code: "custom",
        path: [path, i],
        message: `${path}[${i}] repeats "${k}", already used above. Give each entry its own id, or merge the two.`,
      });
    seen.add(k);
  });
}

export const $schema = z
  .string()
  .optional()
  .describe("Path to the JSON Schema that lets code editors check this file.");
export const id = z.string().describe("Filled in by the site from the file name.");
