import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/**
 * The figures <KeyFigure data="…"> can show, computed from the data: funding amounts from
 * content/data/funding-totals.json, and Japan's latest rank among governments (japanRank) from
 * content/data/funding-contributors.json.
 */
export const dataFigures = ["assessed", "voluntary", "total", "japanRank"] as const;
export type DataFigure = (typeof dataFigures)[number];

/** The dataset each computed figure comes from, whose source the figure cites. */
export function figureDataset(data: string): "totals" | "contributors" {
  return data === "japanRank" ? "contributors" : "totals";
}

const exactlyOne =
  'needs exactly one of value="…" or data="…", for example <KeyFigure value="1919" source="…">founded</KeyFigure> or <KeyFigure data="total" />.';

/** <KeyFigure>: one large figure with its source, typed in the page (value) or computed from the data (data). */
export const keyFigureProps = z
  .strictObject(
    {
      /** A figure typed in the page, e.g. "1919". Use `data` instead for funding amounts. */
      value: z
        .union([z.string(), z.number()], { error: 'value must be text or a number, such as value="1919".' })
        .optional(),
      /** A funding amount computed from content/data/funding-totals.json. */
      data: z
        .enum(dataFigures, {
          error: (issue) =>
            `data=${JSON.stringify(issue.input)} is not a funding figure. Use one of: ${dataFigures.join(", ")}.`,
        })
        .optional(),
      /** The id of the source, declared in the page's frontmatter. Funding amounts default to the data file's source. */
      source: z
        .string({ error: "source must be the id of a source in the page's frontmatter, in quotes." })
        .min(1, { error: "has an empty source. Write the id of a source in the page's frontmatter." })
        .optional(),
      /** This site's own section on the figure: a page's path and a heading's id, e.g. "/membership/#conventions". */
      href: z
        .string({ error: 'href must be a path on this site in quotes, such as href="/membership/#conventions".' })
        .regex(/^\/[^#\s]*#[\w-]+$/, {
          error: (issue) =>
            `href=${JSON.stringify(issue.input)} must be a page of this site and the id of its section, such as href="/membership/#conventions".`,
        })
        .optional(),
    },
    { error: unknownProps('it takes value="…" or data="…", source="…" and href="…".') },
  )
  .check((ctx) => {
    const { value, data, source } = ctx.value;
    if ((value === undefined) === (data === undefined))
      ctx.issues.push({ code: "custom", message: exactlyOne, input: ctx.value });
    else if (value !== undefined && source === undefined) {
      ctx.issues.push({
        code: "custom",
        message: `value="${value}" needs source="…", the id of a source in the page's frontmatter.`,
        input: ctx.value,
      });
    }
  })
  // After the check above, one of two shapes; the value form always has its source.
  .transform((p) =>
    p.data !== undefined
      ? { kind: "data" as const, data: p.data, source: p.source, href: p.href }
      : { kind: "value" as const, value: String(p.value), source: p.source ?? "", href: p.href },
  );
export type KeyFigureProps = z.input<typeof keyFigureProps>;
export const keyFigureHint =
  '<KeyFigure value="1919" source="ilo-history">Founding member</KeyFigure> or <KeyFigure data="total" />';
