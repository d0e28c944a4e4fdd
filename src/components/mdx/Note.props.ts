import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/** <Note> (also <Callout>): an aside with a heading. */
export const noteProps = z.strictObject(
  {
    /** A heading for the note; defaults to "Note" in the page's language. */
    title: z.string({ error: 'title must be text in quotes, such as title="A correction".' }).optional(),
  },
  { error: unknownProps('it takes only title="…".') },
);
export type NoteProps = z.input<typeof noteProps>;
export const noteHint = '<Note title="A correction">The text of the note.</Note>';
