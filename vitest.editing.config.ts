import { defineConfig } from "vitest/config";

// The catalogue of editor mistakes (`npm run test:editing`): slow (it builds copies of the site), so apart from the unit tests.
export default defineConfig({
  test: {
    include: ["tests/editing/**/*.test.ts"],
    environment: "node",
    testTimeout: 240_000,
    hookTimeout: 60_000,
    // Two builds at a time: more only queue on small CI machines.
    maxConcurrency: 3,
  },
});
