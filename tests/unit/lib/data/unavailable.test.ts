import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unavailableData } from "../../../../src/lib/data/unavailable";
import { datasets } from "../../../../src/lib/data/registry";

const totals = readFileSync(datasets.fundingTotals.file, "utf8");
const purpose = "the funding figures are made from it";

describe("the message when the content layer did not load a data file", () => {
  it("says a missing file is missing", () => {
    expect(unavailableData(datasets.fundingTotals, purpose, () => undefined).message).toBe(
      "content/data/funding-totals.json: This file is missing: the funding figures are made from it. Restore it from the repository.",
    );
  });

  it("names the error of an amount in quotes, and never says to restore the file", () => {
    const quoted = totals.replace(/"voluntary": ([\d.]+)/, '"voluntary": "$1"');
    expect(quoted).not.toBe(totals);
    const message = unavailableData(datasets.fundingTotals, purpose, () => quoted).message;
    expect(message).toMatch(/^content\/data\/funding-totals\.json — voluntary: .*without quotes/);
    expect(message).toContain("`npm run check` shows the line and an example");
    expect(message).not.toMatch(/missing|Restore/);
  });

  it("names the line of a syntax error", () => {
    const broken = totals.replace(/"voluntary": ([\d.]+)/, '"voluntary": 1,234');
    expect(unavailableData(datasets.fundingTotals, purpose, () => broken).message).toMatch(
      /^content\/data\/funding-totals\.json:\d+:\d+: This is not valid JSON: the number 1,234 is written with thousands separators/,
    );
  });
});
