import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annualSchema, periodTotalsSchema } from "../../../../../src/lib/data/schemas/funding";

// The real files, with the id the content loader adds.
const read = (name: string) => ({
  ...JSON.parse(readFileSync(`content/data/${name}.json`, "utf8")),
  id: name,
});
const totals = read("funding-totals");
const annual = read("funding-annual");

/** Every message zod gives for the input, so a test can name the one it expects. */
function messages(schema: typeof periodTotalsSchema | typeof annualSchema, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("funding data schemas accept the real data", () => {
  it("accepts content/data/funding-totals.json", () => {
    expect(messages(periodTotalsSchema, totals)).toEqual([]);
  });
  it("accepts content/data/funding-annual.json", () => {
    expect(messages(annualSchema, annual)).toEqual([]);
  });
});

describe("funding data schemas reject each mistake with a message that says how to fix it", () => {
  it("a negative amount", () => {
    expect(messages(periodTotalsSchema, { ...totals, voluntary: -totals.voluntary })).toEqual([
      "voluntary: voluntary must be greater than 0. Never drop a minus sign to pass this check: a negative amount in the UN CEB data is a real accounting adjustment, which these charts cannot show yet. Check the figure against its source.",
    ]);
    const years = annual.years.map((r: { assessed: number }, i: number) =>
      i === 1 ? { ...r, assessed: -r.assessed } : r,
    );
    expect(messages(annualSchema, { ...annual, years })).toEqual([
      "years.1.assessed: assessed must be greater than 0. Never drop a minus sign to pass this check: a negative amount in the UN CEB data is a real accounting adjustment, which these charts cannot show yet. Check the figure against its source.",
    ]);
  });

  it("a missing source", () => {
    const withoutSource = { ...totals };
    delete withoutSource.source;
    expect(messages(periodTotalsSchema, withoutSource)).toEqual([
      'source: The source is missing. Add "source": { "id", "title", "publisher", "url", and "published" or "accessed" }.',
    ]);
  });

  it("a source without a date", () => {
    const source = { ...annual.source };
    delete source.accessed;
    expect(messages(annualSchema, { ...annual, source })).toEqual([
      "source.published: A source needs a date: add published: YYYY-MM-DD only if the source shows a publication date; otherwise accessed: YYYY-MM-DD (and asOf if it says what date it is current to).",
    ]);
  });

  it("a duplicate year", () => {
    const [first, second, ...rest] = annual.years;
    const years = [first, { ...second, year: first.year }, ...rest];
    expect(messages(annualSchema, { ...annual, years })).toContain(
      `years.1.year: The year ${first.year} appears twice. Keep one entry per year.`,
    );
  });

  it("a gap in the years", () => {
    const years = annual.years.filter((_: unknown, i: number) => i !== 2);
    const before = annual.years[1].year;
    const after = annual.years[3].year;
    expect(messages(annualSchema, { ...annual, years })).toEqual([
      `years.2.year: Years must follow each other in order with no gaps: ${before} is followed by ${after}, expected ${before + 1}.`,
    ]);
  });

  it("an unknown currency", () => {
    const message = 'currency: currency must be "USD". The site only shows US dollars; convert other currencies first.';
    expect(messages(periodTotalsSchema, { ...totals, currency: "JPY" })).toEqual([message]);
    expect(messages(annualSchema, { ...annual, currency: "CHF" })).toEqual([message]);
  });

  it("a string where a number belongs", () => {
    expect(messages(periodTotalsSchema, { ...totals, assessed: String(totals.assessed) })).toEqual([
      `assessed: assessed must be a number without quotes, for example 177.8 (found "${totals.assessed}").`,
    ]);
    const years = annual.years.map((r: { year: number }, i: number) => (i === 0 ? { ...r, year: String(r.year) } : r));
    expect(messages(annualSchema, { ...annual, years })[0]).toBe(
      "years.0.year: year must be a year written as a number without quotes, for example 2018.",
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
    expect(messages(annualSchema, { ...annual, unit: "million" })).toEqual([
      'unit: unit must be "one": the amounts are whole US dollars, as the source publishes them.',
    ]);
  });
});
