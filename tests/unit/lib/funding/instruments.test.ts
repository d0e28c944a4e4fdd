import { describe, expect, it } from "vitest";
import { contributorsSchema } from "../../../../src/lib/data/schemas/contributors";
import { instrument, instrumentTable, instruments } from "../../../../src/lib/funding/instruments";
import { CONTRIBUTORS_HEADER } from "../../../../src/lib/funding/downloads";
import { revenueTypes } from "../../../../tooling/data/ceb-import";

describe("the instruments table", () => {
  it("lists the CEB's four financing instruments once, in the order the site shows them", () => {
    expect(instruments).toEqual(["assessed", "voluntaryUnearmarked", "voluntaryEarmarked", "other"]);
    for (const i of instrumentTable) expect(instrument[i.key]).toBe(i);
  });
  it("is what a government's row in the data file may hold, besides its name", () => {
    const government = contributorsSchema.shape.years.element.shape.governments.element;
    expect(Object.keys(government.shape)).toEqual(["name", ...instruments]);
  });
  it("names the downloads' CSV columns and maps the CEB's codes, in its order", () => {
    expect(CONTRIBUTORS_HEADER.filter((c) => instrumentTable.some((i) => i.csv === c))).toEqual(
      instrumentTable.map((i) => i.csv),
    );
    expect(revenueTypes.map((t) => t.instrument)).toEqual(instruments);
  });
});
