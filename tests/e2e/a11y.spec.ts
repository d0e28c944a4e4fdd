/**
 * Accessibility gate: axe-core on every built page, in both colour schemes, at a small phone width and a
 * desktop width, then a keyboard walk. Pages are discovered from dist/ (sitemap + every HTML file), so the
 * Japanese pages, 404 pages and the embed page are covered without being listed here.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { distPages } from "../support/built-site";

const pages = distPages();
const widths = [320, 1280] as const;
const schemes = ["light", "dark"] as const;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule cannot apply to this site.
 * (None are switched off today.)
 */
const DISABLED_RULES: Record<string, string> = {};

async function open(page: Page, path: string, width: number, scheme: "light" | "dark") {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
  // 404 pages answer with status 404 on purpose; any page must at least load.
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response, `${path} did not load`).not.toBeNull();
}

/** axe's violations on the page as it is now, one readable line per rule and node. */
async function axeViolations(page: Page): Promise<string[]> {
  // options() replaces all options, so it comes first; withTags() then adds runOnly to them.
  // target-size (WCAG 2.5.8) is off by default in axe-core, so it is switched on by name.
  const builder = new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).withTags(TAGS);
  const disabled = Object.keys(DISABLED_RULES);
  const results = await (disabled.length ? builder.disableRules(disabled) : builder).analyze();
  const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable];
  expect(
    ran.some((r) => r.id === "target-size"),
    "target-size did not run: check how it is enabled",
  ).toBe(true);
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
      v.nodes.map((n) => `  - ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n"),
  );
}

// The funding page opens on the totals view; its other views, linked by ?view=, are checked drawn as well.
const otherViews = pages
  .filter(({ path }) => /^\/(ja\/)?funding\/$/.test(path))
  .flatMap(({ path }) => ["annual", "donors"].map((view) => `${path}?view=${view}`));
test("the funding pages' other views are among the pages axe checks", () => {
  expect(otherViews).toEqual([
    "/funding/?view=annual",
    "/funding/?view=donors",
    "/ja/funding/?view=annual",
    "/ja/funding/?view=donors",
  ]);
});
for (const path of otherViews) {
  for (const width of widths) {
    for (const scheme of schemes) {
      test(`axe: ${path} drawn, at ${width}px, ${scheme}`, async ({ page }) => {
        await open(page, path, width, scheme);
        await page.locator("funding-chart").scrollIntoViewIfNeeded();
        await expect(page.locator("funding-chart[data-drawn]")).toHaveCount(1);
        expect(await axeViolations(page), `axe violations on ${path} (${width}px, ${scheme})`).toEqual([]);
      });
    }
  }
}

for (const { path } of pages) {
  for (const width of widths) {
    for (const scheme of schemes) {
      test(`axe: ${path} at ${width}px, ${scheme}`, async ({ page }) => {
        await open(page, path, width, scheme);
        expect(await axeViolations(page), `axe violations on ${path} (${width}px, ${scheme})`).toEqual([]);
      });
    }
  }
  for (const width of widths) {
    test(`keyboard: ${path} at ${width}px`, async ({ page }) => {
      await open(page, path, width, "light");
      await keyboardWalk(page, path);
    });
  }
}

const ROW_SLACK = 64;

interface Stop {
  id: number;
  label: string;
  region: string;
  top: number;
  bottom: number;
  inViewport: boolean;
  indicator: string;
}

/**
 * Tabs through the page. Expects: the skip link first; every tabbable element reached, in DOM order;
 * within header, main and footer, no element sits wholly above the previous one; each focused element is
 * on screen and its outline or box-shadow differs from its unfocused style.
 */
async function keyboardWalk(page: Page, path: string) {
  // Number the tabbable elements in DOM order and record their unfocused outline and shadow. The chart adds
  // controls when it loads (on visibility), so the list is read again after the walk for the order check.
  const tabbables = () =>
    page.evaluate(() => {
      const sel = "a[href], button, input, select, textarea, summary, [tabindex], iframe, [contenteditable=true]";
      const els = [...document.querySelectorAll<HTMLElement>(sel)].filter(
        (el) =>
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          // Hidden elements (e.g. links inside a closed <details>) are not in the tab order.
          el.checkVisibility({ visibilityProperty: true }) &&
          // Tab enters a radio group once, at its checked button; arrow keys move within it.
          !(el instanceof HTMLInputElement && el.type === "radio" && !el.checked),
      );
      return els.map((el, i) => {
        if (el.dataset.kbdBase === undefined) {
          const s = getComputedStyle(el);
          el.dataset.kbdBase = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
        }
        el.dataset.kbdId = String(i);
        return `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
      });
    });
  // Bring every chart into view first, and wait until it is drawn, so what it adds on visibility (its
  // controls' state, the canvas) is in place before the walk. A chart that opens on its table draws nothing.
  const charts = page.locator('funding-chart:not([show="table"])');
  for (const chart of await charts.all()) await chart.scrollIntoViewIfNeeded();
  await expect(page.locator('funding-chart[data-drawn]:not([show="table"])')).toHaveCount(await charts.count());
  await page.evaluate(() => window.scrollTo(0, 0));
  const expected = await tabbables();
  expect(expected.length, `${path} has nothing to tab to`).toBeGreaterThan(0);

  const stops: Stop[] = [];
  for (let i = 0; i < expected.length + 40; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // An element the chart created after the numbering: its unfocused style was never seen, so it is
      // read now with focus removed for a moment.
      if (el.dataset.kbdBase === undefined) {
        el.blur();
        const b = getComputedStyle(el);
        el.dataset.kbdBase = `${b.outlineStyle} ${b.outlineWidth} ${b.outlineColor} | ${b.boxShadow}`;
        el.focus({ focusVisible: true } as FocusOptions);
      }
      const s = getComputedStyle(el);
      const now = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 && !/, 0\)$/.test(s.outlineColor);
      const shadow = s.boxShadow !== "none";
      const r = el.getBoundingClientRect();
      return {
        id: Number(el.dataset.kbdId ?? -1),
        label: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
        region: el.closest("header, main, footer")?.tagName.toLowerCase() ?? "body",
        top: r.top + window.scrollY,
        bottom: r.bottom + window.scrollY,
        inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
        indicator: now !== el.dataset.kbdBase && (outline || shadow) ? "" : `no visible focus style (${now})`,
      };
    });
    if (!stop || (stops.length && stop.id === stops[0]?.id && stop.label === stops[0]?.label)) break;
    stops.push(stop);
  }

  // A page with site navigation offers a way past it first. The embed pages have no navigation to skip.
  if ((await page.locator("header nav").count()) > 0) {
    expect(await page.locator("[data-kbd-id='0']").getAttribute("href"), `${path}: the skip link must be first`).toBe(
      "#main",
    );
  }
  expect(
    stops.map((s) => s.label),
    `${path}: Tab order differs from DOM order`,
  ).toEqual(await tabbables());
  const problems: string[] = [];
  stops.forEach((s, i) => {
    if (!s.inViewport) problems.push(`${s.label}: focused but not on screen`);
    if (s.indicator) problems.push(`${s.label}: ${s.indicator}`);
    const prev = stops[i - 1];
    // Cards in a grid are read row by row, and the link at the foot of a shorter card can sit a line or two
    // higher than the one before it; a jump back of more than ROW_SLACK px means the order is wrong.
    if (prev && prev.region === s.region && s.bottom < prev.top - ROW_SLACK) {
      problems.push(`${s.label} (${s.region}) is reached after ${prev.label} but sits above it`);
    }
  });
  expect(problems, `${path}: keyboard walk`).toEqual([]);
}

test("before its chart is drawn, a table scrolling in the chart's box is reachable by keyboard, and leaves the tab order after", async ({
  page,
}) => {
  // Hold Chart.js back, so the page stays in the state a slow network shows: the table in the chart's box.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/chart-setup\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await open(page, "/funding/", 320, "light");
  await page.locator("funding-chart").scrollIntoViewIfNeeded();
  const wrap = page.locator('[data-view-panel="totals"] .chart-stage > .table-wrap');
  await expect(wrap).toHaveAttribute("tabindex", "0");
  expect(await page.locator("funding-chart").getAttribute("data-drawn")).toBeNull();
  expect(await axeViolations(page), "axe violations before the chart is drawn").toEqual([]);
  release();
  await expect(page.locator("funding-chart[data-drawn]")).toHaveCount(1);
  await expect(wrap).not.toHaveAttribute("tabindex");
});
