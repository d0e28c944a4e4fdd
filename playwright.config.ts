import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const systemChromium = "/usr/bin/chromium";
export const PORT = Number(process.env.PORT ?? 4322);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's Chromium where it exists; elsewhere Playwright's own (installed by scripts/ensure-browser.mjs).
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      // --no-sandbox: these machines run tests as root. The rest stop Chromium calling home on a closed network.
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // Tests run against the built site (dist/), never the dev server.
  webServer: {
    // --ignore-lock: a preview the developer left running (npm start) must not stop the tests.
    command: `npx astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
