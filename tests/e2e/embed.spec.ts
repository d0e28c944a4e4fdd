import { readFileSync } from "node:fs";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { SITE, THIRD_PARTY as THIRD, WORDPRESS_IFRAME_ATTRIBUTES } from "./support/servers.ts";
import { HEIGHT_MESSAGE as HEIGHT } from "../../src/lib/embed/snippet.ts";

/*
 * A third-party page on another origin embeds the chart with the snippet exactly as a user copies it.
 * The site runs on 127.0.0.1:PORT (nginx with the real headers); the "blog" is the partner server that
 * globalSetup starts on localhost:THIRD_PARTY_PORT, a different origin and site (support/servers.ts).
 */

/** The snippet from the funding page, as the Copy button copies it, pointed at the local build. */
async function copySnippet(page: Page): Promise<string> {
  await page.goto(`${SITE}/funding/`);
  const text = (await page.locator("[data-snippet]").textContent()) ?? "";
  return text.replace(/https?:\/\/[^/"]+/g, SITE);
}

test.beforeAll(async ({ browser }) => {
  // Show the snippet as a user copies it (the partner page serves the same text, read from the build).
  const page = await browser.newPage();
  console.log(`Snippet as copied:\n${await copySnippet(page)}`);
  await page.close();
});

async function embedFrame(page: Page): Promise<Frame> {
  await page.goto(`${THIRD}/snippet.html`);
  const handle = await page.locator("iframe[data-japan-ilo-embed]").first().elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("The snippet's iframe did not load.");
  await frame.waitForLoadState("load");
  return frame;
}

/** Height of the iframe element, and of the content inside it. */
async function heights(page: Page, frame: Frame) {
  const outer = await page
    .locator("iframe[data-japan-ilo-embed]")
    .first()
    .evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const d = document.documentElement;
    const main = document.querySelector("[data-embed]") as HTMLElement;
    return {
      content: main.getBoundingClientRect().height,
      scrollH: d.scrollHeight,
      clientH: d.clientHeight,
      scrollW: d.scrollWidth,
      clientW: d.clientWidth,
    };
  });
  return { outer, ...inner };
}

/** The frame is as tall as its content (to the pixel) and has nothing to scroll, in either direction. */
async function expectFitted(page: Page, frame: Frame) {
  // The poll returns the problems rather than a boolean, so a failure says what did not fit.
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      const problems = [];
      if (Math.abs(h.outer - Math.ceil(h.content)) > 1) problems.push(`iframe ${h.outer} px, content ${h.content} px`);
      if (h.scrollH > h.clientH) problems.push(`scrolls vertically (${h.scrollH} > ${h.clientH})`);
      if (h.scrollW > h.clientW) problems.push(`scrolls horizontally (${h.scrollW} > ${h.clientW})`);
      return problems;
    })
    .toEqual([]);
  return heights(page, frame);
}

test("the funding page gives a snippet that Copy copies and the choices rewrite", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
  await page.goto("/funding/");
  const code = page.locator("[data-snippet]");
  console.log(`Snippet as copied:\n${await code.textContent()}`);
  await page.getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByRole("status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());

  await page.getByLabel(/UN CEB by year/).check();
  await page.getByLabel("Dark").check();
  await expect(code).toContainText("?view=annual&amp;theme=dark&amp;id=japan-ilo-funding-annual");
  await expect(code).toContainText("The ILO's revenue from Japan by year");
  await expect(page.getByRole("link", { name: "Preview the embed" })).toHaveAttribute(
    "href",
    "/embed/funding/?view=annual&theme=dark&id=japan-ilo-funding-annual",
  );
  await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
    "href",
    /\/oembed\/funding\.json$/,
  );
});

for (const width of [320, 1280]) {
  test(`on a third-party page ${width} px wide, the embed paints and fits without a scrollbar`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const frame = await embedFrame(page);
    const chart = frame.locator("funding-chart canvas");
    if ((await frame.locator("funding-chart").count()) > 0) {
      // The chart element (issue 3) draws on a canvas: some pixels must be painted.
      await expect(chart.first()).toBeVisible();
      const painted = await chart.first().evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? [];
        return data.filter((_, i) => i % 4 === 3 && data[i] !== 0).length;
      });
      expect(painted).toBeGreaterThan(100);
    } else {
      await expect(frame.locator("table").first()).toBeVisible();
    }
    const fitted = await expectFitted(page, frame);
    console.log(`Parent ${width} px: iframe ${fitted.outer} px tall, content ${fitted.content} px`);
    expect(fitted.outer).not.toBe(720); // moved off the snippet's starting height

    // Switching to the table resizes the frame; so does any other change of content, down as well as up.
    const isChart = (await frame.locator("funding-chart").count()) > 0;
    await frame.evaluate(() => document.querySelector("funding-chart, .funding-chart")?.setAttribute("show", "table"));
    const table = await expectFitted(page, frame);
    console.log(`Parent ${width} px, table shown: iframe ${table.outer} px tall`);
    if (isChart) expect(table.outer).not.toBe(fitted.outer);
    await frame.evaluate(() => {
      (document.querySelector(".embed-foot") as HTMLElement).style.display = "none";
    });
    const shrunk = await expectFitted(page, frame);
    expect(shrunk.outer).toBeLessThan(table.outer);
  });
}

