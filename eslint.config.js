import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import globals from "globals";

/** Node's globals that browsers lack, refused in browser code (a reader's browser would throw). */
const nodeOnlyGlobals = Object.keys(globals.node)
  .filter((name) => !(name in globals.browser))
  .map((name) => ({ name, message: `${name} is Node's: this file runs in the reader's browser.` }));

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "test-results/", "playwright-report/", "bench/tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    // .astro files run in Node at build time and ship their <script>s to the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore marks a value left out on purpose (`const { title: _omit, ...rest } = page`).
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
  },
  {
    // Build tooling, tests and configs run in Node only.
    files: ["tooling/**", "tests/**", "*.config.{js,mjs,ts}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright passes callbacks to the page (page.evaluate), which run in the browser.
    files: ["tests/e2e/**", "tests/hosts/**"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Browser code (the components' scripts, the partner sites' embed.js) gets no Node globals, so a
    // `process` or `Buffer` fails here rather than in a reader's browser.
    files: ["src/components/**/*.ts", "src/lib/browser/**", "public/**/*.js"],
    ignores: ["src/components/**/*.props.ts"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // TypeScript sees @types/node everywhere, so name Node's globals here: no-undef is off for .ts files.
      "no-restricted-globals": ["error", ...nodeOnlyGlobals],
    },
  },
  {
    // src/lib runs both at build time and in the browser bundles: only what both have.
    files: ["src/lib/**"],
    ignores: ["src/lib/browser/**"],
    languageOptions: { globals: { ...globals["shared-node-browser"] } },
  },
  {
    files: ["src/lib/**", "tooling/**"],
    rules: {
      // Node runs tooling/ and the src/lib modules it imports with type stripping, which needs the
      // file's real name: write "./x.ts", not "./x".
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|json|astro|mjs|js|css|svg)$)/]",
          message: 'Write the file\'s suffix in a relative import ("./site.ts", not "./site").',
        },
        {
          selector: "ExportNamedDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|json|astro|mjs|js|css|svg)$)/]",
          message: 'Write the file\'s suffix in a relative export ("./site.ts", not "./site").',
        },
      ],
    },
  },
  {
    files: ["src/lib/**"],
    rules: {
      // The layers stack one way: components and pages use src/lib, never the reverse, and the site's
      // runtime code never depends on build or editor tooling.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)(components|pages|layouts)/",
              message: "src/lib is below the components and pages: move the shared code into src/lib instead.",
            },
            {
              regex: "(^|/)tooling/",
              message: "src/lib is the site's runtime code: it must not depend on build or editor tooling.",
            },
          ],
        },
      ],
    },
  },
);
