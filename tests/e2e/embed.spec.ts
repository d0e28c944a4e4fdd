import { readFileSync } from "node:fs";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { SITE, THIRD_PARTY as THIRD } from "./support/servers.ts";
import { HEIGHT_MESSAGE as HEIGHT } from "../../src/lib/embed-snippet.ts";

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
  await expect(code).toContainText("Japan's revenue to the ILO by year");
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
  await expect.poll(() => page.evaluate(() => (window as unknown as { seen: number }).seen)).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(200);
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
  await expect(page.getByRole("link", { name: /Full funding page/ })).toHaveAttribute("target", "_top");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
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
  expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
  await page.goto("/ja/embed/funding/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
});

interface Year {
  year: number;
  assessed: number;
  voluntaryEarmarked: number;
}
const dataFile = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, "utf8"));
/** Sums in whole cents, so the expected totals come from the data, free of floating-point noise. */
const cents = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0) / 100;

test("the downloads hold exactly the data files' numbers, and their totals add up", async ({ request }) => {
  const totals = dataFile("funding-totals");
  const annual = dataFile("funding-annual");
  const csv = async (path: string) => {
    const text = await (await request.get(path)).text();
    const lines = text.trimEnd().split(/\r\n/);
    expect(lines.filter((l) => l.startsWith("#")).join("\n")).toContain("Source URL: https://");
    return lines.filter((l) => !l.startsWith("#")).map((l) => l.split(","));
  };
  const [, ...t] = await csv("/data/funding-totals.csv");
  expect(t).toEqual([
    ["assessed", String(totals.assessed)],
    ["voluntary", String(totals.voluntary)],
    ["total", String(cents([totals.assessed, totals.voluntary]))],
  ]);
  const [, ...a] = await csv("/data/funding-annual.csv");
  expect(a.slice(0, -1).map((r) => r.map(Number))).toEqual(
    annual.years.map((y: Year) => [y.year, y.assessed, y.voluntaryEarmarked]),
  );
  const sumCol = (i: number) => cents(a.slice(0, -1).map((r) => Number(r[i])));
  expect(a.at(-1)).toEqual(["total", String(sumCol(1)), String(sumCol(2))]);

  const tj = await (await request.get("/data/funding-totals.json")).json();
  expect(tj.rows.map((r: { amount: number }) => r.amount)).toEqual([totals.assessed, totals.voluntary]);
  expect(tj.total).toBe(cents([totals.assessed, totals.voluntary]));
  expect(tj).toMatchObject({ currency: totals.currency, asOf: totals.asOf, source: totals.source });
  const aj = await (await request.get("/data/funding-annual.json")).json();
  expect(aj.rows).toEqual(annual.years);
  expect(aj.total).toEqual({ assessed: sumCol(1), voluntaryEarmarked: sumCol(2) });
  expect(aj.note).toMatch(/differ/);
});

test("oEmbed describes the embed; the embed page links to it and to every download", async ({ page, request }) => {
  for (const [path, prefix] of [
    ["/oembed/funding.json", ""],
    ["/ja/oembed/funding.json", "/ja"],
  ] as const) {
    const o = await (await request.get(path)).json();
    expect(o).toMatchObject({ version: "1.0", type: "rich", width: expect.any(Number), height: expect.any(Number) });
    expect(o.html).toContain(`${prefix}/embed/funding/`);
    expect(o.html).toContain("/embed.js");
    expect(o.title.length).toBeGreaterThan(10);
    expect(o.provider_name && o.provider_url && o.source.length).toBeTruthy();
  }
  await page.goto("/embed/funding/");
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
    "href",
    /\/oembed\/funding\.json$/,
  );
  for (const file of ["funding-totals.csv", "funding-totals.json", "funding-annual.csv", "funding-annual.json"]) {
    await expect(page.locator(`a[href="/data/${file}"]`)).toHaveCount(1);
  }
});
