import Cite from "./Cite.astro";
import EmbedBox from "./Embed/EmbedBox.astro";
import FundingChart from "./FundingChart/FundingChart.astro";
import KeyFigure from "./KeyFigure.astro";
import Note from "./Note.astro";
import WhichFigure from "./WhichFigure.astro";
import type { MdxComponentName } from "../lib/mdx-component-names";

/**
 * Components editors can use in any MDX page without an import.
 * Add a component here, add its name to src/lib/mdx-component-names.ts (the `satisfies` below
 * fails `astro check` until both agree), and document it in docs/editing.md.
 */
export const mdxComponents = {
  Cite,
  EmbedBox,
  FundingChart,
  KeyFigure,
  Note,
  Callout: Note,
  WhichFigure,
} satisfies Record<MdxComponentName, unknown>;
