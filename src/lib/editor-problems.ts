/**
 * Problems found by `npm run check`, and how they are written for editors.
 * Every problem says which file, which field (and line where we can find it), what was found,
 * what is expected and an example. Pure functions: scripts/check.mjs does the file reading.
 */

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
  return path
    .map((p, i) => (typeof p === "number" ? `[${p + 1}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
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

/**
 * Finds the line of a field in YAML frontmatter or in JSON, following the path key by key.
 * It reads the text rather than a syntax tree, so it is a good guess, not a proof: when a key
 * cannot be found it returns the line of the nearest parent it did find.
 * @param firstLine the line number of the text's first line in its file (frontmatter starts at 2).
 */
export function lineOfPath(text: string, path: readonly PropertyKey[], firstLine = 1): number | undefined {
  const lines = text.split("\n");
  let at = -1;
  let found: number | undefined;
  for (const key of path) {
    if (typeof key === "number") {
      // The n-th item of a list: YAML items start with "- ", JSON objects in a list with "{".
      let seen = -1;
      let indent: number | undefined;
      let hit: number | undefined;
      for (let i = at + 1; i < lines.length; i++) {
        const m = /^(\s*)(- |\{)/.exec(lines[i] ?? "");
        if (!m) continue;
        const width = m[1]?.length ?? 0;
        indent ??= width;
        if (width !== indent) continue;
        if (++seen === key) {
          hit = i;
          break;
        }
      }
      if (hit === undefined) break;
      at = hit;
      // The item's first line may itself hold the next key ("- id: …" or "{ "year": …").
      at -= 1;
      found = hit;
      continue;
    }
    const name = String(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(^|[\\s{,-])"?${name}"?\\s*:`);
    let hit: number | undefined;
    for (let i = at + 1; i < lines.length; i++) {
      if (re.test(lines[i] ?? "")) {
        hit = i;
        break;
      }
    }
    if (hit === undefined) break;
    at = hit;
    found = hit;
  }
  return found === undefined ? undefined : found + firstLine;
}

/** The first line (from 1) that contains the needle, for pointing at a link or tag in an MDX file. */
export function lineOf(text: string, needle: string): number | undefined {
  const i = text.indexOf(needle);
  return i < 0 ? undefined : text.slice(0, i).split("\n").length;
}

/** Which MDX file a built page comes from: "ja/funding/index.html" → content/pages/ja/funding.mdx. */
export function sourceOfPage(distPath: string, defaultLocale = "en", locales = ["en", "ja"]): string | undefined {
  const m = /^(.*?)(?:\/?index)?\.html$/.exec(distPath);
  if (!m) return undefined;
  const parts = (m[1] ?? "").split("/").filter(Boolean);
  const locale = parts[0] !== undefined && locales.includes(parts[0]) ? (parts.shift() ?? defaultLocale) : defaultLocale;
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
  return out.join("\n");
}
