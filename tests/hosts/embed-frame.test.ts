// What only a browser can show: the embed drawn inside a sandboxed iframe on another origin, on each host's
// runtime, in Chromium. Two partners: a page that sandboxes the iframe (as WordPress does,
// sandbox="allow-scripts"), and a page that is itself inside a sandboxed frame, so the embed's ancestor has
// an opaque origin, which `frame-ancestors *` does not match. A page that is not the embed must stay blank.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { chromium, type Browser, type Frame, type Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { HOST_NAMES, HOSTS } from "./support/cases.ts";

const origins = inject("hosts");
const PARTNER_PORT = Number(process.env.HOSTS_PORT_BASE ?? 4360) + 3;
/** localhost, not 127.0.0.1: another origin and another site than every host. */
const PARTNER = `http://localhost:${PARTNER_PORT}`;
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;

let partner: Server;
let browser: Browser;

beforeAll(async () => {
  // /sandboxed?src=URL: an iframe with sandbox="allow-scripts". /nested?src=URL: a sandboxed frame whose
  // own document (opaque origin) holds a plain iframe of URL. Only the hosts' origins are accepted.
  partner = createServer((req, res) => {
    const url = new URL(req.url ?? "/", PARTNER);
    const src = url.searchParams.get("src") ?? "";
    if (!Object.values(origins).some((o) => typeof o === "string" && src.startsWith(`${o}/`))) {
      res.writeHead(404).end();
      return;
    }
    const iframe = `<iframe id="embed" title="Chart" sandbox="allow-scripts" src="${escapeAttr(src)}" style="width:100%;height:700px"></iframe>`;
    const inner = page(
      `<iframe id="embed" title="Chart" src="${escapeAttr(src)}" style="width:100%;height:700px"></iframe>`,
    );
    const body =
      url.pathname === "/sandboxed"
        ? iframe
        : `<iframe title="A sandboxed widget" sandbox="allow-scripts" srcdoc="${escapeAttr(inner)}" style="width:100%;height:760px"></iframe>`;
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page(body));
  });
  await new Promise<void>((resolve, reject) => {
    partner.once("error", reject);
    partner.listen(PARTNER_PORT, "127.0.0.1", resolve);
  });
  browser = await chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (partner ? partner.close(() => r()) : r()));
});

/** The frame showing `src`, once its load event fired (or Chromium's error page, which has no html[lang]). */
async function frameOf(p: Page, src: string): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = p.frames().find((f) => f.url() === src || f.url().startsWith("chrome-error:"));
    if (frame) {
      await frame.waitForLoadState("load");
      return frame;
    }
    await p.waitForTimeout(50);
  }
  throw new Error(`No frame for ${src} appeared.`);
}

/** Whether the chart drew: its canvas exists, is marked drawn and has painted pixels. */
async function drawn(frame: Frame): Promise<boolean> {
  const canvas = frame.locator("funding-chart[data-drawn] canvas");
  try {
    await canvas.first().waitFor({ state: "visible", timeout: 15_000 });
  } catch {
    return false;
  }
  const painted = await canvas.first().evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? [];
    return data.filter((_, i) => i % 4 === 3 && data[i] !== 0).length;
  });
  return painted > 100;
}

describe.each(HOSTS.map((h) => [HOST_NAMES[h], h] as const))("%s, in Chromium", (_, host) => {
  for (const partnerPage of ["sandboxed", "nested"] as const) {
    it(`draws the embed in a ${partnerPage === "sandboxed" ? "sandboxed iframe" : "frame under a sandboxed ancestor"} on another origin`, async () => {
      const p = await browser.newPage();
      try {
        const src = `${origins[host]}/embed/funding/`;
        await p.goto(`${PARTNER}/${partnerPage}?src=${encodeURIComponent(src)}`);
        const frame = await frameOf(p, src);
        expect(frame.url(), `${host}: Chromium refused to frame ${src}`).toBe(src);
        expect(await drawn(frame), `${host}: the chart did not draw in the frame`).toBe(true);
      } finally {
        await p.close();
      }
    });
  }

  it("refuses to frame a page that is not the embed", async () => {
    const p = await browser.newPage();
    try {
      const src = `${origins[host]}/funding/`;
      await p.goto(`${PARTNER}/sandboxed?src=${encodeURIComponent(src)}`);
      const frame = await frameOf(p, src);
      // A refused frame shows Chromium's error page (chrome-error://…) instead of the site's document.
      expect(frame.url(), `${host} let another origin frame ${src}`).toMatch(/^chrome-error:/);
    } finally {
      await p.close();
    }
  });
});
