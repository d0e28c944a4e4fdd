/**
 * The components an MDX page may use without an import. src/components/mdx/index.ts maps each name to its
 * component (and fails `astro check` if the two lists differ); the remark check in astro.config.mjs
 * uses this list to name the known components when a page uses an unknown one.
 */
export const mdxComponentNames = [
  "Callout",
  "Cite",
  "ConventionsTable",
  "EmbedBox",
  "FundingChart",
  "FundingTrend",
  "Glossary",
  "KeyFigure",
  "Note",
  "Term",
  "Timeline",
  "WhichFigure",
] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
