import {
  conventionCategories,
  ratificationStatuses,
  ratifiedStatuses,
  type Convention,
  type ConventionCategory,
  type Conventions,
  type RatificationStatus,
} from "../data/schemas/conventions.ts";
import type { UiKey } from "../site/i18n.ts";

/**
 * Japan's ratification record (content/data/conventions.json) as the membership page shows it: the ten
 * fundamental Conventions, every ratification read from a source, and the counts, which are computed from the
 * rows here and nowhere else, so a sentence on the page cannot disagree with its table.
 */

/** A row counts as a ratification when its source says Japan ratified it (whatever has happened since). */
export const isRatification = (c: Pick<Convention, "status">): boolean => ratifiedStatuses.includes(c.status);

/** The ten fundamental Conventions, in the file's order (which puts them first). */
export const fundamentalRows = (d: Pick<Conventions, "conventions">): Convention[] =>
  d.conventions.filter((c) => c.category === "fundamental");

/** Every ratification, fundamental ones first, then the others in the file's order (order of ratification). */
export const recordRows = (d: Pick<Conventions, "conventions">): Convention[] => d.conventions.filter(isRatification);

const tally = <K extends string>(keys: readonly K[], rows: readonly Convention[], key: (c: Convention) => K) =>
  Object.fromEntries(keys.map((k) => [k, rows.filter((c) => key(c) === k).length])) as Record<K, number>;

/** Every count the page states, from the rows. */
export function ratificationCounts(d: Conventions) {
  const rows = recordRows(d);
  const fundamental = fundamentalRows(d);
  return {
    /** Rows that are ratifications. */
    rows: rows.length,
    /** The count the official list gives, and how many of its rows the file lacks. */
    listed: d.record.count,
    missing: Math.max(0, d.record.count - rows.length),
    byStatus: tally(ratificationStatuses, rows, (c) => c.status),
    byCategory: tally(conventionCategories, rows, (c) => c.category),
    fundamental: {
      total: fundamental.length,
      ratified: fundamental.filter(isRatification).length,
      approved: fundamental.filter((c) => c.status === "approved"),
    },
  };
}

/** "No. 29" / "第29号" for the number column; the Maritime Labour Convention has no number, only its code. */
export function conventionNumber(t: (key: UiKey, vars?: Record<string, string | number>) => string, c: Convention) {
  const n = /^[CP](\d+)$/.exec(c.code)?.[1];
  if (n === undefined) return c.code;
  return t(c.code.startsWith("P") ? "conventions.protocolCell" : "conventions.numberCell", { n });
}

/** The status labels, one per status. */
export const statusLabels = {
  "in-force": "conventions.status.in-force",
  denounced: "conventions.status.denounced",
  "not-yet-in-force": "conventions.status.not-yet-in-force",
  unconfirmed: "conventions.status.unconfirmed",
  approved: "conventions.status.approved",
  "not-ratified": "conventions.status.not-ratified",
} as const satisfies Record<RatificationStatus, UiKey>;

/** The category labels, one per category. */
export const categoryLabels = {
  fundamental: "conventions.category.fundamental",
  governance: "conventions.category.governance",
  technical: "conventions.category.technical",
} as const satisfies Record<ConventionCategory, UiKey>;
