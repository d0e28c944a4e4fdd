// Citations, "how to cite", share images and touch targets, on every built page.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { builtPages } from "../support/built-site.ts";
import { allDictionaries } from "../../src/lib/site/i18n";
import { OG_HEIGHT, OG_WIDTH } from "../../src/lib/share/og";

const pages = builtPages();
/** Pages that people cite and share: all but the 404s and the embed widgets (which have no site chrome). */
const citable = pages.filter((p) => !/404/.test(p) && !p.includes("/embed/"));
const localeOf = (path: string) => (path.startsWith("/ja/") ? "ja" : "en");

/** Width and height of a PNG, read from its IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((x, i) => b[i] === x) || b.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test("there are pages to cite", () => {
  expect(citable.length).toBeGreaterThan(5);
});

for (const path of pages.filter((p) => !p.includes("/embed/"))) {
  test(`${path}: og:image is a real ${OG_WIDTH}×${OG_HEIGHT} PNG, and og:title names the site`, async ({ page }) => {
    await page.goto(path);
    const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute("content");
    const image = await meta("og:image");
    expect(image, `${path} has no og:image`).toBeTruthy();
    const file = `dist${new URL(image ?? "").pathname}`;
    expect(pngSize(file)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(await meta("og:image:width")).toBe(String(OG_WIDTH));
    expect(await meta("og:image:height")).toBe(String(OG_HEIGHT));
    expect((await meta("og:image:alt"))?.length ?? 0).toBeGreaterThan(10);
    // The same file is served by the site under the image's path.
    const res = await page.request.get(new URL(image ?? "").pathname);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const site = allDictionaries[localeOf(path)]["site.name"];
    expect(await meta("og:title")).toContain(site);
    expect(await page.title()).toContain(site);
  });
}

for (const path of citable) {
  test(`${path}: "how to cite" gives the page's title, address, review date and licence`, async ({ page }) => {
    await page.goto(path);
    const block = page.locator(".how-to-cite");
    await expect(block).toHaveCount(1);
    const canonical = (await page.locator("link[rel=canonical]").getAttribute("href")) ?? "";
    const h1 = (await page.locator("h1").textContent())?.trim() ?? "";
    const citation = (await block.locator(".citation-text").textContent())?.trim() ?? "";
    expect(citation).toContain(canonical);
    expect(citation).toContain(allDictionaries[localeOf(path)]["site.name"]);
    if (h1 !== allDictionaries[localeOf(path)]["site.name"]) expect(citation).toContain(h1);
    expect(citation).toMatch(/\d{4}/);
    await expect(block.locator('a[rel="license"]')).toHaveAttribute("href", /creativecommons\.org\/licenses\/by\/4\.0/);
  });
}

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

// WCAG 2.2 (2.5.8): axe's target-size rule runs in tests/e2e/a11y.spec.ts; this measures the boxes themselves.
for (const path of ["/", "/membership/", "/funding/", "/ja/funding/", "/ja/membership/"]) {
  test(`${path}: citation, back and download links are at least 24 × 24 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    const boxes = await page.locator("sup.cite a, a.back-link, a.download-link").evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return { what: `${a.className} ${a.textContent?.trim()}`, width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.width, b.what).toBeGreaterThanOrEqual(24);
      expect(b.height, b.what).toBeGreaterThanOrEqual(24);
    }
  });
}
