import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/** <Cite id="…" />: a numbered link to a source declared in the page's frontmatter. */
export const citeProps = z.strictObject(
  {
    /** The id of a source declared in this page's frontmatter. */
    id: z.string({ error: "needs an id, the id of a source in the page's frontmatter." }).min(1, {
      error: 'has an empty id. Write the id of a source in the page\'s frontmatter, such as id="ilo-donor-profile".',
    }),
  },
  { error: unknownProps('it takes only id="…".') },
);
export type CiteProps = z.input<typeof citeProps>;
export const citeHint = '<Cite id="ilo-donor-profile" />';
