import Cite from "./Cite.astro";
import ConventionsTable from "./ConventionsTable.astro";
import EmbedBox from "../Embed/EmbedBox.astro";
import FundingChart from "../FundingChart/FundingChart.astro";
import FundingTrend from "../FundingChart/FundingTrend.astro";
import Glossary from "./Glossary.astro";
import KeyFigure from "./KeyFigure.astro";
import Note from "./Note.astro";
import Term from "./Term.astro";
import Timeline from "./Timeline.astro";
import WhichFigure from "./WhichFigure.astro";
import type { MdxComponentName } from "../../lib/mdx/component-names";

/**
 * Components editors can use in any MDX page without an import.
 * Add a component here, add its name to src/lib/mdx/component-names.ts (the `satisfies` below
 * fails `astro check` until both agree), and document it in docs/editing.md.
 */
export const mdxComponents = {
  Cite,
  ConventionsTable,
  EmbedBox,
  FundingChart,
  FundingTrend,
  Glossary,
  KeyFigure,
  Note,
  Callout: Note,
  Term,
  Timeline,
  WhichFigure,
} satisfies Record<MdxComponentName, unknown>;
