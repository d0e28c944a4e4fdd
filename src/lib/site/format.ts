import { intlTag, type Locale } from "./locales.ts";

const formatters = new Map<string, Intl.NumberFormat>();
/**
 * One Intl.NumberFormat per language and options, made once: making one costs far more than using it (a
 * tenth of a millisecond or more on a phone), and the chart formats every bar label and tick on each draw.
 */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}

/**
 * Money is shown in the way each language reads it:
 * English in millions ("US$177.8 million"), Japanese in 億 and 万 ("1億7,780万米ドル").
 * Both round to a hundred thousand dollars (0.1 million = 10万), the precision of the ILO figures.
 * "short" ("$177.8M" / "1億7,780万") labels bars, where the axis title gives the currency;
 * "axis" ("$40M", "$2.5M") drops a zero decimal for tick values.
 */
export function formatMoney(locale: Locale, dollars: number, style: "long" | "short" | "axis" = "long"): string {
  if (locale === "ja") return formatJapaneseAmount(dollars) + (style === "long" ? "米ドル" : "");
  const tenths = Math.round(Math.abs(dollars) / 1e5); // tenths of a million, rounded half away from zero
  const whole = groupThousands(Math.floor(tenths / 10));
  // Axis ticks are round numbers: "$40M", but "$2.5M" when the step is a half.
  const n = style === "axis" && tenths % 10 === 0 ? whole : `${whole}.${tenths % 10}`;
  const sign = dollars < 0 && tenths > 0 ? "-" : "";
  return style === "long" ? `${sign}US$${n} million` : `${sign}$${n}M`;
}

/** 177_800_000 → "1億7,780万"; 50_900_000 → "5,090万". Rounds to 10万 (0.1 million). */
export function formatJapaneseAmount(dollars: number): string {
  const man = Math.round(Math.abs(dollars) / 1e5) * 10; // whole 万, rounded to 10万
  const oku = Math.floor(man / 1e4);
  const rest = man % 1e4;
  if (man === 0) return "0"; // an axis starts at 0, not "0万"
  const sign = dollars < 0 ? "-" : "";
  if (oku === 0) return `${sign}${groupThousands(rest)}万`;
  return sign + (rest === 0 ? `${groupThousands(oku)}億` : `${groupThousands(oku)}億${groupThousands(rest)}万`);
}

/**
 * 7780 → "7,780": a whole number ≥ 0 grouped as both en-GB and ja-JP group it. Written out rather than
 * through Intl.NumberFormat because the chart formats its labels in the browser, where making the first
 * formatter costs about 20 ms on a phone: a long task on its own.
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A plain number in the locale's digits grouping. */
export function formatNumber(locale: Locale, n: number, fractionDigits = 0): string {
  return numberFormat(intlTag[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(n);
}

/** "2023-04-25" → "25 April 2023" / "2023年4月25日"; "2023" and "2022-07" keep their precision. */
export function formatDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) throw new Error(`"${iso}" is not a date written as YYYY-MM-DD.`);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", year: "numeric" };
  if (m !== undefined) options.month = "long";
  if (d !== undefined) options.day = "numeric";
  return new Intl.DateTimeFormat(intlTag[locale], options).format(date);
}
