import { expect, test } from "@playwright/test";
import { contentPaths } from "../support/built-site";

const pages = contentPaths();

// Each content page's h1, title, description, canonical link and structured data are read from dist/
// (tests/gates/pages.test.ts);
// its console errors, sideways scroll and more are checked on one load per width in every-page.spec.ts.

test("without JavaScript, every content page shows its main text", async ({ browser }) => {
  // One context with scripts off for every page: each step starts with its own navigation.
  test.slow(); // one test for what were many, a page each: it gets three times the usual time
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  expect(pages.length).toBeGreaterThan(3);
  for (const path of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      const main = page.locator("main");
      await expect(main.locator("h1")).toBeVisible();
      const text = await main.innerText();
      expect(text.length, `${path}: main text`).toBeGreaterThan(150);
      // The sources block is part of the content: every page that cites shows its list.
      if ((await page.locator("sup.cite").count()) > 0) await expect(page.locator("#sources-heading")).toBeVisible();
    });
  }
  await context.close();
});

test("the main navigation reaches every page in each language, with the current page marked", async ({ page }) => {
  const reached = new Set<string>();
  const queue = ["/"];
  while (queue.length) {
    const path = queue.shift() as string;
    if (reached.has(path)) continue;
    reached.add(path);
    await page.goto(path);
    const nav = page.locator("header nav ul").last();
    const current = nav.locator('[aria-current="page"]');
    if (path !== "/" && path !== "/ja/") await expect(current).toHaveAttribute("href", path);
    const hrefs = [
      ...(await nav.locator("a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))),
      ...(await page
        .locator("header a[hreflang]")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))),
      ...(await page
        .locator("header a")
        .first()
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))),
    ];
    for (const href of hrefs) if (!reached.has(href)) queue.push(href);
  }
  // The search pages are reached by the header's search form, tested in tests/e2e/search.spec.ts.
  const unreached = pages.filter((p) => !reached.has(p) && !p.endsWith("/sources/") && !p.endsWith("/search/"));
  expect(unreached).toEqual([]);
});

test("on a 320 px phone every menu entry is on screen without opening anything", async ({ browser }) => {
  // A reader looking for Conventions or partners reads where they are at once: no menu button hides the names.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const home of ["/", "/ja/"]) {
    await page.goto(home);
    const links = page.locator("header nav a");
    expect(await links.count()).toBeGreaterThan(3);
    for (const link of await links.all()) {
      await expect(link).toBeInViewport();
      const box = await link.boundingBox();
      expect((box?.x ?? -1) + (box?.width ?? 0), `${await link.textContent()} runs off the screen`).toBeLessThanOrEqual(
        320,
      );
    }
  }
  await context.close();
});

test("an unknown address gets the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.locator('main a[href="/funding/"]')).toBeVisible();
});

test("a skip link leads to the main content", async ({ page }) => {
  await page.goto("/membership/");
  await page.keyboard.press("Tab");
  const skip = page.locator("a.skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("dark mode follows the system setting", async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  expect(await background()).toBe("rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).not.toBe("rgb(255, 255, 255)");
});

test("print shows the article without navigation, with link addresses", async ({ page }) => {
  await page.goto("/membership/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header nav")).toBeHidden();
  const after = await page
    .locator("main a[href^='http']")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("https://");
});
