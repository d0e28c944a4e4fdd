import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/** <WhichFigure />: "which figure to quote", computed from the data files. It takes no attributes. */
export const whichFigureProps = z.strictObject({}, { error: unknownProps("it takes no attributes: <WhichFigure />.") });
export type WhichFigureProps = z.input<typeof whichFigureProps>;
export const whichFigureHint = "<WhichFigure />";
