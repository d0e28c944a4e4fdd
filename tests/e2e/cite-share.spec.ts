// Citations and touch targets in the browser: following a footnote and its back link, lettered back links, the
// key figures' links, and the size of citation links. The share image (og:image) and "how to cite" of every
// page are read from dist/ in tests/gates/pages.test.ts.
import { expect, test } from "@playwright/test";

test("a footnote leads to its source, and the source leads back to the very place that cited it", async ({ page }) => {
  for (const path of ["/membership/", "/ja/membership/"]) {
    await page.goto(path);
    // The Governing Body paragraph cites two sources; take the second citation of the first source on the page.
    const cites = page.locator("main sup.cite a");
    expect(await cites.count()).toBeGreaterThan(3);
    const target = cites.nth(3);
    const citeId = await target.getAttribute("id");
    const href = (await target.getAttribute("href")) ?? "";
    expect(citeId).toMatch(/^cite-/);
    await target.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const entry = page.locator(href);
    await expect(entry).toBeInViewport();
    const back = entry.locator(`a[href="#${citeId}"]`);
    await expect(back, `${href} has no link back to #${citeId}`).toHaveCount(1);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`#${citeId}$`));
    await expect(page.locator(`#${citeId}`)).toBeInViewport();
    // Every back link on the page points at a citation that exists, and every citation has its back link.
    const backs = await page
      .locator(".source-entry a.back-link")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const ids = await page.locator("main [id^='cite-']").evaluateAll((els) => els.map((e) => `#${e.id}`));
    expect(backs.sort()).toEqual(ids.sort());
  }
});

test("a source cited several times gets one lettered back link per citation", async ({ page }) => {
  await page.goto("/membership/");
  const entry = page.locator("#source-mofa-oda-2005");
  await expect(entry.locator("a.back-link")).toHaveText(["a", "b"]);
});

test("key-figure cards link to this site's own section on the figure", async ({ page }) => {
  for (const home of ["/", "/ja/"]) {
    await page.goto(home);
    const links = page.locator(".key-figure a.key-figure-link");
    expect(await links.count()).toBeGreaterThan(3);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      expect(url.hash, `${href} should point at a section`).not.toBe("");
      await page.goto(url.pathname + url.hash);
      await expect(page.locator(url.hash)).toBeInViewport();
    }
  }
});

// WCAG 2.2 (2.5.8): axe's target-size rule runs on every page (tests/e2e/every-page.spec.ts); this measures the
// boxes themselves.
test("citation, back and download links are at least 24 × 24 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  test.slow(); // one test for what were many, a page each: it gets three times the usual time
  for (const path of ["/", "/membership/", "/funding/", "/ja/funding/", "/ja/membership/"]) {
    await test.step(path, async () => {
      await page.goto(path);
      const boxes = await page.locator("sup.cite a, a.back-link, a.download-link").evaluateAll((as) =>
        as.map((a) => {
          const r = a.getBoundingClientRect();
          return { what: `${a.className} ${a.textContent?.trim()}`, width: r.width, height: r.height };
        }),
      );
      expect(boxes.length, `${path} has no citation, back or download link`).toBeGreaterThan(0);
      for (const b of boxes) {
        expect.soft(b.width, `${path}: ${b.what}`).toBeGreaterThanOrEqual(24);
        expect.soft(b.height, `${path}: ${b.what}`).toBeGreaterThanOrEqual(24);
      }
    });
  }
});
