/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the page route before the MDX renders, so <Cite> and <KeyFigure> can resolve source ids. */
    page?: {
      locale: import("./lib/locales").Locale;
      file: string;
      sources: import("./lib/schemas/common").Source[];
      /** Glossary ids <Term> has already linked on this page; later mentions stay plain text. */
      termsLinked?: Set<string>;
    };
  }
}
