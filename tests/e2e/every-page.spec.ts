/**
 * Every built page in Chromium, once per width (320 and 1280 px), on one page load: no CSP violation, console
 * error, request to another origin or cookie; no sideways scroll; axe in both colour schemes; the keyboard walk.
 * Pages are discovered from dist/ (sitemap + every HTML file), so the Japanese pages, 404 pages and the embed
 * pages are covered without being listed here. What the HTML alone shows (one h1, title, description, canonical,
 * share image, "how to cite") is checked without a browser in tests/gates/pages.test.ts.
 */
import { expect, test, type Page } from "@playwright/test";
import { builtPages } from "../support/built-site";
import { checkAxe, keyboardWalk, open, WIDTHS } from "./support/a11y.ts";
import { NO_NGINX_MESSAGE, SERVED_BY_NGINX, SITE, THIRD_PARTY } from "./support/servers.ts";

const pages = builtPages();
const EMBED = "/embed/funding/";

interface Watch {
  violations: string[];
  errors: string[];
  requests: string[];
}

/** Records violations from the securitypolicyviolation event (in every frame), console errors and requests. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { violations: [], errors: [], requests: [] };
  await page.exposeFunction("__reportCspViolation", (v: string) => w.violations.push(v));
  // Init scripts come from the browser's debugger protocol, so the page's CSP does not block this one.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} in ${e.documentURI}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error") w.errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => w.errors.push(e.message));
  page.on("request", (r) => w.requests.push(r.url()));
  return w;
}

// Each visit does what five tests did, one load each (two axe runs, a keyboard walk, a watched load, a layout
// check), so it gets the time of five: a loaded 2-core machine takes up to 20 s for the longest pages.
test.describe.configure({ timeout: 150_000 });

test("the site has pages to check", () => {
  expect(pages.length).toBeGreaterThan(3);
});

for (const path of pages) {
  for (const width of WIDTHS) {
    test(`${path} at ${width}px: clean load, no sideways scroll, axe light and dark, keyboard`, async ({
      page,
      context,
    }) => {
      const w = await watch(page);
      const res = await open(page, path, width);
      // The 404 page is also fetched by its own URL, where it answers 200.
      expect(res?.status()).toBe(200);
      expect.soft(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      await checkAxe(page, `${path} (${width}px)`);
      try {
        // The walk scrolls every chart into view and waits until it is drawn, so what loads late (Chart.js,
        // the chart's data) has loaded, and is watched, by the end.
        await keyboardWalk(page, path);
      } finally {
        await page.waitForLoadState("networkidle");
        expect.soft(w.violations, "CSP violations").toEqual([]);
        expect.soft(w.errors, "console errors").toEqual([]);
        expect
          .soft(
            w.requests.filter((u) => new URL(u).origin !== SITE && !u.startsWith("data:")),
            "requests to another origin",
          )
          .toEqual([]);
        expect.soft(w.requests.length).toBeGreaterThan(0);
        expect.soft(await context.cookies(), "cookies").toEqual([]);
        expect.soft(await page.evaluate(() => document.cookie), "document.cookie").toBe("");
      }
    });
  }
}

test("the embed inside a partner's iframe runs without CSP violations or console errors", async ({ page }) => {
  test.skip(!SERVED_BY_NGINX, NO_NGINX_MESSAGE);
  expect(pages, `${EMBED} is missing from dist/: the embed page must be built`).toContain(EMBED);
  const w = await watch(page);
  await page.goto(`${THIRD_PARTY}/frame?src=${EMBED}`, { waitUntil: "networkidle" });
  const frame = page.frameLocator("#site");
  await expect(frame.locator("table").first()).toBeVisible();
  expect(w.violations).toEqual([]);
  expect(w.errors).toEqual([]);
  const foreign = w.requests.filter((u) => ![SITE, THIRD_PARTY].includes(new URL(u).origin));
  expect(foreign).toEqual([]);
});
