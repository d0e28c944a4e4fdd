import { z } from "astro/zod";
import { unknownProps } from "../../lib/mdx/parse-props";

/**
 * The figures <KeyFigure data="…"> can show, computed from the data: funding amounts from
 * content/data/funding-totals.json, Japan's latest rank among governments (japanRank) from
 * content/data/funding-contributors.json, and from content/data/conventions.json the number of ratifications
 * the official list counts (conventionsListed) and the fundamental Conventions ratified (fundamentalRatified).
 */
export const dataFigures = [
  "assessed",
  "voluntary",
  "total",
  "japanRank",
  "conventionsListed",
  "fundamentalRatified",
] as const;
export type DataFigure = (typeof dataFigures)[number];
export type FigureDataset = "totals" | "contributors" | "conventions";
/** The source id of each dataset a page's key figures compute from (set by ContentPage). */
export type DataSourceIds = Partial<Record<FigureDataset, string>>;

/** The dataset each computed figure comes from, whose source the figure cites. */
export function figureDataset(data: string): FigureDataset {
  if (data === "japanRank") return "contributors";
  if (data === "conventionsListed" || data === "fundamentalRatified") return "conventions";
  return "totals";
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
      /** A figure computed from the data files: a funding amount, Japan's rank, or a count of Conventions. */
      data: z
        .enum(dataFigures, {
          error: (issue) =>
            `data=${JSON.stringify(issue.input)} is not a figure the site computes. Use one of: ${dataFigures.join(", ")}.`,
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
