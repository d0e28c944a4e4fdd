/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests index rows of the real data file; a missing row throws and fails the test, which is the point. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contributorsSchema } from "../../../../../src/lib/data/schemas/contributors";

// The real file, with the id the content loader adds; each test breaks one thing in a copy.
const real = () => ({
  ...JSON.parse(readFileSync("content/data/funding-contributors.json", "utf8")),
  id: "funding-contributors",
});
type Data = ReturnType<typeof real> & {
  years: { year: number; governments: { name: string }[] }[];
  names: Record<string, { ja: string }>;
};

function messages(input: unknown): string[] {
  const result = contributorsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("content/data/funding-contributors.json", () => {
  it("is accepted as it is", () => {
    expect(messages(real())).toEqual([]);
  });

  it("refuses a government listed twice in a year", () => {
    const d = real() as Data;
    const first = d.years[0]!;
    first.governments.push({ ...first.governments[3]! });
    const name = first.governments[3]!.name;
    expect(messages(d)).toEqual([
      `years.0.governments.${first.governments.length - 1}.name: "${name}" appears twice in this year. Keep one row per government (add the amounts together if the CEB splits them).`,
    ]);
  });

  it("refuses a gap between years", () => {
    const d = real() as Data;
    d.years.splice(2, 1);
    const [a, b] = [d.years[1]!.year, d.years[2]!.year];
    expect(messages(d)).toEqual([
      `years.2.year: Years must follow each other in order with no gaps: ${a} is followed by ${b}, expected ${a + 1}.`,
    ]);
  });

  it("refuses a repeated year", () => {
    const d = real() as Data;
    d.years.push(structuredClone(d.years.at(-1)!));
    expect(messages(d)).toEqual([
      `years.${d.years.length - 1}.year: The year ${d.years.at(-1)!.year} appears twice. Keep one entry per year.`,
    ]);
  });

  it("refuses a missing source", () => {
    const d = real();
    delete d.source;
    expect(messages(d)).toEqual([
      'source: source must be the id of a source in content/data/sources.json, for example "ilo-donor-profile".',
    ]);
  });

  it("refuses a shown government without a Japanese name", () => {
    const d = real() as Data;
    delete d.names["Germany"];
    expect(messages(d)).toEqual([
      'names: "Germany" is shown on the site (Japan, or among the 10 largest governments of a year) but has no Japanese name. Add "Germany": { "ja": "…" } to names, as the Ministry of Foreign Affairs writes it (for example "United Kingdom of Great Britain and Northern Ireland": { "ja": "英国", "en": "United Kingdom" }).',
    ]);
  });

  it("does not ask for Japanese names of governments the site never shows", () => {
    const d = real() as Data;
    const shown = new Set(Object.keys(d.names));
    const unshown = d.years[0]!.governments.find((g: { name: string }) => !shown.has(g.name));
    expect(unshown).toBeDefined();
    expect(messages(d)).toEqual([]);
  });

  it("refuses a year without Japan's row", () => {
    const d = real() as Data;
    d.years[4]!.governments = d.years[4]!.governments.filter((g: { name: string }) => g.name !== "Japan");
    expect(messages(d)).toEqual([
      "years.4.governments: This year has no row for \"Japan\". Add Japan's row from the CEB file: the site shows Japan's rank every year.",
    ]);
  });

  it("refuses catch-all lines and the European Union, which are not governments", () => {
    const d = real() as Data;
    d.years[0]!.governments.push({ name: "Unattributed" }, { name: "European Union" });
    const n = d.years[0]!.governments.length;
    expect(messages(d)).toEqual([
      `years.0.governments.${n - 2}.name: "Unattributed" is not a government. This file holds the CEB's "Government" rows only: leave out catch-all lines (Unattributed, Other Contributors, Revenue from Activities, pooled funds) and the European Union.`,
      `years.0.governments.${n - 1}.name: "European Union" is not a government. This file holds the CEB's "Government" rows only: leave out catch-all lines (Unattributed, Other Contributors, Revenue from Activities, pooled funds) and the European Union.`,
    ]);
  });

  it("refuses the CEB's column names copied as fields", () => {
    const d = real() as Data;
    (d.years[0]!.governments[0] as Record<string, unknown>)["Voluntary earmarked"] = 1;
    expect(messages(d)).toEqual([
      'years.0.governments.0: Unknown field "Voluntary earmarked". A government row may only have name, assessed, voluntaryUnearmarked, voluntaryEarmarked, other; for example { "name": "Japan", "assessed": 38530340, "voluntaryEarmarked": 13623571 }.',
    ]);
  });
});
