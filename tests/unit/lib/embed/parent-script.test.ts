import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { HEIGHT_MESSAGE, PING_MESSAGE } from "../../../../src/lib/embed/snippet";
import { BUDGET } from "../../../support/budgets";

const source = readFileSync("public/embed.js", "utf8");

describe("public/embed.js", () => {
  it("stays within its byte budget, as promised to embedders", () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(BUDGET.embedScriptGzip);
  });
  it("speaks the same messages as the embed page", () => {
    expect(source).toContain(`"${HEIGHT_MESSAGE}"`);
    expect(source).toContain(`"${PING_MESSAGE}"`);
  });
  it("checks both the sender window and the origin, the origin before it looks at the page", () => {
    expect(source).toMatch(/e\.origin !== origin/);
    expect(source).toMatch(/contentWindow === e\.source/);
    const listener = source.slice(source.indexOf('addEventListener("message"'));
    expect(listener.indexOf("e.origin !== origin")).toBeGreaterThan(0);
    expect(listener.indexOf("e.origin !== origin")).toBeLessThan(listener.indexOf("frames()"));
  });
  it("keeps its run-once flag where partner markup cannot clobber it", () => {
    // <div id="japanIloEmbed"> would make window.japanIloEmbed truthy and switch the script off.
    expect(source).not.toMatch(/window\.japanIloEmbed/);
    expect(source).toContain('Symbol.for("japan-ilo-embed")');
    expect(source).toMatch(/me instanceof HTMLScriptElement/);
  });
});
