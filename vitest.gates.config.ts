import { defineConfig } from "vitest/config";

// Gates over the built site (HTML validity, byte budgets). They read dist/, so `npm test` runs them after the
// build, apart from the unit tests, which need no build.
export default defineConfig({
  test: {
    include: ["tests/gates/**/*.test.ts"],
    environment: "node",
  },
});
