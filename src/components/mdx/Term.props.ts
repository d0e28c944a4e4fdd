import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/** <Term id="…">word</Term>: links the first mention of a term on a page to its glossary entry. */
export const termProps = z.strictObject(
  {
    /** The id of an entry in content/data/glossary.json, for example "earmarked". */
    id: z.string({ error: "needs an id, the id of an entry in content/data/glossary.json." }).min(1, {
      error: 'has an empty id. Write the id of a glossary entry, such as id="earmarked".',
    }),
  },
  { error: unknownProps('it takes only id="…".') },
);
export type TermProps = z.input<typeof termProps>;
export const termHint = '<Term id="earmarked">earmarked</Term>';
