/**
 * Settings an embedder can put in the embed page's URL (?theme=dark&view=donors&year=2023&show=table&id=…).
 * Anyone can type anything into a URL, so every value is checked and a bad one falls back to its default
 * instead of breaking the chart on somebody else's page.
 */
import { shows, views, type ShowKey, type ViewKey } from "../funding/chart-keys.ts";

export const themes = ["auto", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

export interface EmbedParams {
  theme: Theme;
  view: ViewKey;
  show: ShowKey;
  /** The donors view's year ("2023"); "" for the latest. The chart ignores a year it has no data for. */
  year: string;
  /** Names this embed in its height messages, so a page with several embeds can tell them apart. "" when absent. */
  id: string;
}

/**
 * Light by default: the partner's page background is unknown, and a dark chart on a white article (or the
 * reverse, on a reader's dark setting) looks broken. "auto" (follow the reader's setting) is a choice.
 */
export const defaultParams: EmbedParams = { theme: "light", view: "totals", show: "chart", year: "", id: "" };

/** Ids are echoed back to the parent page, so only short, plain tokens are kept. */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

function pick<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  const v = value?.trim().toLowerCase() ?? "";
  return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** Reads the embed settings from a query string ("?view=annual") or URLSearchParams. Never throws. */
export function parseEmbedParams(search: string | URLSearchParams): EmbedParams {
  const q = typeof search === "string" ? new URLSearchParams(search) : search;
  const id = q.get("id") ?? "";
  return {
    theme: pick(themes, q.get("theme"), defaultParams.theme),
    view: pick(views, q.get("view"), defaultParams.view),
    show: pick(shows, q.get("show"), defaultParams.show),
    year: /^\d{4}$/.test(q.get("year") ?? "") ? (q.get("year") ?? "") : defaultParams.year,
    id: idPattern.test(id) ? id : defaultParams.id,
  };
}
