/**
 * The chart's views and modes, in a module with no imports so the browser script can use them
 * without pulling the i18n dictionaries into the bundle. The views' keys are public (?view=donors, the
 * view attribute, view="donors" in MDX, embed snippets), so code about a view keeps its key's word
 * (donorsView, DonorsTable); the dataset that view draws is "contributors" (funding-contributors.json).
 */
export const views = ["totals", "annual", "donors"] as const;
export type ViewKey = (typeof views)[number];
export const shows = ["chart", "table"] as const;
export type ShowKey = (typeof shows)[number];
/**
 * Assessed and voluntary keep their colour and pattern in every view; "other" is any further CEB instrument;
 * "japan" and "government" are the bars of the donors view (Japan hatched, the others plain).
 */
export type SeriesKey = "assessed" | "voluntary" | "other" | "japan" | "government";

export function isView(value: unknown): value is ViewKey {
  return (views as readonly unknown[]).includes(value);
}
export function isShow(value: unknown): value is ShowKey {
  return (shows as readonly unknown[]).includes(value);
}
