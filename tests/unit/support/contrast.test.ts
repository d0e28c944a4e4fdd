import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio, lightDarkTokens, parseHex } from "../../support/contrast";

// The chart draws with these tokens (src/components/FundingChart/element.ts reads them from CSS), so checking
// the stylesheet checks the chart in both schemes.
const tokens = lightDarkTokens(readFileSync("src/styles/global.css", "utf8"));
const schemes = ["light", "dark"] as const;
function token(name: string) {
  const value = tokens[name];
  if (!value) throw new Error(`--${name}: light-dark(#…, #…) is missing from src/styles/global.css.`);
  return value;
}

describe("contrast arithmetic", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(parseHex("#fff")).toEqual([255, 255, 255]);
    expect(() => parseHex("blue")).toThrow(/not a hex colour/);
  });
});

describe("chart colours meet WCAG AA in both schemes", () => {
  it("finds the tokens the chart uses", () => {
    for (const name of ["c-bg", "c-fg", "c-muted", "c-border", "c-assessed", "c-voluntary"]) {
      expect(tokens[name], `--${name} in src/styles/global.css`).toBeDefined();
    }
  });

  for (const scheme of schemes) {
    it(`bars stand out from the background at 3:1 or more (${scheme})`, () => {
      const bg = token("c-bg")[scheme];
      for (const name of ["c-assessed", "c-voluntary"]) {
        const ratio = contrastRatio(token(name)[scheme], bg);
        expect(ratio, `--${name} on --c-bg, ${scheme}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
      }
    });
    it(`text drawn on the chart reads at 4.5:1 or more (${scheme})`, () => {
      const bg = token("c-bg")[scheme];
      for (const name of ["c-fg", "c-muted"]) {
        const ratio = contrastRatio(token(name)[scheme], bg);
        expect(ratio, `--${name} on --c-bg, ${scheme}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
