import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { formatNumber } from "../../src/lib/site/format";
import type { Contributors } from "../../src/lib/data/schemas/contributors";
import { japanAnnual } from "../../src/lib/funding/contributors";

// Expected figures come from the data files, as the tables do; nothing here is typed by hand.
const totals = JSON.parse(readFileSync("content/data/funding-totals.json", "utf8"));
const annual = japanAnnual(JSON.parse(readFileSync("content/data/funding-contributors.json", "utf8")) as Contributors);
const millions = (n: number) => formatNumber("en", n, 1);
const totalsFigures = [totals.assessed, totals.voluntary, totals.assessed + totals.voluntary].map(millions);
const annualFigures = annual.years.flatMap((r: { assessed: number; voluntaryEarmarked: number }) =>
  [r.assessed, r.voluntaryEarmarked].map((n) => millions(n / 1e6)),
);

interface ChartElement extends HTMLElement {
  chart?: {
    canvas: HTMLCanvasElement;
    options: { animation: unknown };
    data: { datasets: { borderColor: unknown }[] };
  };
  liveCharts: number;
}

/** Scrolls the chart into view and waits until Chart.js has drawn it. */
async function drawn(page: Page) {
  await page.locator("funding-chart").scrollIntoViewIfNeeded();
  await page.waitForSelector("funding-chart[data-drawn]");
}

/**
 * Waits until the canvas shows the same picture on two checks in a row (any animation is over), and returns it.
 * A poll on the picture itself instead of a fixed sleep: as fast as the browser is, never too short.
 */
async function settledFrame(page: Page): Promise<string> {
  const frame = () => page.locator("funding-chart").evaluate((el: ChartElement) => el.chart?.canvas.toDataURL() ?? "");
  let previous = "";
  await expect
    .poll(
      async () => {
        const [before, now] = [previous, (previous = await frame())];
        return now !== "" && now === before;
      },
      { intervals: [250], message: "the chart kept changing" },
    )
    .toBe(true);
  return previous;
}

/** Waits until the chart is drawn on the canvas of `view` (Chart.js redraws into the shown panel). */
async function drawnIn(page: Page, view: string) {
  await expect
    .poll(() =>
      page
        .locator("funding-chart")
        .evaluate((el: ChartElement) => el.chart?.canvas.closest("[data-view-panel]")?.getAttribute("data-view-panel")),
    )
    .toBe(view);
}

