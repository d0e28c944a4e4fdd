import { describe, expect, test } from "vitest";
import { linearFit, median } from "../../../../tooling/bench/stats.ts";

describe("median", () => {
  test("odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  test("ignores failed runs (null) and returns null when nothing is left", () => {
    expect(median([null, 5, Number.NaN, 7])).toBe(6);
    expect(median([null])).toBeNull();
  });
});

describe("linearFit", () => {
  test("a straight line has slope, intercept and no residual", () => {
    const points = [0, 10, 100, 500].map((pages) => ({ pages, seconds: 4 + 0.02 * pages }));
    const fit = linearFit(points);
    expect(fit?.slope).toBeCloseTo(0.02, 10);
    expect(fit?.intercept).toBeCloseTo(4, 10);
    expect(fit?.maxResidual).toBeCloseTo(0, 10);
  });
  test("a curve shows up as a residual", () => {
    const points = [0, 10, 100, 500].map((pages) => ({ pages, seconds: 4 + 0.0001 * pages ** 2 }));
    expect(linearFit(points)?.maxResidual).toBeGreaterThan(0.1);
  });
});
