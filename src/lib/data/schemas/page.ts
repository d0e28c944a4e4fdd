import { z } from "astro/zod";
import { isoDate } from "./common.ts";
import { REGISTRY_FILE, sourceId } from "./sources.ts";

/** Frontmatter of every MDX page in content/pages/<locale>/. */
export const pageSchema = z
  .object({
    title: z
      .string({ error: "Every page needs a title, for example: title: Funding" })
      .trim()
      .min(1, { error: "The title is empty. Write a short title, for example: title: Funding" })
      .max(90, { error: "The title is longer than 90 characters. Shorten it; the description can say more." })
      .describe("The page's heading and browser-tab title. Keep it under 90 characters.")
      .meta({ examples: ["Funding"], jaExample: "拠出" }),
    description: z
      .string({ error: "Every page needs a description: one or two sentences for search results and link previews." })
      .trim()
      .min(30, { error: "The description is shorter than 30 characters. Write one or two full sentences." })
      .max(200, { error: "The description is longer than 200 characters. Search engines cut it; shorten it." })
      .describe("One or two sentences for search results and link previews (30 to 200 characters).")
      .meta({
        examples: ["Japan's assessed and voluntary contributions to the ILO for 2018–22, with their sources."],
        jaExample: "2018〜2022年に日本がILOに拠出した分担金と任意拠出金を、出典とともにまとめています。",
      }),
    navOrder: z
      .number({
        error:
          "navOrder must be a whole number, for example: navOrder: 3 (or leave it out to keep the page out of the menu).",
      })
      .int({ error: "navOrder must be a whole number such as 1, 2 or 3." })
      .min(0, { error: "navOrder must be 0 or more." })
      .optional()
      .describe("Position in the main menu: 0 comes first. Leave it out to keep the page out of the menu.")
      .meta({ examples: [3] }),
    navLabel: z
      .string()
      .trim()
      .min(1)
      .max(24, { error: "navLabel is longer than 24 characters; the menu needs a short word." })
      .optional()
      .describe("A shorter name for the menu, when the title is long.")
      .meta({ examples: ["Funding"], jaExample: "出典" }),
    lastReviewed: isoDate("lastReviewed")
      .describe("The date someone last checked every fact on the page against its sources (YYYY-MM-DD).")
      .meta({ examples: ["2026-11-28"] }),
    listsAllSources: z
      .boolean({ error: "listsAllSources must be true or false (without quotes)." })
      .default(false)
      .describe(
        "true on the Sources page only: its list then shows every source of every page in its language, not just its own.",
      )
      .meta({ examples: [true] }),
    sources: z
      .array(sourceId("Each source"), { error: "sources must be a list, one source id a line: - ilo-donor-profile" })
      .default([])
      .describe(
        `The ids of the sources the page cites with <Cite id="…" />, one a line. Each is written out once, in ${REGISTRY_FILE}.`,
      )
      .meta({ examples: [["ilo-donor-profile", "un-ceb-revenue"]] }),
  })
  .superRefine((page, ctx) => {
    const seen = new Set<string>();
    page.sources.forEach((id, index) => {
      if (seen.has(id)) {
        ctx.addIssue({
          code: "custom",
          path: ["sources", index],
          message: `The source "${id}" is listed twice. List each source once.`,
        });
      }
      seen.add(id);
    });
  });

export type PageData = z.infer<typeof pageSchema>;
