import type { UiKey } from "../site/i18n.ts";

interface InstrumentEntry {
  key: string;
  /** Its name in charts and sentences ("Voluntary earmarked contributions"). */
  label: UiKey;
  /** Its heading in a table column ("Voluntary, earmarked"). */
  column: UiKey;
  /** What a JSON download says its column holds. */
  downloadColumn: UiKey;
  /** Its CSV column, the unit in the name. */
  csv: string;
}

/**
 * The CEB's four financing instruments, in the order the site shows them: the one list the data schema, the
 * tables, the chart, the downloads and the yearly import (its CEB codes) take their instruments from.
 */
export const instrumentTable = [
  {
    key: "assessed",
    label: "funding.assessed",
    column: "funding.col.assessed",
    downloadColumn: "downloads.col.assessed",
    csv: "assessed_usd",
  },
  {
    key: "voluntaryUnearmarked",
    label: "funding.voluntaryUnearmarked",
    column: "funding.col.voluntaryUnearmarked",
    // No download-specific wording was ever written for the two instruments Japan has no revenue under.
    downloadColumn: "funding.col.voluntaryUnearmarked",
    csv: "voluntary_unearmarked_usd",
  },
  {
    key: "voluntaryEarmarked",
    label: "funding.voluntaryEarmarked",
    column: "funding.col.voluntaryEarmarked",
    downloadColumn: "downloads.col.voluntaryEarmarked",
    csv: "voluntary_earmarked_usd",
  },
  {
    key: "other",
    label: "funding.other",
    column: "funding.col.other",
    downloadColumn: "funding.col.other",
    csv: "other_usd",
  },
] as const satisfies readonly InstrumentEntry[];

export type Instrument = (typeof instrumentTable)[number]["key"];
/** The instruments' keys, in the table's order. */
export const instruments: readonly Instrument[] = instrumentTable.map((i) => i.key);
/** An instrument's entry by its key. */
export const instrument = Object.fromEntries(instrumentTable.map((i) => [i.key, i])) as {
  [K in Instrument]: Extract<(typeof instrumentTable)[number], { key: K }>;
};
/** Amounts by instrument, as a government's row holds them (an instrument without revenue is left out). */
export type InstrumentAmounts = Partial<Record<Instrument, number>>;