test("resize messages from any other window are ignored", async ({ page }) => {
  const frame = await embedFrame(page);
  const fitted = await expectFitted(page, frame);
  // Count height messages the page receives, to know the forgeries arrived before judging them.
  await page.evaluate((type) => {
    const w = window as unknown as { seen: number };
    w.seen = 0;
    addEventListener("message", (e) => {
      if (e.data?.type === type) w.seen++;
    });
  }, HEIGHT);
  // 1. The parent page itself; 2. a frame of the third-party origin marked as an embed.
  await page.evaluate(
    (type) => window.postMessage({ type, id: "japan-ilo-funding-totals", height: 2500 }, "*"),
    HEIGHT,
  );
  await page.evaluate((src) => {
    const f = document.createElement("iframe");
    f.src = src;
    f.setAttribute("data-japan-ilo-embed", "japan-ilo-funding-totals");
    document.body.append(f);
  }, `${THIRD}/forger.html`);
  // Our counter listens after embed.js, on the same message events: once it has seen both, embed.js has
  // already handled (and ignored) them, so the heights can be judged at once.
  await expect.poll(() => page.evaluate(() => (window as unknown as { seen: number }).seen)).toBeGreaterThanOrEqual(2);
  const frames = page.locator("iframe[data-japan-ilo-embed]");
  expect(await frames.nth(0).evaluate((f) => f.getBoundingClientRect().height)).toBe(fitted.outer);
  expect(await frames.nth(1).evaluate((f) => f.style.height)).toBe("");

  // Control: the same message from the real embed, on the site's origin, is obeyed.
  await frame.evaluate(
    (type) => parent.postMessage({ type, id: "japan-ilo-funding-totals", height: 333 }, "*"),
    HEIGHT,
  );
  await expect.poll(() => frames.nth(0).evaluate((f) => f.style.height)).toBe("333px");
});

test("the embed page works without JavaScript and links back in the top window", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: SITE });
  const page = await context.newPage();
  await page.goto("/embed/funding/?theme=dark");
  await expect(page.locator("table#table-totals")).toBeVisible();
  await expect(page.locator("table#table-annual")).toBeVisible();
  await expect(page.locator("nav")).toHaveCount(0);
  // Every link leaves the partner's frame (<base target="_top">); the footer names the site, the sources, the data.
  await expect(page.locator("base")).toHaveAttribute("target", "_top");
  await expect(page.locator("a[target]:not([target=_top])")).toHaveCount(0);
  const foot = page.locator(".embed-foot");
  await expect(foot.getByRole("link", { name: "Japan and the ILO", exact: true })).toHaveAttribute("href", "/");
  await expect(foot.locator('a[href^="https://www.ilo.org/"]')).toHaveCount(1);
  await expect(foot.locator('a[href^="https://unsceb.org/"]')).toHaveCount(1);
  await expect(foot.locator('a[href="/data/funding-totals.csv"]')).toHaveCount(1);
  await expect(foot.getByRole("link", { name: /Full funding page/ })).toHaveAttribute("href", "/funding/");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  // Light by default, from the server, so it holds without JavaScript too.
  expect(await page.locator("html").getAttribute("data-theme")).toBe("light");
  await context.close();
});

test("URL settings apply, and bad values fall back to the defaults", async ({ page }) => {
  const chart = page.locator("funding-chart, .funding-chart").first();
  await page.goto("/embed/funding/?theme=dark&view=annual&show=table");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(chart).toHaveAttribute("view", "annual");
  await expect(chart).toHaveAttribute("show", "table");
  await page.goto("/embed/funding/?theme=neon&view=pie&show=3d");
  await expect(chart).toHaveAttribute("view", "totals");
  await expect(chart).toHaveAttribute("show", "chart");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  // "Follow the reader's setting" is a choice: no data-theme, so the colour-scheme media query decides.
  await page.goto("/embed/funding/?theme=auto");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  await page.goto("/ja/embed/funding/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
});

const dataFile = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
/** Sums in whole cents, so the expected totals come from the data, free of floating-point noise. */
const cents = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0) / 100;

