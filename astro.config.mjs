// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { satteri } from "@astrojs/markdown-satteri";
import precompress from "./tooling/delivery/precompress.ts";
import buildFiles from "./tooling/delivery/build-files.ts";
import searchIndex from "./tooling/delivery/search-index.ts";
import { editorChecks } from "./tooling/check/mdx-editor-checks.ts";
import { mdxComponentNames } from "./src/lib/mdx/component-names.ts";
import { SITE } from "./src/lib/site/site.ts";

export default defineConfig({
  site: SITE,
  output: "static",
  trailingSlash: "always",
  // Component styles go to cached CSS files rather than into every page: smaller HTML, fewer CSP hashes.
  build: { format: "directory", inlineStylesheets: "never" },
  i18n: {
    locales: ["en", "ja"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: false },
  },
  // Completion and hover help for frontmatter in the Astro VS Code extension (see .vscode/extensions.json).
  experimental: { contentIntellisense: true },
  markdown: {
    // Stops the build on an image without alt text, an unknown component or <Term id>, and anything in a
    // page that would run code (import, {…}, <script>, on…=, javascript:), naming the file and line.
    processor: satteri({
      mdastPlugins: [editorChecks({ components: mdxComponentNames, glossaryFile: "content/data/glossary.json" })],
    }),
    // Shiki colours code with inline style="" attributes, which the CSP (no 'unsafe-inline') would block.
    // The site shows no code; should it ever, Prism's class-based output needs only a stylesheet.
    syntaxHighlight: false,
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: "en", locales: { en: "en", ja: "ja" } },
      // The embed page is a widget for other sites, not a page for search results.
      // The search pages only help readers already on the site; a search engine gains nothing from them.
      filter: (page) => !page.includes("/embed/") && !/\/404\/?$/.test(page) && !/\/search\/$/.test(page),
    }),
    // The hashed /embed.v1.<hash>.js, /ja/404.html, and the printed SITE (tooling/delivery/build-files.ts).
    buildFiles(SITE),
    // After the pages are written and before precompression, so Pagefind's own JS and JSON are compressed too.
    searchIndex(),
    // Last, so it also compresses what the other integrations wrote (the sitemap).
    precompress(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Never inline a script: Astro inlines ones under this size (4 KB by default), and an inline script
      // costs a CSP hash and bytes in every copy of the HTML. The search script is such a small one.
      assetsInlineLimit: 0,
      // One stylesheet for every page (7.8 KB gzip with everything): one render-blocking request, cached once,
      // instead of a file per component group (five requests on /funding/ before the first paint).
      cssCodeSplit: false,
      rolldownOptions: {
        output: {
          // V8's explicit compile hint: compile every function of Chart.js's chunk up front, while the chunk is
          // streamed, instead of one by one on the main thread the first time the chart calls each. It halves
          // the longest task of the first draw (`new Chart`: 132–177 ms → 72–99 ms at 4× CPU throttling).
          postBanner: (chunk) => (chunk.name === "chart-setup" ? "//# allFunctionsCalledOnLoad" : ""),
        },
        // Known upstream noise (withastro/astro#18087): every MDX page warns that Astro's own
        // "use astro:head-inject" directive may not be preserved. Drop only that warning.
        onLog(level, log, handler) {
          if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes("astro:head-inject")) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // Astro hashes every script and style it emits and writes them into a <meta> CSP on each page.
    // frame-ancestors cannot live here (browsers ignore it in <meta>); it is an HTTP header,
    // generated from tooling/delivery/policy.ts into public/_headers and deploy/nginx.conf.
    csp: {
      algorithm: "SHA-256",
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Bundled modules under /_astro/ load by 'self'; inline ones by their hashes. No 'unsafe-inline'.
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
