import { describe, expect, it } from "vitest";
import totalsJson from "../../content/data/funding-totals.json";
import annualJson from "../../content/data/funding-annual.json";
import { formatMoney } from "../../src/lib/format";
import {
  annualSummary,
  annualTotals,
  periodLabel,
  periodTotals,
  totalsSummary,
  totalsTitle,
} from "../../src/lib/funding";
import type { Annual, PeriodTotals } from "../../src/lib/schemas/funding";

// The chart's title and screen-reader summaries come from these functions; on /ja/ they must read as Japanese.
const totals = totalsJson as PeriodTotals;
const annual = annualJson as Annual;

describe("Japanese chart texts", () => {
  it("writes the period the Japanese way", () => {
    expect(periodLabel("ja", 2018, 2022)).toBe("2018〜2022年");
    expect(periodLabel("ja", 2020, 2020)).toBe("2020年");
  });

  it("titles and summarises the totals with amounts in 億 and 万", () => {
    const f = periodTotals(totals);
    expect(totalsTitle("ja", totals)).toContain(formatMoney("ja", f.total));
    const summary = totalsSummary("ja", totals);
    for (const kind of ["assessed", "voluntary", "total"] as const)
      expect(summary).toContain(formatMoney("ja", f[kind]));
    expect(summary).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("summarises every year of the UN CEB data in Japanese", () => {
    const a = annualTotals(annual);
    const summary = annualSummary("ja", annual);
    for (const row of a.rows) {
      expect(summary).toContain(`${row.year}年は分担金${formatMoney("ja", row.assessed)}`);
      expect(summary).toContain(formatMoney("ja", row.voluntaryEarmarked));
    }
    // "国連CEB" is the one Latin-letter name the summary keeps.
    expect(summary.replace(/CEB/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  });
});
