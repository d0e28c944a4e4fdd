import { z } from "astro/zod";
// The registry's ids are read straight from the file, so every other dataset can check its source ids
// while it is parsed. The import attribute lets Node (tooling, tests) load it as Vite does.
import registryJson from "../../../../content/data/sources.json" with { type: "json" };
import { isoDate, partialDate, sourceLanguage } from "./common.ts";

export const REGISTRY_FILE = "content/data/sources.json";

/** content/data/sources.json as it is on disk, before any check: src/lib/sources/sources.ts validates it. */
export const registryFile: unknown = registryJson;

/** The ids declared in content/data/sources.json. */
export const registryIds: readonly string[] =
  (registryJson as { sources?: { id?: unknown }[] }).sources
    ?.map((s) => s.id)
    .filter((id): id is string => typeof id === "string") ?? [];

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

/**
 * A source id that must exist in content/data/sources.json: the one place a source's title, publisher,
 * address and dates are written. Pages and data files cite sources by id only.
 */
export const sourceId = (field: string) =>
  z
    .string({
      error: (issue) =>
        issue.input !== null && typeof issue.input === "object"
          ? `${field} is written out in full; cite it by its id only, for example "ilo-donor-profile". Its title, publisher, address and dates are written once, in ${REGISTRY_FILE}.`
          : `${field} must be the id of a source in ${REGISTRY_FILE}, for example "ilo-donor-profile".`,
    })
    .refine((id) => registryIds.includes(id), {
      error: (issue) =>
        `${field} "${String(issue.input)}" is not a source in ${REGISTRY_FILE}. ` +
        `Use one of its ids (${registryIds.join(", ")}), or add the source to ${REGISTRY_FILE} first.`,
    })
    .describe(`The id of a source in ${REGISTRY_FILE}.`)
    .meta({ examples: ["ilo-donor-profile"] });

const slug = (field: string, example: string) =>
  z
    .string({ error: `${field} is missing. Write a short id such as "${example}".` })
    .regex(/^[a-z0-9][a-z0-9-]*$/, {
      error: `${field} uses lower-case letters, digits and hyphens only, for example "${example}".`,
    })
    .meta({ examples: [example] });

/** Duplicate ids, reported at the second one. */
function uniqueIds<T>(items: readonly T[], key: (item: T) => string | number, path: string, ctx: z.RefinementCtx) {
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

const $schema = z.string().optional().describe("Path to the JSON Schema that lets code editors check this file.");
const id = z.string().describe("Filled in by the site from the file name.");

// ---------------------------------------------------------------------------------------------------------
// content/data/sources.json: every source a data file cites, in both languages.

export const registrySourceSchema = z
  .object({
    id: slug("id", "ilo-tokyo-history-1919").describe(
      'Short name of the source, cited by pages (sources: and <Cite id="…" />) and data files ("source").',
    ),
    title: bilingual("title", {
      en: "Brief History 1: 1919–1939",
      ja: "Brief History 1: 1919–1939（ILO駐日事務所の歴史1）",
    }).describe(
      "Title in each language. The Japanese keeps the source's own title and adds a Japanese gloss in （） when the source is not in Japanese.",
    ),
    publisher: bilingual("publisher", { en: "ILO Office for Japan", ja: "ILO駐日事務所" }).describe(
      "Who published it, in each language.",
    ),
    url: z
      .url({ protocol: /^https?$/, error: "url must be a full web address starting with https://." })
      .describe("Full web address of the source.")
      .meta({ examples: ["https://www.ilo.org/tokyo/ilo-japan/history/WCMS_459463/lang--en/index.htm"] }),
    language: sourceLanguage,
    published: partialDate("published")
      .optional()
      .describe("Publication date, only if the source shows one (YYYY-MM-DD, YYYY-MM or YYYY).")
      .meta({ examples: ["2023-04-25"] }),
    accessed: isoDate("accessed")
      .optional()
      .describe(
        "Date the source was last read (YYYY-MM-DD). Every page and table citing the source shows it: update it here when you check the source again.",
      )
      .meta({ examples: ["2026-11-28"] }),
    asOf: partialDate("asOf")
      .optional()
      .describe('Date the source says it is current to ("as of …").')
      .meta({ examples: ["2022-07-20"] }),
  })
  .refine((s) => s.published !== undefined || s.accessed !== undefined, {
    error:
      "A source needs a date: published only if the source shows a publication date; otherwise accessed (and asOf if it gives one).",
    path: ["published"],
  });

export type RegistrySource = z.infer<typeof registrySourceSchema>;

/** A source as a page shows it: the registry's entry with its title and publisher in the page's language. */
export type Source = Omit<RegistrySource, "title" | "publisher"> & { title: string; publisher: string };

export const sourceRegistrySchema = z
  .object({
    $schema,
    id,
    sources: z.array(registrySourceSchema).min(1).describe("Every source the pages and data files cite."),
  })
  .superRefine((file, ctx) => uniqueIds(file.sources, (s) => s.id, "sources", ctx))
  .describe(
    "Every source the site cites, in both languages: the only place a source's title, publisher, address and dates are written. Pages and data files cite a source by its id.",
  );

export type SourceRegistry = z.infer<typeof sourceRegistrySchema>;

// ---------------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------------
// content/data/glossary.json

const term = z.object({
  id: slug("id", "earmarked").describe(
    'The anchor on /glossary/ and the id for <Term id="…">. Lower-case letters, digits and hyphens.',
  ),
  term: bilingual("term", { en: "Earmarked", ja: "使途指定" }).describe(
    "The term as readers meet it, in each language.",
  ),
  definition: bilingual("definition", {
    en: "Money given for a purpose the donor names.",
    ja: "拠出する側が使い道を指定した資金です。",
  }).describe("A definition in your own words from the source, in each language."),
  source: sourceId("source"),
});

export type GlossaryTerm = z.infer<typeof term>;

export const glossarySchema = z
  .object({
    $schema,
    id,
    terms: z.array(term).min(1).describe("Every term, in the order the glossary shows them."),
  })
  .superRefine((g, ctx) => uniqueIds(g.terms, (t) => t.id, "terms", ctx))
  .describe('The glossary on /glossary/. <Term id="…"> in a page links to these entries.');

export type Glossary = z.infer<typeof glossarySchema>;
