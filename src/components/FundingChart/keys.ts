/**
 * The chart's views and modes, in a module with no imports so the browser script can use them
 * without pulling the i18n dictionaries into the bundle.
 */
export const views = ["totals", "annual"] as const;
export type ViewKey = (typeof views)[number];
export const shows = ["chart", "table"] as const;
export type ShowKey = (typeof shows)[number];
/** Both views use the same two series, so each keeps its colour and pattern when the view changes. */
export type SeriesKey = "assessed" | "voluntary";

export function isView(value: unknown): value is ViewKey {
  return (views as readonly unknown[]).includes(value);
}
export function isShow(value: unknown): value is ShowKey {
  return (shows as readonly unknown[]).includes(value);
}
