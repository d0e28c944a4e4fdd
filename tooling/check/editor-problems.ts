/**
 * Problems found by `npm run check`, and how they are written for editors.
 * Every problem says which file, which field (and line where we can find it), what was found,
 * what is expected and an example. Pure functions: tooling/check/check.ts does the file reading.
 */
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { lineColumn } from "../../src/lib/data/json-positions.ts";
import { urlOfBuiltFile } from "../../src/lib/site/routes.ts";

export interface Problem {
  /** Path from the project root, e.g. content/pages/en/funding.mdx. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The field, e.g. "title" or "sources[1].url", or a component such as "<Cite>". */
  field?: string | undefined;
  /** What the file contains now. */
  found?: string | undefined;
  /** What is wrong and what is expected instead. */
  expected: string;
  /** A correct value, written as the editor would type it. */
  example?: string | undefined;
}

/** "sources.1.url" style paths as an editor reads them: sources[1].url (counting from 1, as people do). */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p + 1}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

/** A short, readable rendering of a value found in a file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing: the field is missing";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

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

function where(p: Problem): string {
  const at = p.line ? `, line ${p.line}${p.column ? `, column ${p.column}` : ""}` : "";
  return `${p.file}${at}${p.field ? ` — ${p.field}` : ""}`;
}

/** One problem as an editor reads it. */
export function formatProblem(p: Problem, n?: number): string {
  const lines = [`${n === undefined ? "✗" : `${n}.`} ${where(p)}`];
  if (p.found !== undefined) lines.push(`   Found:    ${p.found}`);
  const [first, ...rest] = p.expected.trim().split("\n");
  lines.push(`   Expected: ${first}`);
  for (const line of rest) lines.push(`             ${line.trim()}`);
  if (p.example) {
    const [e1, ...eRest] = p.example.split("\n");
    lines.push(`   Example:  ${e1}`);
    for (const line of eRest) lines.push(`             ${line}`);
  }
  return lines.join("\n");
}

export interface StageResult {
  name: string;
  /** "skipped" when an earlier stage's problems make this one meaningless. */
  status: "ok" | "failed" | "skipped";
  /** One line shown after the stage name, e.g. "12 pages" or why it was skipped. */
  note?: string;
  problems: Problem[];
}

