/**
 * The one way amounts are converted to US dollars and the one way they are added, for every table, title, key
 * figure, rank, chart and download. No imports, so the data schema and the yearly import can use it too.
 */

const unitShift = { million: 6, one: 0 } as const;
/** The units a data file may write its amounts in. */
export type DataUnit = keyof typeof unitShift;

const decimals = (n: number) => (String(n).split(".")[1] ?? "").length;

/**
 * Adds amounts without binary rounding noise, at the precision of the most precise input, so 177.8 + 50.9 is
 * 228.7 and not 228.70000000000002, and a rank never turns on 0.1 + 0.2.
 */
export function exactSum(values: readonly number[]): number {
  const places = Math.max(0, ...values.map(decimals));
  const factor = 10 ** places;
  return Math.round(values.reduce((acc, v) => acc + Math.round(v * factor), 0)) / factor;
}

/**
 * An amount in the data file's unit as US dollars (cents kept), by moving the decimal point in the number's
 * text: multiplying would give 177799999.99999997 for 177.8 million.
 */
export function toDollars(value: number, unit: DataUnit): number {
  const shift = unitShift[unit];
  if (shift === 0) return value;
  const [int = "0", frac = ""] = String(value).split(".");
  const digits = (frac + "0".repeat(shift)).slice(0, shift);
  const rest = frac.slice(shift);
  return Number(`${int}${digits}${rest ? `.${rest}` : ""}`);
}