// The downloads' numbers, the oEmbed JSON, the embed page's links and the snippet's SRI pin are read from dist/
// in tests/gates/downloads.test.ts and embed.test.ts; their headers (types, CORS, caching) in tests/hosts/.

/** What a reader sees in the embed frame: the chart drawn, the full table, or nothing useful. */
async function shows(frame: Frame): Promise<"chart" | "table" | "empty"> {
  // Looked up once, not waited for: a chart that never draws has no such canvas.
  const canvas = frame.locator("funding-chart[data-drawn] canvas:visible").first();
  const painted =
    (await canvas.count()) === 0
      ? 0
      : await canvas.evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? [];
          return data.filter((_, i) => i % 4 === 3 && data[i] !== 0).length;
        });
  if (painted > 100) return "chart";
  const totals = dataFile("funding-totals");
  const table = frame.locator("table#table-totals");
  const visible = await table.isVisible().catch(() => false);
  const text = visible ? await table.innerText() : "";
  // The full table: both kinds and their total, with the data file's amounts.
  const amounts = [totals.assessed, totals.voluntary, cents([totals.assessed, totals.voluntary])].map(String);
  const full = amounts.every((n) => text.includes(n));
  return full ? "table" : "empty";
}

test.describe("pasted into WordPress (only the iframe survives, sandbox=allow-scripts)", () => {
  test("the iframe has exactly WordPress's attributes and shows the chart or the full table", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${THIRD}/wordpress.html`);
    const iframe = page.locator("iframe.wp-embedded-content");
    const names = await iframe.evaluate((f) => f.getAttributeNames().sort());
    const kept = names.filter((n) => !["class", "sandbox", "security", "data-secret"].includes(n));
    expect(
      kept.every((n) => (WORDPRESS_IFRAME_ATTRIBUTES as readonly string[]).includes(n)),
      names.join(),
    ).toBe(true);
    expect(kept).toEqual(expect.arrayContaining(["src", "width", "height", "title"]));
    await expect(iframe).toHaveAttribute("sandbox", "allow-scripts");
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error("WordPress's iframe did not load.");
    await expect.poll(() => shows(frame), { timeout: 15_000 }).toBe("chart");
    // Inside the sandbox the origin is opaque: every module and the data needed CORS, and got it.
    expect(errors.filter((e) => /CORS|blocked/i.test(e))).toEqual([]);
  });

  test("WordPress's message protocol sizes the frame to the content (within its 200–1000 px)", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${THIRD}/wordpress.html`);
    const iframe = page.locator("iframe.wp-embedded-content");
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error("WordPress's iframe did not load.");
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { wpHeights: number[] }).wpHeights.length))
      .toBeGreaterThan(0);
    const want = async () => {
      const content = await frame.locator("[data-embed]").evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
      return Math.min(1000, Math.max(200, content));
    };
    await expect.poll(async () => Number(await iframe.getAttribute("height")) - (await want())).toBe(0);
    console.log(`WordPress frame: ${await iframe.getAttribute("height")} px after the height message`);
    // Switching to the table changes the content's height; the frame follows, through the same protocol.
    await frame.evaluate(() => document.querySelector("funding-chart")?.setAttribute("show", "table"));
    await expect.poll(async () => Number(await iframe.getAttribute("height")) - (await want())).toBe(0);
  });

  test("a host that keeps only the frame (no script) still shows the chart at the snippet's size", async ({ page }) => {
    await page.goto(`${THIRD}/iframe-only.html`);
    const iframe = page.locator("iframe").first();
    await expect(iframe).toHaveAttribute("width", /^\d+$/);
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error("The iframe did not load.");
    await expect.poll(() => shows(frame), { timeout: 15_000 }).toBe("chart");
  });
});

test("with the Chart.js chunk blocked, the embed shows the full table, in a WordPress frame too", async ({ page }) => {
  let blocked = 0;
  await page.route(/\/_astro\/chart-setup\.[\w-]+\.js$/, (route) => {
    blocked++;
    return route.abort();
  });
  await page.goto("/embed/funding/");
  await expect.poll(() => shows(page.mainFrame()), { timeout: 15_000 }).toBe("table");
  await page.goto(`${THIRD}/wordpress-no-listener.html`);
  const frame = await (await page.locator("iframe").elementHandle())?.contentFrame();
  if (!frame) throw new Error("WordPress's iframe did not load.");
  await expect.poll(() => shows(frame), { timeout: 15_000 }).toBe("table");
  expect(blocked, "the chunk was requested (and refused) both times").toBeGreaterThanOrEqual(2);
});
