import { z } from "astro/zod";
// The registry's ids are read straight from the file, so every other dataset can check its source ids
// while it is parsed. The import attribute lets Node (tooling, tests) load it as Vite does.
import registryJson from "../../../../content/data/sources.json" with { type: "json" };
import { isoDate, partialDate, sourceLanguage, bilingual, slug, uniqueIds, $schema, id } from "./common.ts";

export const REGISTRY_FILE = "content/data/sources.json";

/** content/data/sources.json as it is on disk, before any check: src/lib/sources/sources.ts validates it. */
export const registryFile: unknown = registryJson;

/** The ids declared in content/data/sources.json. */
export const registryIds: readonly string[] =
  (registryJson as { sources?: { id?: unknown }[] }).sources
    ?.map((s) => s.id)
    .filter((id): id is string => typeof id === "string") ?? [];

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
