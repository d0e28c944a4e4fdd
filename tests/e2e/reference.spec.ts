import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/** The reference pages (#13): history, glossary and membership, in both languages. */
const data = (name: string) => JSON.parse(readFileSync(join("content", "data", `${name}.json`), "utf8"));
const timeline = data("timeline") as { events: { date: string }[] };
const glossary = data("glossary") as { terms: { id: string }[] };
const conventions = data("conventions") as {
  record: { count: number; source: string };
  conventions: { category: string; status: string; ratified: string | null; source: string }[];
};
// A row is a ratification when its source says Japan ratified it (worked out here, apart from the site's code).
const isRatification = (c: { status: string }) =>
  ["in-force", "denounced", "not-yet-in-force", "unconfirmed"].includes(c.status);
const fundamental = conventions.conventions.filter((c) => c.category === "fundamental");
const record = conventions.conventions.filter(isRatification);

const langs = [
  { lang: "en", prefix: "" },
  { lang: "ja", prefix: "/ja" },
];

test.describe("with JavaScript off, the reference pages read in full", () => {
  test.use({ javaScriptEnabled: false });

  for (const { lang, prefix } of langs) {
    test(`${prefix}/history/ shows every event with its date and source`, async ({ page }) => {
      await page.goto(`${prefix}/history/`);
      const events = page.locator("ol.timeline > li");
      await expect(events).toHaveCount(timeline.events.length);
      const dates = await page
        .locator("ol.timeline time")
        .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
      expect(dates).toEqual(timeline.events.map((e) => e.date));
      // Every event carries a citation that leads to an entry in the page's source list.
      for (const href of await events
        .locator("sup.cite a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
        await expect(page.locator(href ?? "#missing")).toBeVisible();
      }
      await expect(events.locator("sup.cite")).toHaveCount(timeline.events.length);
      await expect(page.locator("main h2").first()).toBeVisible();
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    });

    test(`${prefix}/glossary/ shows every term, each with its source`, async ({ page }) => {
      await page.goto(`${prefix}/glossary/`);
      const entries = page.locator("dl.glossary > div");
      await expect(entries).toHaveCount(glossary.terms.length);
      expect(await entries.evaluateAll((ds) => ds.map((d) => d.id))).toEqual(glossary.terms.map((t) => t.id));
      await expect(entries.locator("dd sup.cite")).toHaveCount(glossary.terms.length);
      for (const dd of await entries.locator("dd").all()) await expect(dd).toBeVisible();
    });

    test(`${prefix}/conventions/ shows the ten fundamental Conventions first, then Japan's whole record`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/conventions/`);
      const rows = page.locator("table.conventions tbody tr");
      await expect(rows).toHaveCount(conventions.conventions.length);
      // Rows from the official list cite it once, in the caption; rows from any other source cite it in the row.
      await expect(rows.locator("sup.cite")).toHaveCount(
        conventions.conventions.filter((c) => c.source !== conventions.record.source).length,
      );
      await expect(page.locator("table.conventions caption sup.cite")).toHaveCount(1);
      await expect(rows.locator("time")).toHaveCount(conventions.conventions.filter((c) => c.ratified !== null).length);
      // The first ten rows are the fundamental Conventions, ratified or not.
      for (const [i, c] of fundamental.entries())
        await expect(rows.nth(i).locator("[data-status]")).toHaveAttribute("data-status", c.status);
      await expect(page.locator("table.conventions caption")).toContainText(String(record.length));
    });

    test(`${prefix}/conventions/ states the counts computed from the record, and what it lacks`, async ({ page }) => {
      await page.goto(`${prefix}/conventions/`);
      const summary = page.locator(".conventions-summary");
      await expect(summary.first()).toContainText(String(fundamental.filter(isRatification).length));
      const count = (f: (c: { status: string; category: string }) => boolean) => String(record.filter(f).length);
      for (const n of [
        count((c) => c.status === "in-force"),
        count((c) => c.status === "denounced"),
        count((c) => c.category === "governance"),
        String(conventions.record.count),
        String(conventions.record.count - record.length),
      ])
        await expect(summary.nth(1)).toContainText(n);
    });
  }
});

// Every glossary link on the site names an entry that exists (tests/gates/glossary.test.ts); here, the address of
// every entry, in both languages, brings the entry into view with its term shown.
test("a link to a glossary entry brings the entry into view", async ({ page }) => {
  expect(glossary.terms.length).toBeGreaterThan(10);
  for (const { prefix } of langs) {
    for (const { id } of glossary.terms) {
      const href = `${prefix}/glossary/#${id}`;
      await test.step(href, async () => {
        await page.goto(href);
        const entry = page.locator(`[id="${id}"]`);
        await expect(entry, `${href} has no entry`).toHaveCount(1);
        await expect(entry).toBeInViewport();
        await expect(entry.locator("dfn")).toBeVisible();
      });
    }
  }
});

// The gate (tests/gates/budgets.test.ts) finds no script in these pages' files; Chromium fetches none either.
test("the reference pages load no JavaScript", async ({ page }) => {
  test.slow(); // one test for what were many, a page each: it gets three times the usual time
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  for (const path of ["/history/", "/glossary/", "/membership/", "/ja/history/", "/ja/glossary/", "/ja/membership/"]) {
    await test.step(path, async () => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(scripts, `scripts fetched by ${path}`).toEqual([]);
      await expect(page.locator("script:not([type='application/ld+json'])")).toHaveCount(0);
    });
  }
});
