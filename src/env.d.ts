/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language, set by src/middleware.ts from Astro.currentLocale. */
    locale: import("./lib/site/locales").Locale;
    /** t() bound to the page's language, set by src/middleware.ts. */
    t: ReturnType<typeof import("./lib/site/i18n").useT>;
    /** Set by the page route before the MDX renders, so <Cite> and <KeyFigure> can resolve source ids. */
    page?: {
      file: string;
      sources: import("./lib/data/schemas/sources").Source[];
      /** Citations rendered so far per source id, so each gets its own id (see citeId in src/lib/sources/sources.ts). */
      cited?: Map<string, number>;
      /** The sources of the datasets <KeyFigure data="…"> computes from, which it cites (see figureDataset). */
      dataSourceIds?: import("./components/mdx/KeyFigure.props").DataSourceIds;
      /** Glossary ids <Term> has already linked on this page; later mentions stay plain text. */
      termsLinked?: Set<string>;
    };
  }
}
