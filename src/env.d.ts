/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the page route before the MDX renders, so <Cite> and <KeyFigure> can resolve source ids. */
    page?: {
      locale: import("./lib/locales").Locale;
      file: string;
      sources: import("./lib/schemas/common").Source[];
      /** Citations rendered so far per source id, so each gets its own id (see citeId in src/lib/sources.ts). */
      cited?: Map<string, number>;
      /** The source of content/data/funding-totals.json, which <KeyFigure data="…"> cites. */
      dataSourceId?: string;
    };
  }
}
