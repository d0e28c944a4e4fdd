import { describe, expect, it } from "vitest";
import { formatDate, formatJapaneseAmount, formatMoney, formatNumber } from "../../src/lib/format";

describe("formatMoney", () => {
  it("writes English amounts in millions with one decimal", () => {
    expect(formatMoney("en", 177.8e6)).toBe("US$177.8 million");
    expect(formatMoney("en", 50.9e6)).toBe("US$50.9 million");
    expect(formatMoney("en", 40e6, "axis")).toBe("$40M");
  });
  it("writes Japanese amounts in 億 and 万", () => {
    expect(formatMoney("ja", 177.8e6)).toBe("1億7,780万米ドル");
    expect(formatMoney("ja", 50.9e6)).toBe("5,090万米ドル");
    expect(formatMoney("ja", 228.7e6)).toBe("2億2,870万米ドル");
    expect(formatMoney("ja", 40e6, "axis")).toBe("4,000万");
  });
  it("rounds Japanese amounts to 10万 and handles exact 億", () => {
    expect(formatJapaneseAmount(37_656_521)).toBe("3,770万");
    expect(formatJapaneseAmount(200_000_000)).toBe("2億");
    expect(formatJapaneseAmount(0)).toBe("0");
  });
});

describe("formatNumber", () => {
  it("groups digits per locale", () => {
    expect(formatNumber("en", 184009556.36 / 1e6, 1)).toBe("184.0");
    expect(formatNumber("ja", 12345.6, 1)).toBe("12,345.6");
  });
});

describe("formatDate", () => {
  it("keeps the precision it is given", () => {
    expect(formatDate("en", "2023-04-25")).toBe("25 April 2023");
    expect(formatDate("ja", "2023-04-25")).toBe("2023年4月25日");
    expect(formatDate("en", "2022-07")).toBe("July 2022");
    expect(formatDate("ja", "2023")).toBe("2023年");
  });
  it("refuses text that is not a date", () => {
    expect(() => formatDate("en", "soon")).toThrow(/YYYY-MM-DD/);
  });
});

describe("formatMoney short and axis styles", () => {
  it("labels bars with one decimal and ticks without a zero decimal", () => {
    expect(formatMoney("en", 37_656_521, "short")).toBe("$37.7M");
    expect(formatMoney("ja", 37_656_521, "short")).toBe("3,770万");
    expect(formatMoney("en", 2.5e6, "axis")).toBe("$2.5M");
    expect(formatMoney("en", 0, "axis")).toBe("$0M");
  });
});
