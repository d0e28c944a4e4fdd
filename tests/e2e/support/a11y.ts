/**
 * The accessibility checks the browser specs share: axe-core (WCAG 2.0–2.2 A/AA, best practice and target-size)
 * and the keyboard walk. tests/e2e/every-page.spec.ts runs both on every built page; a11y.spec.ts runs axe on
 * the funding page's other views and before its chart is drawn.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule cannot apply to this site.
 * (None are switched off today.)
 */
export const DISABLED_RULES: Record<string, string> = {};

/** The viewport widths every page is checked at: a small phone and a desktop. */
export const WIDTHS = [320, 1280] as const;

/** Sets the viewport and the media features, then loads `path`; returns the response (404 pages answer 404). */
export async function open(page: Page, path: string, width: number, scheme: "light" | "dark" = "light") {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response, `${path} did not load`).not.toBeNull();
  return response;
}

interface AxeRun {
  /** One readable line per rule and node. */
  violations: string[];
  /** The rules that ran and judge colours (axe tags them cat.color). */
  colourRules: string[];
}

/** axe's violations on the page as it is now; `only` limits the run to those rules. */
async function runAxe(page: Page, only?: string[]): Promise<AxeRun> {
  const disabled = Object.keys(DISABLED_RULES);
  // options() replaces all options, so it comes first; withTags() then adds runOnly to them.
  // target-size (WCAG 2.5.8) is off by default in axe-core, so it is switched on by name.
  // resultTypes: every violation keeps all its nodes; passes and the rest keep one node each, which spares axe
  // building a selector for every passing node (a fifth to a third of a run) and still lists each rule that ran.
  let builder = new AxeBuilder({ page }).options({
    resultTypes: ["violations"],
    rules: { "target-size": { enabled: true } },
  });
  builder = only ? builder.withRules(only.filter((r) => !disabled.includes(r))) : builder.withTags(TAGS);
  const results = await (disabled.length ? builder.disableRules(disabled) : builder).analyze();
  const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable];
  if (!only) {
    expect(
      ran.some((r) => r.id === "target-size"),
      "target-size did not run: check how it is enabled",
    ).toBe(true);
  }
  return {
    violations: results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes.map((n) => `  - ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n"),
    ),
    colourRules: ran.filter((r) => r.tags.includes("cat.color")).map((r) => r.id),
  };
}

/**
 * axe in both colour schemes, on the page as it is now (left in the light scheme afterwards). Failures are soft,
 * so the caller's other checks still run.
 *
 * Every rule runs in the light scheme; in the dark scheme only the rules that judge colours (color-contrast,
 * link-in-text-block: whatever axe tags cat.color among TAGS). That is where the schemes can differ: the site's
 * colours are light-dark() tokens (src/styles/global.css), and the dark scheme changes nothing but colours — no
 * prefers-color-scheme query, no element shown or hidden, the same DOM and layout. tests/gates/colour-scheme.test.ts
 * fails if the built CSS ever makes the dark scheme change more than that, and this function must then run every
 * rule in both schemes again. The page is not reloaded: the scheme is a media feature, switched in place.
 */
export async function checkAxe(page: Page, where: string) {
  const light = await runAxe(page);
  expect.soft(light.violations, `axe violations on ${where}, light`).toEqual([]);
  expect(light.colourRules, "axe ran no colour rule: the dark pass would check nothing").toContain("color-contrast");
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await runAxe(page, light.colourRules);
  expect.soft(dark.violations, `axe violations on ${where}, dark`).toEqual([]);
  expect(dark.colourRules.sort()).toEqual([...light.colourRules].sort());
  await page.emulateMedia({ colorScheme: "light" });
}

/** Only the light run, for states that last a moment (a chart held back). */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page)).violations;
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
export async function keyboardWalk(page: Page, path: string) {
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
