/**
 * A Markdown/MDX plugin (wired in astro.config.mjs) that stops the build on mistakes MDX itself lets through
 * or reports badly: an image without alt text, a component the site does not have (or one written in the
 * wrong case), a <Term> naming no glossary entry, and anything that would run code. Pages can be written
 * by anyone through the visual editor, so their text is untrusted: MDX would otherwise run an `import`,
 * an `export` or a {…} expression at build time, and publish <script>, on…= handlers and javascript: links.
 * Relative imports carry their .ts extension so Node can load this file without a bundler.
 */
import { readFileSync } from "node:fs";
import { editorError } from "../../src/lib/site/editor-error.ts";
import type { Problem } from "./problems.ts";
import { pageLocaleOf } from "./locate.ts";

/** The few mdast/MDX node fields this plugin reads; the full types are not a dependency of the site. */
interface Node {
  type: string;
  name?: string | null;
  alt?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

export interface EditorCheckOptions {
  /** Component names MDX pages may use without an import (src/lib/mdx/component-names.ts). */
  components: readonly string[];
  /** The glossary's ids, for <Term id="…">; left out, <Term> ids are checked when the page renders. */
  termIds?: readonly string[] | undefined;
}

/** HTML elements that run code or pull in another page or style: never allowed in a page's text. */
const unsafeElements = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "base",
  "meta",
  "link",
]);

/** Optimal string alignment distance: "Trem" is one swap away from "Term". */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d: number[] = [];
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        d[i * width + j] = i + j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * width + j] = v;
    }
  }
  return at(a.length, b.length);
}