/** Console errors and uncaught exceptions, checked at the end of every test. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test.describe("funding chart", () => {
  test("the canvas is painted with the bars' colour", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/funding/");
    await drawn(page);
    await settledFrame(page); // the entry animation is over
    const counts = await page.locator("funding-chart").evaluate((el: ChartElement) => {
      const canvas = el.chart?.canvas;
      const ctx = canvas?.getContext("2d");
      if (!canvas || !ctx) return { painted: 0, assessed: 0, total: 0 };
      const probe = document.createElement("span");
      probe.style.color = "var(--c-assessed)";
      el.append(probe);
      const [r = 0, g = 0, b = 0] = (getComputedStyle(probe).color.match(/\d+/g) ?? []).map(Number);
      probe.remove();
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      let assessed = 0;
      for (let i = 0; i < px.length; i += 4) {
        const [pr = 0, pg = 0, pb = 0, pa = 0] = px.subarray(i, i + 4);
        if (pa > 0) painted++; // the canvas is transparent where nothing is drawn
        if (Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b) < 12) assessed++;
      }
      return { painted, assessed, total: px.length / 4 };
    });
    expect(counts.painted).toBeGreaterThan(counts.total * 0.05);
    expect(counts.assessed).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });

  test("views and chart/table switch by keyboard", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/funding/");
    await drawn(page);
    const chart = page.locator("funding-chart");
    const totalsButton = page.getByRole("button", { name: /totals \(ILO\)/ });
    const annualButton = page.getByRole("button", { name: "By year (UN CEB)" });
    await expect(totalsButton).toHaveAttribute("aria-pressed", "true");
    await totalsButton.focus();
    await page.keyboard.press("Tab");
    await expect(annualButton).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(chart).toHaveAttribute("view", "annual");
    await expect(annualButton).toHaveAttribute("aria-pressed", "true");
    await expect(totalsButton).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator('[data-view-panel="totals"]')).toBeHidden();
    await expect(page.getByRole("img", { name: /^UN CEB revenue data/ })).toBeVisible();
    await expect
      .poll(() =>
        chart.evaluate((el: ChartElement) =>
          el.chart?.canvas.closest("[data-view-panel]")?.getAttribute("data-view-panel"),
        ),
      )
      .toBe("annual");
    await expect(page.getByText("These UN CEB figures measure revenue")).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Among governments" })).toBeFocused();
    await page.keyboard.press("Tab");
    const toggle = page.getByRole("button", { name: "Show table" });
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await page.keyboard.press("Space");
    await expect(chart).toHaveAttribute("show", "table");
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator('[data-view-panel="annual"] canvas')).toBeHidden();
    const table = page.locator('[data-view-panel="annual"] table');
    expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    for (const figure of annualFigures) await expect(table).toContainText(figure);
    await page.keyboard.press("Space");
    await expect(chart).toHaveAttribute("show", "chart");
    await expect(page.locator('[data-view-panel="annual"] canvas')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("follows view and show attributes set by another script, and tells it", async ({ page }) => {
    await page.goto("/funding/");
    await drawn(page);
    await page.locator("funding-chart").evaluate((el: ChartElement) => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      document.addEventListener("funding-chart:change", (e) => {
        const d = (e as CustomEvent<{ view: string; show: string }>).detail;
        w.__seen.push(`${d.view}/${d.show}`);
      });
      el.setAttribute("view", "annual");
      el.setAttribute("show", "table");
      el.setAttribute("show", "chart");
    });
    const events = () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    await expect.poll(async () => (await events()).at(-1)).toBe("annual/chart");
    expect(await events()).toContain("annual/table");
    await expect(page.getByRole("button", { name: "By year (UN CEB)" })).toHaveAttribute("aria-pressed", "true");
  });

  test("without JavaScript, the tables show every figure and no dead controls", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/funding/");
    const totalsTable = page.locator('[data-view-panel="totals"] table');
    const annualTable = page.locator('[data-view-panel="annual"] table');
    await expect(totalsTable).toBeVisible();
    await expect(annualTable).toBeVisible();
    for (const figure of totalsFigures) await expect(totalsTable).toContainText(figure);
    for (const figure of annualFigures) await expect(annualTable).toContainText(figure);
    await expect(page.locator(".chart-controls")).toBeHidden();
    await expect(page.locator("canvas").first()).toBeHidden();
    await context.close();
  });

  // A blocked request, a missing chunk or a canvas that cannot draw must leave the tables, not an empty box.
  for (const [what, block] of [
    ["Chart.js's chunk", /chart-setup/],
    ["the chart's data", /\/data\/chart-en\.json/],
  ] as const) {
    test(`when ${what} cannot load, the tables show and the controls hide`, async ({ page }) => {
      await page.route(block, (route) => route.abort());
      await page.goto("/funding/");
      await page.locator("funding-chart").scrollIntoViewIfNeeded();
      await page.waitForSelector("funding-chart[data-failed]");
      for (const figure of totalsFigures)
        await expect(page.locator('[data-view-panel="totals"] table')).toContainText(figure);
      for (const figure of annualFigures)
        await expect(page.locator('[data-view-panel="annual"] table')).toContainText(figure);
      await expect(page.locator(".chart-controls")).toBeHidden();
      await expect(page.locator("canvas").first()).toBeHidden();
    });
  }

  test("when the chart's script itself never runs, every table shows and the controls hide", async ({ page }) => {
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    await page.goto("/funding/");
    // CSS alone turns the page back into its no-script layout once the element has stayed undefined (3 s).
    for (const figure of annualFigures)
      await expect(page.locator('[data-view-panel="annual"] table')).toContainText(figure, { timeout: 6000 });
    await expect(page.locator('[data-view-panel="annual"] table')).toBeVisible({ timeout: 6000 });
    await expect(page.locator(".chart-controls")).toBeHidden();
  });

  test("before the chart is drawn, its table shows in the chart's box", async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/chart-setup/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/funding/");
    const table = page.locator('[data-view-panel="totals"] table');
    await expect(table).toBeVisible();
    const before = await page.locator('[data-view-panel="totals"] .chart-stage').boundingBox();
    release();
    await drawn(page);
    await expect(page.locator('[data-view-panel="totals"] canvas')).toBeVisible();
    const after = await page.locator('[data-view-panel="totals"] .chart-stage').boundingBox();
    expect(after?.height).toBe(before?.height);
  });

  for (const motion of ["reduce", "no-preference"] as const) {
    test(`animation follows prefers-reduced-motion: ${motion}`, async ({ browser }) => {
      const context = await browser.newContext({ reducedMotion: motion });
      const page = await context.newPage();
      // Snapshot the canvas in the same task as the first draw, then again once any animation is over.
      await page.addInitScript(() => {
        document.addEventListener("funding-chart:change", (e) => {
          const w = window as unknown as { __firstFrame?: string };
          const el = e.target as ChartElement;
          if (el.chart && w.__firstFrame === undefined) w.__firstFrame = el.chart.canvas.toDataURL();
        });
      });
      await page.goto("/funding/");
      await drawn(page);
      const firstFrame = await page.evaluate(() => (window as unknown as { __firstFrame?: string }).__firstFrame);
      expect(firstFrame).toBeTruthy();
      const last = await settledFrame(page);
      const animation = await page.locator("funding-chart").evaluate((el: ChartElement) => el.chart?.options.animation);
      if (motion === "reduce") {
        expect(animation).toBe(false);
        expect(firstFrame === last, "the first frame drawn should be the final chart").toBe(true);
      } else {
        // The control: with motion allowed the bars grow, so the same check would catch a regression.
        expect(firstFrame === last).toBe(false);
      }
      await context.close();
    });
  }

  for (const width of [320, 1280]) {
    test(`nothing overflows at ${width} px, in either view or mode`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/funding/");
      await drawn(page);
      for (const [view, show] of [
        ["totals", "chart"],
        ["annual", "chart"],
        ["annual", "table"],
        ["totals", "table"],
      ]) {
        await page.locator("funding-chart").evaluate(
          (el, { v, s }) => {
            el.setAttribute("view", v);
            el.setAttribute("show", s);
          },
          { v: view ?? "", s: show ?? "" },
        );
        if (show === "chart") await drawnIn(page, view ?? "");
        else await expect(page.locator(`[data-view-panel="${view}"] table`)).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${view}/${show} at ${width} px`).toBeLessThanOrEqual(0);
      }
    });
  }

  for (const width of [320, 1280]) {
    test(`drawing the chart shifts no layout at ${width} px (CLS 0)`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!e.hadRecentInput) w.__cls += e.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/funding/");
      await drawn(page);
      await settledFrame(page); // drawn and done animating: any shift it caused has been recorded
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    });
  }

  test("redraws on resize and view changes without leaking Chart instances", async ({ page }) => {
    await page.goto("/funding/");
    await drawn(page);
    const chart = page.locator("funding-chart");
    for (const width of [320, 900, 1280, 600]) {
      await page.setViewportSize({ width, height: 800 });
      const next = (await chart.getAttribute("view")) === "totals" ? "annual" : "totals";
      await chart.evaluate((el, v) => el.setAttribute("view", v), next);
      await drawnIn(page, next);
    }
    expect(await chart.evaluate((el: ChartElement) => el.liveCharts)).toBe(1);
    // Chart.js resized the canvas to the last width.
    const width = await chart.evaluate(
      (el: ChartElement) => el.chart?.canvas.getBoundingClientRect().width ?? Infinity,
    );
    expect(width).toBeLessThanOrEqual(600);
  });

  test("follows the theme: forcing dark mode recolours the bars", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/funding/");
    await drawn(page);
    const chart = page.locator("funding-chart");
    const border = () => chart.evaluate((el: ChartElement) => String(el.chart?.data.datasets[0]?.borderColor));
    const light = await border();
    await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
    await expect.poll(border).not.toBe(light);
    await page.evaluate(() => document.documentElement.removeAttribute("data-theme"));
    await expect.poll(border).toBe(light);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(border).not.toBe(light);
  });

  test("Download PNG saves the chart as a PNG file", async ({ page }) => {
    await page.goto("/funding/");
    await drawn(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`japan-ilo-funding-totals-${totals.asOf}.png`);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  });
});
