/**
 * The MDX components as the visual editor's components: one per name in src/lib/mdx/component-names.ts, each
 * with a form built from the props schema in its `.props.ts`. The `satisfies` below fails `astro check` when a
 * component is added to the site and not here. The browser side (tooling/cms/editor-runtime.js) turns each
 * description into `CMS.registerEditorComponent({ pattern, fromBlock, toBlock })`.
 */
import type { z } from "astro/zod";
import type { MdxComponentName } from "../../src/lib/mdx/component-names.ts";
import { citeProps } from "../../src/components/mdx/Cite.props.ts";
import { dataViewProps } from "../../src/components/mdx/data-file-views.props.ts";
import { embedBoxProps } from "../../src/components/Embed/EmbedBox.props.ts";
import { fundingChartProps } from "../../src/components/FundingChart/FundingChart.props.ts";
import { fundingTrendProps } from "../../src/components/FundingChart/FundingTrend.props.ts";
import { keyFigureProps } from "../../src/components/mdx/KeyFigure.props.ts";
import { noteProps } from "../../src/components/mdx/Note.props.ts";
import { termProps } from "../../src/components/mdx/Term.props.ts";
import { whichFigureProps } from "../../src/components/mdx/WhichFigure.props.ts";
import { fieldsOf, type CmsField } from "./fields.ts";
import { jsonSchemaOf } from "../docs/json-schema.ts";

/**
 * What the props schema cannot say: the label in the editor's Insert menu, where the component sits, and
 * whether it wraps text. An `inline` component sits in a sentence (`<Term id="…">word</Term>`,
 * `…a claim.<Cite id="…" />`); a block one has lines of its own (`<FundingChart view="annual" />`).
 * `children` is the text it wraps: one line (`line`) or paragraphs (`text`); without it, it closes itself.
 */
interface ComponentSpec {
  schema: z.ZodType;
  label: string;
  placement: "inline" | "block";
  children?: "line" | "text";
  /** The label of the text field the children go into. */
  childrenLabel?: string;
}

export const COMPONENT_SPECS = {
  Callout: {
    schema: noteProps,
    label: "Callout (same as Note)",
    placement: "block",
    children: "text",
    childrenLabel: "Text",
  },
  Cite: { schema: citeProps, label: "Citation (Cite)", placement: "inline" },
  ConventionsTable: { schema: dataViewProps, label: "Conventions table (ConventionsTable)", placement: "block" },
  EmbedBox: { schema: embedBoxProps, label: "Embed box (EmbedBox)", placement: "block" },
  FundingChart: { schema: fundingChartProps, label: "Funding chart (FundingChart)", placement: "block" },
  FundingTrend: { schema: fundingTrendProps, label: "Funding trend sentences (FundingTrend)", placement: "block" },
  Glossary: { schema: dataViewProps, label: "Glossary list (Glossary)", placement: "block" },
  KeyFigure: {
    schema: keyFigureProps,
    label: "Key figure (KeyFigure)",
    placement: "block",
    children: "line",
    childrenLabel: "Caption",
  },
  Note: { schema: noteProps, label: "Note", placement: "block", children: "text", childrenLabel: "Text" },
  Term: {
    schema: termProps,
    label: "Glossary term (Term)",
    placement: "inline",
    children: "line",
    childrenLabel: "The word as the sentence writes it",
  },
  Timeline: { schema: dataViewProps, label: "Timeline", placement: "block" },
  WhichFigure: { schema: whichFigureProps, label: "Which figure to quote (WhichFigure)", placement: "block" },
} as const satisfies Record<MdxComponentName, ComponentSpec>;

/** One component as the browser needs it: plain JSON, read by tooling/cms/editor-runtime.js. */
export interface EditorComponent {
  id: MdxComponentName;
  label: string;
  /** Attribute names in the order toBlock writes them (the schema's order). */
  attributes: string[];
  placement: "inline" | "block";
  children: "line" | "text" | null;
  fields: CmsField[];
}

/** The field that holds a component's children; it cannot clash with a prop (props are camelCase ids). */
export const CHILDREN_FIELD = "children";

export function editorComponents(): EditorComponent[] {
  return (Object.entries(COMPONENT_SPECS) as [MdxComponentName, ComponentSpec][]).map(([id, spec]) => {
    // A choice left empty is not written, and the component takes the schema's default: a new
    // <FundingChart view="annual" /> gets no show="chart", and a page's view="totals" stays written.
    // A menu, not radio buttons: Sveltia does not pass a radio choice made inside a component to its text.
    const props = fieldsOf(jsonSchemaOf(spec.schema, "input")).map(
      ({ default: _default, ...field }) =>
        (field.widget === "select" ? { ...field, dropdown_threshold: 0 } : field) as CmsField,
    );
    const children = spec.children ?? null;
    const childrenField: CmsField[] = children
      ? [{ name: CHILDREN_FIELD, label: spec.childrenLabel ?? "Text", widget: children === "text" ? "text" : "string" }]
      : [];
    const bold: CmsField[] =
      spec.placement === "inline" && children
        ? [
            {
              name: "bold",
              label: "Bold",
              widget: "boolean",
              required: false,
              hint: "As the lead word of a list item.",
            },
          ]
        : [];
    return {
      id,
      label: spec.label,
      attributes: props.map((f) => f.name),
      placement: spec.placement,
      children,
      fields: [...props, ...childrenField, ...bold],
    };
  });
}
