import { AstroError } from "astro/errors";

/** What the page route puts in Astro.locals.page before its MDX renders (declared in src/env.d.ts). */
export type PageContext = NonNullable<App.Locals["page"]>;

/**
 * The page an MDX component is rendered in: its file, its declared sources and what it has cited so far.
 * Components that cite or link read it; outside a page (in a layout, another route) there is none, and the
 * build stops rather than render a citation that points nowhere.
 * @param component the component's name as written in MDX, e.g. "Cite".
 */
export function pageContext(locals: Pick<App.Locals, "page">, component: string): PageContext {
  if (!locals.page)
    throw new AstroError(
      `<${component}> can only be used inside a page in content/pages/.`,
      `Use <${component}> in an MDX page under content/pages/en/ or content/pages/ja/; the page route sets Astro.locals.page for it.`,
    );
  return locals.page;
}
