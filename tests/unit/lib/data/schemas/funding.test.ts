import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { periodTotalsSchema } from "../../../../../src/lib/data/schemas/funding";

// The real files, with the id the content loader adds.
const read = (name: string) => ({
  ...JSON.parse(readFileSync(`content/data/${name}.json`, "utf8")),
  id: name,
});
const totals = read("funding-totals");

/** Every message zod gives for the input, so a test can name the one it expects. */
function messages(schema: typeof periodTotalsSchema, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("funding data schemas accept the real data", () => {
  it("accepts content/data/funding-totals.json", () => {
    expect(messages(periodTotalsSchema, totals)).toEqual([]);
  });
});

describe("funding data schemas reject each mistake with a message that says how to fix it", () => {
  it("a negative amount", () => {
    expect(messages(periodTotalsSchema, { ...totals, voluntary: -totals.voluntary })).toEqual([
      "voluntary: voluntary must be greater than 0. Amounts are money received; write them without a minus sign.",
    ]);
  });

  it("a missing source", () => {
    const withoutSource = { ...totals };
    delete withoutSource.source;
    expect(messages(periodTotalsSchema, withoutSource)).toEqual([
      'source: source must be the id of a source in content/data/sources.json, for example "ilo-donor-profile".',
    ]);
  });

  it("a source written out instead of cited by id", () => {
    expect(messages(periodTotalsSchema, { ...totals, source: { id: "ilo-donor-profile", title: "Japan" } })).toEqual([
      'source: source is written out in full; cite it by its id only, for example "ilo-donor-profile". Its title, publisher, address and dates are written once, in content/data/sources.json.',
    ]);
  });

  it("an unknown currency", () => {
    const message = 'currency: currency must be "USD". The site only shows US dollars; convert other currencies first.';
    expect(messages(periodTotalsSchema, { ...totals, currency: "JPY" })).toEqual([message]);
  });

  it("a string where a number belongs", () => {
    expect(messages(periodTotalsSchema, { ...totals, assessed: String(totals.assessed) })).toEqual([
      `assessed: assessed must be a number without quotes, for example 177.8 (found "${totals.assessed}").`,
    ]);
    expect(messages(periodTotalsSchema, { ...totals, period: { ...totals.period, start: "2018" } })[0]).toBe(
      "period.start: period.start must be a year written as a number without quotes, for example 2018.",
    );
  });

  it("a missing amount", () => {
    const withoutAssessed = { ...totals };
    delete withoutAssessed.assessed;
    expect(messages(periodTotalsSchema, withoutAssessed)).toEqual([
      "assessed: assessed is missing. Add it as a number, for example 177.8.",
    ]);
  });

  it("a unit that does not match the file", () => {
    expect(messages(periodTotalsSchema, { ...totals, unit: "one" })).toEqual([
      'unit: unit must be "million": the amounts are in millions of US dollars.',
    ]);
  });
});
