/**
 * Finding where a problem is: the line of a field in JSON or YAML (from their parsers' syntax trees),
 * of a link or tag in an MDX file, and the MDX file a built page comes from.
 */
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { lineColumn } from "../../src/lib/data/json-positions.ts";
import { urlOfBuiltFile } from "../../src/lib/site/routes.ts";

/** The value at a zod issue path inside parsed data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** The line (from 1) of a field in a JSON file, from jsonc-parser's syntax tree: the line of its "name". */
export function jsonLineOf(text: string, path: readonly PropertyKey[]): number | undefined {
  const tree = parseTree(text);
  const node =
    tree &&
    findNodeAtLocation(
      tree,
      path.map((p) => (typeof p === "number" ? p : String(p))),
    );
  if (!node) return undefined;
  return lineColumn(text, node.parent?.type === "property" ? node.parent.offset : node.offset).line;
}

/**
 * The line (from 1) of a field in YAML frontmatter, from the yaml package's syntax tree and LineCounter:
 * the line of its name, or of the list item.
 * @param firstLine the line number of the text's first line in its file (frontmatter starts at 2).
 */
export function yamlLineOf(text: string, path: readonly PropertyKey[], firstLine = 1): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const last = path.at(-1);
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  let offset: number | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
    offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  } else if (isSeq(parent) && typeof last === "number") {
    const item = parent.items[last];
    offset = isNode(item) ? item.range?.[0] : undefined;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1;
}

/** The first line (from 1) that contains the needle, for pointing at a link or tag in an MDX file. */
export function lineOf(text: string, needle: string): number | undefined {
  const i = text.indexOf(needle);
  return i < 0 ? undefined : text.slice(0, i).split("\n").length;
}

/**
 * The line (from 1) of a component in an MDX file: the first `<Name …>` whose tag holds the value found
 * (`id="x"`, `"x"`), else the first `<Name`. For problems a component raised while rendering, which knows its
 * page but not its line.
 * @param field the component as a problem names it, "<Cite>".
 */
export function componentLineOf(text: string, field: string, found?: string): number | undefined {
  const name = /^<(\w+)>$/.exec(field)?.[1];
  if (!name) return undefined;
  const starts = [...text.matchAll(new RegExp(`<${name}(?=[\\s/>])`, "g"))].map((m) => m.index);
  const at =
    starts.find((i) => found === undefined || text.slice(i, text.indexOf(">", i) + 1).includes(found)) ?? starts[0];
  return at === undefined ? undefined : text.slice(0, at).split("\n").length;
}

/** The language of a page file, from its folder: content/pages/ja/… is Japanese, every other file English. */
export function pageLocaleOf(file: string): "en" | "ja" {
  return /(^|\/)content\/pages\/ja\//.test(file) ? "ja" : "en";
}

/** Which MDX file a built page comes from: "ja/funding/index.html" → content/pages/ja/funding.mdx. */
export function sourceOfPage(distPath: string, defaultLocale = "en", locales = ["en", "ja"]): string | undefined {
  if (!distPath.endsWith(".html")) return undefined;
  const parts = urlOfBuiltFile(distPath)
    .replace(/\.html$/, "")
    .split("/")
    .filter(Boolean);
  const locale =
    parts[0] !== undefined && locales.includes(parts[0]) ? (parts.shift() ?? defaultLocale) : defaultLocale;
  return `content/pages/${locale}/${parts.join("/") || "index"}.mdx`;
}
