import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { THIRD_PARTY as THIRD } from "./support/servers.ts";
import { donorsSummary, donorsTitle, displayName, formatShare, ordinal } from "../../src/lib/funding/contributors-text";
import type { Contributors } from "../../src/lib/data/schemas/contributors";

// The views added in issue 12: "By year (UN CEB)" and "Among governments". Expected texts and numbers come
// from the data files through the site's own formatters; ranks are recomputed here from the raw rows.
const contributors = JSON.parse(readFileSync("content/data/funding-contributors.json", "utf8")) as Contributors;
const years = contributors.years.map((y) => y.year);
const latest = years.at(-1) ?? 0;
const total = (g: Record<string, unknown>) =>
  Object.values(g).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
function japanRank(year: number) {
  const rows = contributors.years.find((y) => y.year === year)?.governments ?? [];
  const sorted = [...rows].sort((a, b) => total(b) - total(a));
  const all = rows.reduce((s, g) => s + total(g), 0);
  const japan = sorted.find((g) => g.name === "Japan");
  return { rank: sorted.findIndex((g) => g.name === "Japan") + 1, share: japan ? total(japan) / all : 0, sorted };
}

interface ChartElement extends HTMLElement {
  chart?: {
    canvas: HTMLCanvasElement;
    data: { labels: unknown[]; datasets?: { borderColor: unknown }[] };
    scales?: Record<string, { ticks: { label?: unknown }[] }>;
  };
}

