import { describe, expect, it } from "vitest";
import { exactSum, toDollars } from "../../../../src/lib/funding/money";

describe("exactSum and toDollars", () => {
  it("adds decimals without binary noise", () => {
    expect(177.8 + 50.9).not.toBe(228.7);
    expect(exactSum([177.8, 50.9])).toBe(228.7);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([])).toBe(0);
  });
  it("turns millions into dollars by moving the decimal point, not by multiplying", () => {
    expect(177.8 * 1e6).toBe(177800000);
    expect(1.005 * 1e6).not.toBe(1005000); // binary noise a multiplication would write into the file
    expect(toDollars(1.005, "million")).toBe(1005000);
    expect(toDollars(1.23456789, "million")).toBe(1234567.89);
    expect(toDollars(4708812.99, "one")).toBe(4708812.99);
    expect(toDollars(-0.5, "million")).toBe(-500000);
  });
  it("keeps negative adjustments and the precision of the most precise amount", () => {
    expect(exactSum([38530340.12, -5306120.5])).toBe(33224219.62);
    expect(exactSum([1.005, 2])).toBe(3.005);
  });
});
