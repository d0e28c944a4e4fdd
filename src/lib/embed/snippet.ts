import { defaultParams, type Theme } from "./url-params.ts";
import type { ViewKey as View } from "../funding/chart-keys.ts";

/** The message the embed page posts to its parent; /embed.js (public/embed.js) accepts only this shape. */
export const HEIGHT_MESSAGE = "japan-ilo:embed-height";
/** Sent by /embed.js to an embed that loaded before the script did, asking it to post its height again. */
export const PING_MESSAGE = "japan-ilo:embed-ping";

/**
 * WordPress's own embed protocol (wp-includes/js/wp-embed.js): for a provider it does not know, WordPress adds
 * `#?secret=<10 letters/digits>` to the iframe's src and data-secret to the iframe, sends the frame
 * {message: "ready", secret}, and sets the frame's height to the value of {message: "height", value, secret}
 * (clamped to 200–1000 px) when it comes from that frame. The embed page speaks it, so no script of ours is needed.
 */
export const WP_SECRET = /^#\?secret=([A-Za-z0-9]{1,64})$/;

/**
 * The iframe's height before /embed.js (or without it): tall enough for the chart and the first table
 * at a typical article width, so the chart is usable even where a CMS strips the script.
 */
export const START_HEIGHT = 720;
/** The iframe's width attribute, in the snippet and in oEmbed alike; CSS (width:100%) makes it fluid where allowed. */
export const EMBED_WIDTH = 720;
/** How long a consumer may cache the oEmbed answer, in seconds (oEmbed 1.0 cache_age). */
export const OEMBED_CACHE_AGE = 86400;

export interface SnippetOptions {
  /** Absolute URL of the embed page, e.g. "https://japan-ilo.example.org/embed/funding/". */
  embedUrl: string;
  /** Absolute URL of the parent script, e.g. "https://japan-ilo.example.org/embed.v1.3f2a9c1b7d4e.js". */
  scriptUrl: string;
  /** Its Subresource Integrity value ("sha384-…"), so a changed file is refused on partner pages. */
  integrity: string;
  /** Accessible name of the iframe. */
  title: string;
  view: View;
  theme: Theme;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The embed page's URL with the chosen settings; defaults are left out so the usual URL stays short. */
export function embedSrc(embedUrl: string, view: View, theme: Theme): string {
  const url = new URL(embedUrl);
  if (view !== defaultParams.view) url.searchParams.set("view", view);
  if (theme !== defaultParams.theme) url.searchParams.set("theme", theme);
  url.searchParams.set("id", embedId(view));
  return url.href;
}

/** One id per view, so a page can hold the totals and the annual chart at once. */
export function embedId(view: View): string {
  return `japan-ilo-funding-${view}`;
}

/**
 * The HTML an embedder pastes: the iframe (works alone, also where a CMS strips style and script) and the
 * optional auto-height script, pinned by integrity and fetched without credentials (crossorigin="anonymous").
 */
export function embedSnippet(o: SnippetOptions): string {
  const id = embedId(o.view);
  const iframe =
    `<iframe src="${escapeAttr(embedSrc(o.embedUrl, o.view, o.theme))}" title="${escapeAttr(o.title)}"` +
    ` width="${EMBED_WIDTH}" height="${START_HEIGHT}" loading="lazy" style="width:100%;border:0"` +
    ` data-japan-ilo-embed="${id}"></iframe>`;
  return (
    `${iframe}\n<script src="${escapeAttr(o.scriptUrl)}" integrity="${escapeAttr(o.integrity)}"` +
    ` crossorigin="anonymous" async></script>`
  );
}

export interface OEmbedOptions extends Omit<SnippetOptions, "view" | "theme"> {
  providerName: string;
  providerUrl: string;
  source: { title: string; publisher: string; url: string }[];
}

/** The oEmbed 1.0 "rich" response for the default embed (https://oembed.com/#section2.3). */
export function oembedDocument(o: OEmbedOptions) {
  return {
    version: "1.0",
    type: "rich",
    title: o.title,
    provider_name: o.providerName,
    provider_url: o.providerUrl,
    html: embedSnippet({ ...o, view: defaultParams.view, theme: defaultParams.theme }),
    // The same numbers as the snippet's iframe. maxwidth/maxheight are ignored: the file is static (docs/embed.md).
    width: EMBED_WIDTH,
    height: START_HEIGHT,
    cache_age: OEMBED_CACHE_AGE,
    // Not an oEmbed field; consumers ignore it, people reading the file see where the figures come from.
    source: o.source,
  };
}