/** Opens the funding page on a view through its URL and waits until that view's chart is drawn. */
async function open(page: Page, path: string, view: string) {
  await page.goto(path);
  await page.locator("funding-chart").scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-view-panel="${view}"][data-drawn]`);
}

/** Share of the canvas's pixels that are painted (the canvas is transparent where nothing is drawn). */
const paintedShare = (page: Page) =>
  page.locator("funding-chart").evaluate((el: ChartElement) => {
    const canvas = el.chart?.canvas;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return 0;
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) > 0) painted++;
    return painted / (px.length / 4);
  });

/** The first dataset's border colour: it changes when the chart follows a change of colour scheme. */
const border = (page: Page) =>
  page.locator("funding-chart").evaluate((el: ChartElement) => String(el.chart?.data.datasets?.[0]?.borderColor ?? ""));

for (const lang of ["", "/ja"]) {
  for (const view of ["annual", "donors"]) {
    for (const width of [320, 1280]) {
      // Both schemes on one load. The chart is first drawn in the dark scheme, then follows the switch to light
      // (chart.spec.ts checks that it recolours); the light first draw is what every other chart test sees.
      // Only colours differ between the schemes (tests/gates/colour-scheme.test.ts), so the layout checks run once.
      test(`${lang || "/en"} ${view} is painted at ${width} px, dark and light`, async ({ page }) => {
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
        await page.setViewportSize({ width, height: 900 });
        await open(page, `${lang}/funding/?view=${view}`, view);
        await expect(page.locator("funding-chart")).toHaveAttribute("view", view);
        expect(await paintedShare(page), "painted share, dark").toBeGreaterThan(0.05);
        // Nothing overflows the page sideways, and the view's table is there for screen readers.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
        await expect(page.locator(`[data-view-panel="${view}"] .chart-stage table`)).toHaveCount(1);
        if (view === "annual") {
          // Every year is named at 1280 px; on a phone some are skipped, but never the latest.
          const labels = await page
            .locator("funding-chart")
            .evaluate((el: ChartElement) => el.chart?.scales?.x?.ticks.map((t) => String(t.label ?? "")) ?? []);
          const named = labels.filter(Boolean);
          expect(labels.at(-1)).toBe(String(latest));
          if (width === 1280) expect(named).toEqual(years.map(String));
          else expect(named.length).toBeLessThan(years.length);
        }
        const dark = await border(page);
        await page.emulateMedia({ colorScheme: "light" });
        await expect.poll(() => border(page), "the chart follows the switch to light").not.toBe(dark);
        expect(await paintedShare(page), "painted share, light").toBeGreaterThan(0.05);
        expect(errors).toEqual([]);
      });
    }
  }
}

test("choosing a year by keyboard redraws the chart, updates its label, the table, the URL, and says so", async ({
  page,
}) => {
  await open(page, "/funding/?view=donors", "donors");
  const chart = page.locator("funding-chart");
  const canvas = page.locator('[data-view-panel="donors"] canvas');
  await expect(canvas).toHaveAttribute("aria-label", donorsSummary("en", contributors, latest));
  const before = await chart.evaluate((el: ChartElement) => el.chart?.canvas.toDataURL());
  const select = page.locator("select[data-year]");
  await select.focus();
  await page.keyboard.press("ArrowDown"); // the list runs from the latest year down
  const year = latest - 1;
  await expect(chart).toHaveAttribute("year", String(year));
  await expect(canvas).toHaveAttribute("aria-label", donorsSummary("en", contributors, year));
  await expect(page.locator("[data-live]")).toHaveText(donorsTitle("en", contributors, year));
  await expect(page.locator('[data-view-panel="donors"] figcaption')).toHaveText(donorsTitle("en", contributors, year));
  await expect(page).toHaveURL(new RegExp(`\\?view=donors&year=${year}$`));
  await expect
    .poll(() => chart.evaluate((el: ChartElement) => el.chart?.canvas.toDataURL()), { timeout: 5000 })
    .not.toBe(before);
  const { sorted, rank } = japanRank(year);
  const firstRow = page.locator('[data-view-panel="donors"] tbody tr').first();
  await expect(firstRow).toContainText(displayName("en", contributors, sorted[0]?.name ?? ""));
  await expect(page.locator('[data-view-panel="donors"] tbody tr.japan')).toContainText(String(rank));
  expect(await chart.evaluate((el: ChartElement) => el.chart?.data.labels.length)).toBe(10);
});

test("a linked view and year open as linked", async ({ page }) => {
  const year = years[2] ?? 0;
  await open(page, `/ja/funding/?view=donors&year=${year}`, "donors");
  await expect(page.locator('[data-view-panel="donors"] canvas')).toHaveAttribute(
    "aria-label",
    donorsSummary("ja", contributors, year),
  );
  await expect(page.getByRole("button", { name: "政府拠出国の比較" })).toHaveAttribute("aria-pressed", "true");
});

test("without JavaScript, the tables hold every year: the latest top ten and Japan's rank in each year", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/funding/");
  const top = page.locator('[data-view-panel="donors"] .chart-stage table');
  await expect(top).toBeVisible();
  await expect(top.locator("caption")).toContainText(String(latest));
  const { sorted } = japanRank(latest);
  await expect(top.locator("tbody th")).toHaveText(
    sorted.slice(0, 10).map((g) => displayName("en", contributors, g.name)),
  );
  const ranks = page.locator(".japan-ranks table");
  await expect(ranks).toBeVisible();
  for (const year of years) {
    const { rank, share } = japanRank(year);
    await expect(ranks.locator("tbody tr", { hasText: String(year) }).locator("td")).toHaveText([
      ordinal("en", rank),
      formatShare("en", share),
    ]);
  }
  const annual = page.locator('[data-view-panel="annual"] table');
  await expect(annual).toBeVisible();
  for (const year of years) await expect(annual).toContainText(String(year));
  await expect(page.locator(".year-control")).toBeHidden();
  await context.close();
});

for (const view of ["donors", "annual"]) {
  test(`the embed with view=${view} sizes itself in a third-party page`, async ({ page }) => {
    await page.goto(`${THIRD}/snippet.html`);
    const iframe = page.locator("iframe[data-japan-ilo-embed]").first();
    const src = await iframe.getAttribute("src");
    const url = new URL(src ?? "");
    url.searchParams.set("view", view);
    if (view === "donors") url.searchParams.set("year", String(years[0]));
    await iframe.evaluate((f: HTMLIFrameElement, s) => (f.src = s), url.href);
    const frame = page.frameLocator("iframe[data-japan-ilo-embed]").first();
    await expect(frame.locator("funding-chart")).toHaveAttribute("view", view);
    await expect(frame.locator(`[data-view-panel="${view}"][data-drawn]`)).toHaveCount(1, { timeout: 10_000 });
    if (view === "donors")
      await expect(frame.locator('[data-view-panel="donors"] canvas')).toHaveAttribute(
        "aria-label",
        donorsSummary("en", contributors, years[0] ?? 0),
      );
    // The frame is as tall as the content inside it, to the pixel, and nothing scrolls.
    await expect
      .poll(async () => {
        const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.locator("[data-embed]").evaluate((m) => {
          const d = document.documentElement;
          return { content: m.getBoundingClientRect().height, scrolls: d.scrollHeight > d.clientHeight };
        });
        return Math.abs(outer - Math.ceil(inner.content)) <= 1 && !inner.scrolls;
      })
      .toBe(true);
  });
}

// The governments' downloads are checked against the data file in tests/gates/downloads.test.ts.
