import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatJapaneseAmount,
  formatMoney,
  formatNumber,
  groupThousands,
} from "../../../../src/lib/site/format";

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

describe("formatMoney without Intl", () => {
  // The chart formats in the browser without Intl.NumberFormat (see groupThousands); these check it against
  // Intl over amounts that round half-way, cross a thousand, and are negative.
  const intl = (n: number, min: number) =>
    new Intl.NumberFormat("en-GB", { minimumFractionDigits: min, maximumFractionDigits: 1 }).format(n);
  const amounts = [0, 49_999, 50_000, 150_000, 177_850_000, 999_950_000, 1_234_560_000, -2_350_000, 7_780_000_000];
  for (let d = 1; d < 3e9; d = Math.round(d * 1.37) + 12_345) amounts.push(d);

  it("agrees with Intl.NumberFormat in English for every amount", () => {
    for (const dollars of amounts) {
      const m = intl(dollars / 1e6, 1);
      const sign = m.startsWith("-") ? "-" : "";
      expect(formatMoney("en", dollars), String(dollars)).toBe(`${sign}US$${m.replace("-", "")} million`);
      const axis = intl(dollars / 1e6, 0);
      expect(formatMoney("en", dollars, "axis"), String(dollars)).toBe(
        `${axis.startsWith("-") ? "-" : ""}$${axis.replace("-", "")}M`,
      );
    }
  });

  it("groups thousands as en-GB and ja-JP do", () => {
    for (const n of [0, 7, 999, 1000, 7780, 12_345, 1_000_000, 123_456_789]) {
      expect(groupThousands(n)).toBe(new Intl.NumberFormat("ja-JP").format(n));
      expect(groupThousands(n)).toBe(new Intl.NumberFormat("en-GB").format(n));
    }
  });

  it("agrees with Intl in Japanese 億 and 万", () => {
    const ja = new Intl.NumberFormat("ja-JP");
    for (const dollars of amounts.filter((d) => d >= 0)) {
      const man = Math.round(dollars / 1e5) * 10;
      const oku = Math.floor(man / 1e4);
      const rest = man % 1e4;
      const expected =
        man === 0
          ? "0"
          : oku === 0
            ? `${ja.format(rest)}万`
            : `${ja.format(oku)}億${rest ? `${ja.format(rest)}万` : ""}`;
      expect(formatJapaneseAmount(dollars), String(dollars)).toBe(expected);
    }
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
