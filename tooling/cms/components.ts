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
import { fieldsOf, jsonSchemaOf, type CmsField } from "./fields.ts";

/**
 * What the props schema cannot say: the label in the editor's Insert menu, and whether the component wraps
 * text. `inline` text sits in a sentence (`<Term id="…">word</Term>`); `block` text is the body of a block
 * (`<Note title="…">…</Note>`); without `children` the component closes itself (`<FundingChart />`).
 */
interface ComponentSpec {
  schema: z.ZodType;
  label: string;
  children?: "inline" | "block";
  /** The label of the text field the children go into. */
  childrenLabel?: string;
}

export const COMPONENT_SPECS = {
  Callout: { schema: noteProps, label: "Callout (same as Note)", children: "block", childrenLabel: "Text" },
  Cite: { schema: citeProps, label: "Citation (Cite)" },
  ConventionsTable: { schema: dataViewProps, label: "Conventions table" },
  EmbedBox: { schema: embedBoxProps, label: "Embed box (EmbedBox)" },
  FundingChart: { schema: fundingChartProps, label: "Funding chart (FundingChart)" },
  FundingTrend: { schema: fundingTrendProps, label: "Funding trend sentences (FundingTrend)" },
  Glossary: { schema: dataViewProps, label: "Glossary list" },
  KeyFigure: { schema: keyFigureProps, label: "Key figure (KeyFigure)", children: "inline", childrenLabel: "Caption" },
  Note: { schema: noteProps, label: "Note", children: "block", childrenLabel: "Text" },
  Term: { schema: termProps, label: "Glossary term (Term)", children: "inline", childrenLabel: "Word as it reads here" },
  Timeline: { schema: dataViewProps, label: "Timeline" },
  WhichFigure: { schema: whichFigureProps, label: "Which figure to quote (WhichFigure)" },
} as const satisfies Record<MdxComponentName, ComponentSpec>;

/** One component as the browser needs it: plain JSON, read by tooling/cms/editor-runtime.js. */
export interface EditorComponent {
  id: MdxComponentName;
  label: string;
  /** Attribute names in the order toBlock writes them (the schema's order). */
  attributes: string[];
  /** Each attribute's default in the schema: a default is not written unless the page wrote it. */
  defaults: Record<string, unknown>;
  children: "inline" | "block" | null;
  fields: CmsField[];
}

/** The field that holds a component's children; it cannot clash with a prop (props are camelCase ids). */
export const CHILDREN_FIELD = "children";

export function editorComponents(): EditorComponent[] {
  return (Object.entries(COMPONENT_SPECS) as [MdxComponentName, ComponentSpec][]).map(([id, spec]) => {
    const json = jsonSchemaOf(spec.schema);
    const props = fieldsOf(json);
    const defaults = Object.fromEntries(
      Object.entries(json.properties ?? {}).flatMap(([name, p]) => (p.default === undefined ? [] : [[name, p.default]])),
    );
    const children = spec.children ?? null;
    const childrenField: CmsField[] = children
      ? [{ name: CHILDREN_FIELD, label: spec.childrenLabel ?? "Text", widget: children === "block" ? "text" : "string" }]
      : [];
    return { id, label: spec.label, attributes: props.map((f) => f.name), defaults, children, fields: [...props, ...childrenField] };
  });
}
