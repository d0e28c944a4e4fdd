import { describe, expect, it } from "vitest";
import { AstroError } from "astro/errors";
import { parseProps } from "../../../../src/lib/mdx/parse-props";
import { citeHint, citeProps } from "../../../../src/components/mdx/Cite.props";
import { keyFigureHint, keyFigureProps } from "../../../../src/components/mdx/KeyFigure.props";
import { noteProps } from "../../../../src/components/mdx/Note.props";
import { fundingChartHint, fundingChartProps } from "../../../../src/components/FundingChart/FundingChart.props";
import { embedBoxProps } from "../../../../src/components/Embed/EmbedBox.props";

const file = "content/pages/en/funding.mdx";

/** The AstroError parseProps throws, or fails the test if it does not throw one. */
function error(schema: Parameters<typeof parseProps>[0], props: unknown, component: string, hint = "HINT") {
  try {
    parseProps(schema, props, { component, file, hint });
  } catch (e) {
    expect(e).toBeInstanceOf(AstroError);
    const err = e as AstroError;
    return { message: err.message, hint: err.hint };
  }
  throw new Error(`<${component}> accepted ${JSON.stringify(props)}`);
}

describe("MDX component props (checked by each component's zod schema)", () => {
  it("<Cite> needs a non-empty id and nothing else, and the hint shows a correct use", () => {
    expect(error(citeProps, {}, "Cite", citeHint)).toEqual({
      message: `${file}: <Cite> needs an id, the id of a source in the page's frontmatter.`,
      hint: 'Fix: <Cite id="ilo-donor-profile" />',
    });
    expect(error(citeProps, { id: "" }, "Cite").message).toBe(
      `${file}: <Cite> has an empty id. Write the id of a source in the page's frontmatter, such as id="ilo-donor-profile".`,
    );
    expect(error(citeProps, { id: "a", ids: "b" }, "Cite").message).toBe(
      `${file}: <Cite> does not take ids="…"; it takes only id="…".`,
    );
    expect(parseProps(citeProps, { id: "a" }, { component: "Cite", file, hint: "" })).toEqual({ id: "a" });
  });

  it("<KeyFigure> needs exactly one of value and data, a source with value, and a known data figure", () => {
    expect(error(keyFigureProps, {}, "KeyFigure", keyFigureHint)).toEqual({
      message: `${file}: <KeyFigure> needs exactly one of value="…" or data="…", for example <KeyFigure value="1919" source="…">founded</KeyFigure> or <KeyFigure data="total" />.`,
      hint: 'Fix: <KeyFigure value="1919" source="ilo-history">Founding member</KeyFigure> or <KeyFigure data="total" />',
    });
    expect(error(keyFigureProps, { value: "1919", data: "total" }, "KeyFigure").message).toContain("exactly one of");
    expect(error(keyFigureProps, { value: "1919" }, "KeyFigure").message).toBe(
      `${file}: <KeyFigure> value="1919" needs source="…", the id of a source in the page's frontmatter.`,
    );
    expect(error(keyFigureProps, { data: "totl" }, "KeyFigure").message).toBe(
      `${file}: <KeyFigure> data="totl" is not a figure the site computes. Use one of: assessed, voluntary, total, japanRank, conventionsListed, fundamentalRatified.`,
    );
    expect(parseProps(keyFigureProps, { data: "total" }, { component: "KeyFigure", file, hint: "" })).toEqual({
      kind: "data",
      data: "total",
      source: undefined,
    });
    expect(
      parseProps(keyFigureProps, { value: 1919, source: "s" }, { component: "KeyFigure", file, hint: "" }),
    ).toEqual({ kind: "value", value: "1919", source: "s" });
  });

  it("<Note> takes only a text title", () => {
    expect(error(noteProps, { title: 3 }, "Note").message).toBe(
      `${file}: <Note> title must be text in quotes, such as title="A correction".`,
    );
    expect(error(noteProps, { heading: "x" }, "Callout").message).toBe(
      `${file}: <Callout> does not take heading="…"; it takes only title="…".`,
    );
  });

  it("<FundingChart> names the allowed views and modes, and defaults to the totals chart", () => {
    expect(error(fundingChartProps, { view: "bar" }, "FundingChart", fundingChartHint)).toEqual({
      message: `${file}: <FundingChart> view="bar" is not a view. Use view="totals" or view="annual" or view="donors".`,
      hint: 'Fix: <FundingChart view="annual" show="table" />',
    });
    expect(error(fundingChartProps, { show: "both" }, "FundingChart").message).toBe(
      `${file}: <FundingChart> show="both" is not a mode. Use show="chart" or show="table".`,
    );
    // The scoped-style attribute Astro adds inside a styled component is not an editor's prop.
    expect(
      parseProps(fundingChartProps, { "data-astro-cid-x1": "" }, { component: "FundingChart", file, hint: "" }),
    ).toEqual({
      view: "totals",
      show: "chart",
    });
  });

  it("<EmbedBox> takes no props", () => {
    expect(error(embedBoxProps, { view: "annual" }, "EmbedBox").message).toBe(
      `${file}: <EmbedBox> does not take view="…"; write it as <EmbedBox /> with nothing else.`,
    );
  });
});