/** The known name closest to a mistyped one, if it is close enough to be what the editor meant. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { k: string; d: number } | undefined;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (!best || d < best.d) best = { k, d };
  }
  // Two edits in a name of five letters or more, one in a shorter one: beyond that it is another word.
  return best && best.d <= (lower.length >= 5 ? 2 : 1) ? best.k : undefined;
}

/** Every problem in one MDX tree. Exported for unit tests. */
export function findProblems(tree: Node, file: string, options: EditorCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const known = [...options.components].sort();
  const ja = pageLocaleOf(file) === "ja";
  const noteExample = ja ? "<Note>注記の本文。</Note>" : "<Note>Text of the note.</Note>";
  const visit = (node: Node) => {
    const line = node.position?.start.line;
    if (node.type === "image" && !node.alt?.trim()) {
      problems.push({
        file,
        line,
        field: "image",
        found: `![](${node.url ?? ""}), an image without alt text`,
        expected:
          "Every image needs alt text between the square brackets: what the image shows, for people who cannot see it.",
        example: ja
          ? `![年ごとの日本の拠出額を示す棒グラフ](${node.url ?? "/images/chart.png"})`
          : `![Bar chart of Japan's contributions by year](${node.url ?? "/images/chart.png"})`,
      });
    }
    if (node.type === "mdxjsEsm") {
      const words = String(node.value ?? "").trim();
      problems.push({
        file,
        line,
        field: words.startsWith("export") ? "export" : "import",
        found: JSON.stringify(words.split("\n")[0]?.slice(0, 60) ?? ""),
        expected:
          "Pages cannot import or export code: it would run when the site is built. The site's components need no import. Delete the line; to show the words themselves, put them in `backticks`.",
        example: "`import` (in backticks, it is shown as a word and never run)",
      });
    }
    if ((node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") && !isComment(node.value)) {
      problems.push({
        file,
        line,
        field: "{…}",
        found: `{${String(node.value ?? "").slice(0, 40)}}`,
        expected:
          "Text in { } is code that would run when the site is built, so pages cannot use it. To show a brace, write \\{ and \\}.",
        example: "\\{ and \\}",
      });
    }
    if (node.type === "link" && isScriptUrl(node.url)) {
      problems.push({
        file,
        line,
        field: "link",
        found: `(${node.url ?? ""})`,
        expected:
          "A link must go to a web address (https://…) or a page of the site (/funding/), never to javascript:.",
        example: ja ? "[拠出](/ja/funding/)" : "[Funding](/funding/)",
      });
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
      const name = node.name;
      const attrs = node.attributes ?? [];
      const names = new Set(attrs.map((a) => a.name));
      if (name === "img" && !names.has("alt")) {
        problems.push({
          file,
          line,
          field: "<img>",
          found: "<img> without alt",
          expected: 'Every image needs alt text: what it shows, or alt="" if it is only decoration.',
          example: ja
            ? '<img src="/images/chart.png" alt="年ごとの拠出額の棒グラフ" />'
            : '<img src="/images/chart.png" alt="Bar chart of contributions by year" />',
        });
      }
      if (unsafeElements.has(name.toLowerCase())) {
        problems.push({
          file,
          line,
          field: `<${name}>`,
          found: `<${name}>, which would ${name.toLowerCase() === "style" ? "restyle the site" : "load or run code from the page"}`,
          expected: `Pages cannot contain <${name}>. Delete it. A chart or table of the site's data is a component: <FundingChart view="annual" />.`,
          example: '<FundingChart view="annual" />',
        });
      } else if (/^[a-z]/.test(name)) {
        // Lower-case names are HTML tags, which MDX passes through as they are: <note> would publish a raw element.
        const component = known.find((k) => k.toLowerCase() === name.toLowerCase());
        if (component) {
          problems.push({
            file,
            line,
            field: `<${name}>`,
            found: `<${name}>, written in lower case`,
            expected: `Component names start with a capital letter; <${name}> would be published as an unknown HTML tag. Did you mean <${component}>?`,
            example: renamed(node, component),
          });
        }
      } else if (!known.includes(name)) {
        const close =
          closest(name, known) ?? known.find((k) => k.toLowerCase() === name.toLowerCase().replace(/s$/, ""));
        problems.push({
          file,
          line,
          field: `<${name}>`,
          found: `<${name}>, a component the site does not have`,
          expected: `${close ? `Did you mean <${close}>? ` : ""}Use one of the site's components: ${known.map((k) => `<${k}>`).join(", ")}.`,
          example: close ? renamed(node, close) : noteExample,
        });
      }
      for (const a of attrs) {
        if (a.type !== "mdxJsxAttribute") {
          problems.push({
            file,
            line,
            field: `<${name}>`,
            found: "{…} among the attributes",
            expected: 'Attributes are written name="value"; { } would run code when the site is built.',
            example: '<Term id="earmarked">earmarked</Term>',
          });
          continue;
        }
        if (a.name && /^on/i.test(a.name)) {
          problems.push({
            file,
            line,
            field: `<${name} ${a.name}>`,
            found: `${a.name}=…, code that runs in the reader's browser`,
            expected: `Pages cannot contain event handlers such as ${a.name}. Delete the attribute.`,
            example: ja ? '<a href="/ja/funding/">拠出</a>' : '<a href="/funding/">Funding</a>',
          });
        }
        if (a.value !== null && typeof a.value === "object") {
          problems.push({
            file,
            line,
            field: `<${name} ${a.name ?? ""}>`,
            found: `${a.name ?? ""}={…}`,
            expected: `Write the value in quotes: ${a.name ?? "name"}="…". A value in { } is code that would run when the site is built.`,
            example: '<FundingChart view="annual" />',
          });
        } else if (typeof a.value === "string" && isScriptUrl(a.value)) {
          problems.push({
            file,
            line,
            field: `<${name} ${a.name ?? ""}>`,
            found: `${a.name ?? ""}="${a.value.slice(0, 40)}"`,
            expected:
              "A link or source must be a web address (https://…) or a page of the site (/funding/), never javascript:.",
            example: ja ? '<a href="/ja/funding/">拠出</a>' : '<a href="/funding/">Funding</a>',
          });
        }
      }
      const id = attrs.find((a) => a.name === "id")?.value;
      if (name === "Term" && options.termIds && typeof id === "string" && !options.termIds.includes(id)) {
        const close = closest(id, options.termIds);
        problems.push({
          file,
          line,
          field: "<Term>",
          found: `id="${id}", which is not in content/data/glossary.json`,
          expected: `${close ? `Did you mean id="${close}"? ` : ""}Use the id of a glossary entry (${options.termIds.map((t) => `"${t}"`).join(", ")}), or add the term to content/data/glossary.json first.`,
          example: `<Term id="${close ?? options.termIds[0] ?? "earmarked"}">${ja ? "用語" : "term"}</Term>`,
        });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** The element as the editor wrote it, under the component name they meant: <Trem id="x">…</Trem> → <Term id="x">…</Term>. */
function renamed(node: Node, name: string): string {
  const attrs = (node.attributes ?? [])
    .filter((a) => a.type === "mdxJsxAttribute" && typeof a.value === "string")
    .map((a) => ` ${a.name ?? ""}="${String(a.value)}"`)
    .join("");
  return node.children?.length ? `<${name}${attrs}>…</${name}>` : `<${name}${attrs} />`;
}

/** {/* a comment *\/} is the one expression MDX pages may keep: it runs nothing. */
function isComment(value: unknown): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(value ?? ""));
}

/** Browsers strip spaces and control characters before they read a link's scheme. */
// eslint-disable-next-line no-control-regex -- matching those characters is the point
const ignoredInScheme = /[\u0000-\u0020]/g;

/** javascript:, vbscript: and data: URLs run code or smuggle a page; browsers ignore their case. */
function isScriptUrl(url: unknown): boolean {
  const bare = String(url ?? "")
    .replace(ignoredInScheme, "")
    .toLowerCase();
  return /^(javascript|vbscript|data):/.test(bare);
}

/** The glossary's ids, read on every page so that a term added while `npm run dev` runs is known at once. */
export function readTermIds(file: string): string[] | undefined {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { terms?: { id?: unknown }[] };
    const ids = data.terms?.map((t) => t.id).filter((id): id is string => typeof id === "string");
    return ids?.length ? ids : undefined;
  } catch {
    // A broken glossary file is reported by the data check, with its line; ids are then checked at render.
    return undefined;
  }
}

/**
 * A Sätteri mdast plugin (Astro 7's Markdown and MDX processor; remark plugins would need the
 * unified processor, which is not installed). Its `after` hook looks at the whole tree once, when the visitors are done.
 * @param options.glossaryFile the glossary to check <Term id="…"> against, read again for each page
 */
export function editorChecks(options: EditorCheckOptions & { glossaryFile?: string }) {
  return (context: { fileURL: URL | undefined }) => {
    const cwd = process.cwd().replace(/\/?$/, "/");
    const path = context.fileURL ? decodeURIComponent(context.fileURL.pathname) : "this page";
    const file = path.startsWith(cwd) ? path.slice(cwd.length) : path;
    return {
      name: "editor-checks",
      // Positions are off by default in Sätteri; the messages need line numbers.
      options: { position: true },
      after(node: Node) {
        const termIds = options.glossaryFile ? readTermIds(options.glossaryFile) : options.termIds;
        const problems = findProblems(node, file, { ...options, termIds });
        if (problems.length > 0) throw editorError(problems);
      },
    };
  };
}
