// Clickjacking: a partner on another origin may frame /embed/* and nothing else (nginx with deploy/nginx.conf).
import { expect, test, type Page } from "@playwright/test";
import { builtPages } from "../support/built-site";
import { NO_NGINX_MESSAGE, SERVED_BY_NGINX, SITE, THIRD_PARTY } from "./support/servers.ts";

test.skip(!SERVED_BY_NGINX, NO_NGINX_MESSAGE);

const pages = builtPages();

/** Opens the partner page framing `path`; resolves to whether the site's document loaded in the frame. */
async function framed(page: Page, path: string): Promise<{ loaded: boolean; refusals: string[] }> {
  const refusals: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors|X-Frame-Options/i.test(m.text())) refusals.push(m.text());
  });
  await page.goto(`${THIRD_PARTY}/frame?src=${path}`, { waitUntil: "load" });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error("The partner page has no iframe.");
  // A refused frame shows Chromium's error page (chrome-error://), with no document from the site.
  const loaded = frame.url() === SITE + path && (await frame.locator("html[lang]").count()) === 1;
  return { loaded, refusals };
}

test("the partner page is on another origin than the site", () => {
  expect(new URL(THIRD_PARTY).origin).not.toBe(new URL(SITE).origin);
});

for (const path of pages.filter((p) => !p.includes("/embed/"))) {
  test(`another origin cannot frame ${path}`, async ({ page }) => {
    const { loaded, refusals } = await framed(page, path);
    expect(loaded, `${path} loaded inside a third-party iframe`).toBe(false);
    expect(refusals.join("\n")).toMatch(/frame-ancestors|X-Frame-Options/);
  });
}

test("another origin can frame /embed/funding/", async ({ page }) => {
  expect(pages, "/embed/funding/ is missing from dist/: the embed page must be built").toContain("/embed/funding/");
  const { loaded, refusals } = await framed(page, "/embed/funding/");
  expect(refusals).toEqual([]);
  expect(loaded).toBe(true);
});
