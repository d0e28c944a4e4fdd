// Every built page in Chromium: no CSP violation, no console error, no request to another origin, no cookie.
import { expect, test, type Page } from "@playwright/test";
import { builtPages } from "../support/built-site";
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

test("the site has pages to check", () => {
  expect(pages.length).toBeGreaterThan(3);
});

for (const path of pages) {
  test(`${path}: no CSP violation, console error, foreign request or cookie`, async ({ page, context }) => {
    const w = await watch(page);
    const res = await page.goto(path, { waitUntil: "networkidle" });
    // The 404 page is also fetched by its own URL, where it answers 200.
    expect(res?.status()).toBe(200);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.requests.filter((u) => new URL(u).origin !== SITE && !u.startsWith("data:"))).toEqual([]);
    expect(w.requests.length).toBeGreaterThan(0);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe("");
  });
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
