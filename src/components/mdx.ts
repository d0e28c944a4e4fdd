import Cite from "./Cite.astro";
import EmbedBox from "./EmbedBox.astro";
import FundingChart from "./FundingChart.astro";
import KeyFigure from "./KeyFigure.astro";
import Note from "./Note.astro";

/**
 * Components editors can use in any MDX page without an import.
 * Add a component here and document it in docs/editing.md.
 */
export const mdxComponents = { Cite, EmbedBox, FundingChart, KeyFigure, Note, Callout: Note };
