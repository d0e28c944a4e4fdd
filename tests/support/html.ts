/**
 * A DOM for the gates that read built pages: html-validate's own parser (already a dependency, and the one the
 * HTML validity gate trusts), with querySelector(All), attributes and textContent. Its text keeps character
 * references as written, so text() decodes them, as a browser would.
 */
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from "html-validate";

export type { HtmlElement };

const parser = new Parser(new HtmlValidate(new StaticConfigLoader({})).getConfigForSync("page.html"));

export function parseHtml(html: string): HtmlElement {
  return parser.parseHtml(html);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes character references (&amp;, &#39;, &#x2014;); throws on a named one it does not know. */
export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    const char = NAMED[name];
    if (char === undefined) throw new Error(`tests/support/html.ts cannot decode ${ref}: add it to NAMED`);
    return char;
  });
}

/** An element's text, decoded and trimmed: a browser's `textContent.trim()`. */
export function text(el: HtmlElement | null | undefined): string {
  return decode(el?.textContent ?? "").trim();
}

/** An attribute's value, decoded; null when the element or the attribute is missing. */
export function attr(el: HtmlElement | null | undefined, name: string): string | null {
  const value = el?.getAttributeValue(name);
  return value === null || value === undefined ? null : decode(value);
}