/** The whole report: a line per stage, then every problem, then what to do next. */
export function formatReport(stages: readonly StageResult[]): string {
  const out = ["Checking the site…", ""];
  for (const s of stages) {
    const mark = s.status === "ok" ? "✓" : s.status === "failed" ? "✗" : "–";
    const count = s.problems.length ? ` (${s.problems.length} problem${s.problems.length === 1 ? "" : "s"})` : "";
    out.push(`  ${mark} ${s.name}${count}${s.note ? `: ${s.note}` : ""}`);
  }
  const problems = stages.flatMap((s) => s.problems);
  out.push("");
  if (problems.length === 0 && stages.every((s) => s.status !== "failed")) {
    out.push("All checks passed. The site is ready to publish.");
    return out.join("\n");
  }
  out.push(`${problems.length} problem${problems.length === 1 ? "" : "s"} to fix:`, "");
  problems.forEach((p, i) => out.push(formatProblem(p, i + 1), ""));
  out.push("Fix these, save, and run `npm run check` again. The guide is docs/editing.md.");
  // An editor fixing Japanese pages may read Japanese first.
  if (problems.some((p) => /(^|\/)content\/pages\/ja\//.test(p.file)))
    out.push(
      "直したら保存して、もう一度 `npm run check` を実行してください。日本語のガイドは docs/editing.ja.md です。",
    );
  return out.join("\n");
}

const ANSI = new RegExp(String.fromCharCode(27) + "\\[[0-9;]*m", "g");

/** Reads back problems printed by formatProblem (the MDX plugin's build error). */
export function parseProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  let current: Problem | undefined;
  let last: "expected" | "example" | undefined;
  for (const raw of text.split("\n")) {
    const head = /^(?:✗|\d+\.) (.+?)(?:, line (\d+)(?:, column (\d+))?)?(?: — (.+))?$/.exec(raw);
    if (head) {
      current = { file: head[1] ?? "", line: num(head[2]), column: num(head[3]), field: head[4], expected: "" };
      problems.push(current);
      last = undefined;
      continue;
    }
    if (!current) continue;
    const part = /^ {3}(Found|Expected|Example): +(.*)$/.exec(raw);
    if (part) {
      if (part[1] === "Found") current.found = part[2];
      else if (part[1] === "Expected") [current.expected, last] = [part[2] ?? "", "expected"];
      else [current.example, last] = [part[2] ?? "", "example"];
    } else if (/^ {13}\S/.test(raw) && last) {
      if (last === "expected") current.expected += `\n${raw.trim()}`;
      else current.example += `\n${raw.slice(13)}`;
    } else {
      current = undefined;
    }
  }
  return problems;
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/**
 * Turns the output of a failed `astro build` into problems an editor can act on.
 * @param readSource reads a project file (to find the line of a component), or undefined if it does not exist
 */
export function parseBuildOutput(
  output: string,
  root: string,
  readSource: (file: string) => string | undefined,
): Problem[] {
  const text = output.replace(ANSI, "").replace(/\r/g, "");
  const rel = (p: string) => (p.startsWith(root) ? p.slice(root.replace(/\/?$/, "/").length) : p);

  // 1. Our own MDX checks (mdx-editor-checks.ts) print formatted problems.
  const marker = text.indexOf("Editor check failed:");
  if (marker >= 0) {
    const block = text.slice(marker).split(/\n {2}(?:Location|Stack trace):/)[0] ?? "";
    const problems = parseProblems(block);
    if (problems.length) return problems;
  }

  // 2. MDX that cannot be parsed: "36:1: Unexpected character … (mdx-jsx:…)" then "Location: /abs/file.mdx:36:1".
  const syntax = /^(\d+):(\d+): (.+?)(?: \(([\w:-]+)\))?\n {2}Location:\n {4}(\S+?):(\d+):(\d+)/m.exec(text);
  if (syntax) {
    return [
      {
        file: rel(syntax[5] ?? ""),
        line: Number(syntax[6]),
        column: Number(syntax[7]),
        found: syntax[3],
        expected:
          'MDX could not read this part of the page. Check that every component is closed, either as <Note>…</Note> or as <Cite id="…" />, that its attributes are in quotes, and that a { or < in plain text is written as \\{ or &lt;.',
        example: '<Note title="A correction">The text of the note.</Note>',
      },
    ];
  }

  // 3. A component that failed while rendering a page (<Cite> to an undeclared source, a bad prop…).
  const render =
    /Caught error rendering (\S+?): (?:\w*Error: )?([\s\S]*?)(?:\n {2}(?:Hint|Stack trace|Location):|$)/.exec(text);
  if (render) {
    // Astro prints the message's first line with the route, then the whole message again (an AstroError's
    // with its class name in brackets), then the error's hint, if it has one.
    const lines = (render[2] ?? "").split("\n").map((l) => l.replace(/^\[\w+\] /, ""));
    const again = lines.indexOf(lines[0] ?? "", 1);
    const message = (again > 0 ? lines.slice(again) : lines).join("\n").trim();
    // Our components' hints start with "Fix:" (src/lib/mdx/parse-props.ts); Astro's generic ones are left out.
    const hint = /\n {2}Hint:\n {4}(Fix: [\s\S]*?)(?:\n {2}(?:Stack trace|Location):|$)/.exec(
      text.slice(render.index),
    )?.[1];
    const full = hint ? `${message}\n${hint.replace(/^ {4}/gm, "").trim()}` : message;
    return [renderProblem(full, render[1] ?? "", readSource)];
  }

  // 4. Anything else: the first error Astro printed, without its stack trace.
  const first =
    /(?:\[ERROR\]|\[\w+Error\])\s*(?:\[[\w:]+\]\s*)?([^\n]*(?:\n(?! {2}(?:Hint|Stack trace|Location):)(?!\s+at )[^\n]*){0,6})/.exec(
      text,
    );
  const location = /\n {2}Location:\n {4}(\S+?):(\d+):(\d+)/.exec(text);
  return [
    {
      file: location ? rel(location[1] ?? "") : "the build",
      line: location && Number(location[2]) > 0 ? Number(location[2]) : undefined,
      expected: (first?.[1] ?? text.trim().split("\n").slice(-5).join("\n")).trim(),
    },
  ];
}

function renderProblem(message: string, route: string, readSource: (file: string) => string | undefined): Problem {
  const unknown = /Expected component `(\w+)` to be defined/.exec(message);
  const fileMatch = /^(content\/\S+?\.mdx):\s*/.exec(message);
  const file = fileMatch?.[1] ?? sourceOfPage(`${route.replace(/^\//, "")}index.html`) ?? route;
  const body = fileMatch ? message.slice(fileMatch[0].length) : message;
  const component = /<(\w+)[\s>/]/.exec(body)?.[1] ?? unknown?.[1];
  const value = /"([^"]+)"/.exec(body)?.[1];
  const source = readSource(file);
  let line: number | undefined;
  if (source && component) {
    line = source
      .split("\n")
      .findIndex((l) => l.includes(`<${component}`) && (value === undefined || l.includes(value)));
    line = line >= 0 ? line + 1 : undefined;
  }
  if (unknown) {
    return {
      file,
      line,
      field: `<${unknown[1]}>`,
      found: `<${unknown[1]}>, a component the site does not have`,
      expected: "Use one of the site's components, listed in docs/editing.md.",
      example: "<Note>Text of the note.</Note>",
    };
  }
  const [expected, example] = body.split(/\n\s*Fix: /);
  return {
    file,
    line,
    field: component ? `<${component}>` : undefined,
    found: value ? `"${value}"` : undefined,
    expected: (expected ?? body).trim(),
    example: example?.trim(),
  };
}
