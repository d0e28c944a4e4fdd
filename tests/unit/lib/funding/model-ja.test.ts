import { describe, expect, it } from "vitest";
import totalsJson from "../../../../content/data/funding-totals.json";
import contributorsJson from "../../../../content/data/funding-contributors.json";
import { formatMoney } from "../../../../src/lib/site/format";
import {
  annualSummary,
  annualTotals,
  periodLabel,
  periodTotals,
  totalsSummary,
  totalsTitle,
} from "../../../../src/lib/funding/model";
import type { PeriodTotals } from "../../../../src/lib/data/schemas/funding";
import { contributorsSchema } from "../../../../src/lib/data/schemas/contributors";
import { japanAnnual } from "../../../../src/lib/funding/contributors";

// The chart's title and screen-reader summaries come from these functions; on /ja/ they must read as Japanese.
const totals = totalsJson as PeriodTotals;
const annual = japanAnnual(contributorsSchema.parse({ ...contributorsJson, id: "funding-contributors" }));

describe("Japanese chart texts", () => {
  it("writes the period the Japanese way", () => {
    expect(periodLabel("ja", 2018, 2022)).toBe("2018〜2022年");
    expect(periodLabel("ja", 2020, 2020)).toBe("2020年");
  });

  it("titles and summarises the totals with amounts in 億 and 万", () => {
    const f = periodTotals(totals);
    expect(totalsTitle("ja", f)).toContain(formatMoney("ja", f.total));
    const summary = totalsSummary("ja", f);
    for (const kind of ["assessed", "voluntary", "total"] as const)
      expect(summary).toContain(formatMoney("ja", f[kind]));
    expect(summary).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("summarises the UN CEB data in Japanese, in 億 and 万", () => {
    const a = annualTotals(annual);
    const summary = annualSummary("ja", a);
    const last = a.rows.at(-1);
    expect(summary).toContain(`${last?.year}年は${formatMoney("ja", last?.total ?? 0)}`);
    // "国連CEB" and "ILO", written so in Japanese too, are the only Latin-letter names the summary keeps.
    expect(summary.replace(/CEB|ILO/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  });
});
