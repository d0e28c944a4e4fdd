import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/** <Timeline />, <ConventionsTable /> and <Glossary /> show a whole data file and take no props. */
export const dataViewProps = z.strictObject({}, { error: unknownProps("it takes no attributes.") });
export type DataViewProps = z.input<typeof dataViewProps>;
