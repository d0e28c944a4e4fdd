/**
 * A chart's PNG prints the source line that is under its table on the page: check the built pages against the
 * payload the browser draws from, so the two lines cannot drift apart again (the PNG once lacked "Data up to").
 */
import { describe, expect, test } from "vitest";
import { distPages, readDist } from "../support/built-site";

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e)
    .trim();

const chartPages = distPages()
  .map((p) => ({ ...p, html: readDist(p.file) }))
  .filter((p) => p.html.includes("<funding-chart"));

describe("funding source lines", () => {
  test("some pages carry the chart", () => {
    expect(chartPages.length).toBeGreaterThan(0);
  });
  for (const page of chartPages) {
    test(`${page.path}: each view's PNG line is the line under its table`, () => {
      const payloadPath = /<funding-chart[^>]* data-payload="([^"]+)"/.exec(page.html)?.[1] ?? "";
      const payload = JSON.parse(readDist(payloadPath.replace(/^\//, ""))) as {
        views: Record<string, { source: string }>;
        donorYears: { source: string }[];
      };
      const panels = [...page.html.matchAll(/<figure[^>]* data-view-panel="(\w+)"[^>]*>(.*?)<\/figure>/gs)];
      expect(panels.map((m) => m[1]).sort()).toEqual(Object.keys(payload.views).sort());
      for (const [, view = "", panel = ""] of panels) {
        const line = /<p class="funding-source">(.*?)<\/p>/s.exec(panel)?.[1] ?? "";
        expect(text(line), view).toBe(payload.views[view]?.source);
      }
      for (const y of payload.donorYears) expect(y.source).toBe(payload.views.donors?.source);
    });
  }
});
