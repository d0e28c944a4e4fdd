import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/** <EmbedBox />: the embed snippet and the downloads. It takes no props; the choices are made by the reader. */
export const embedBoxProps = z.strictObject({}, { error: unknownProps("write it as <EmbedBox /> with nothing else.") });
export type EmbedBoxProps = z.input<typeof embedBoxProps>;
export const embedBoxHint = "<EmbedBox />";
