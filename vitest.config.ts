import { defineConfig } from "vitest/config";

// One config, four projects, each with its own npm script:
// - unit (`npm run test:unit`): src/lib, the schemas and the tooling, no build needed;
// - gates (`npm run test:gates`): HTML validity and byte budgets over dist/, so `npm test` runs them after the build;
// - editing (`npm run test:editing`): the catalogue of editor mistakes, slow because it builds copies of the site;
// - hosts (`npm run test:hosts`): dist/ on each host's real runtime (nginx, wrangler, netlify dev), started once.
export default defineConfig({
  test: {
    environment: "node",
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "gates", include: ["tests/gates/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "hosts",
          include: ["tests/hosts/**/*.test.ts"],
          globalSetup: ["tests/hosts/setup.ts"],
          // The runtimes are shared: one file at a time keeps requests from queueing behind another file's.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: "editing",
          include: ["tests/editing/**/*.test.ts"],
          testTimeout: 240_000,
          hookTimeout: 60_000,
          // Two builds at a time: more only queue on small CI machines.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
