import { z } from "astro/zod";
import { bilingual, slug, uniqueIds, $schema, id } from "./common.ts";
import { sourceId } from "./sources.ts";

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
