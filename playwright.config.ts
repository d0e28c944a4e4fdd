import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { SERVED_BY_NGINX } from "./tests/e2e/support/servers.ts";

const systemChromium = "/usr/bin/chromium";
export const PORT = Number(process.env.PORT ?? 4322);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker per core (2 on CI): each drives a Chromium whose renderer is kept busy by axe and the chart, so
  // workers beyond the cores would only take turns. `npx playwright test --workers=N` overrides it.
  workers: availableParallelism(),
  reporter: [["list"]],
  // Starts nginx with deploy/nginx.conf on PORT (when Debian's nginx exists) and the partner-site server.
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's Chromium where it exists; elsewhere Playwright's own (installed by tooling/ensure-browser.ts).
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      // --no-sandbox: these machines run tests as root. The rest stop Chromium calling home on a closed network.
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // Tests run against the built site (dist/), never the dev server: served by nginx with the production
  // headers where it exists (globalSetup), else by astro preview (and the header tests skip, loudly).
  ...(SERVED_BY_NGINX
    ? {}
    : {
        webServer: {
          // --ignore-lock: a preview the developer left running (npm start) must not stop the tests.
          command: `npx astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
          url: `http://127.0.0.1:${PORT}/`,
          reuseExistingServer: false,
          timeout: 60_000,
        },
      }),
});
