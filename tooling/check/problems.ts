/**
 * Problems found by `npm run check`, and how they are written for editors.
 * Every problem says which file, which field (and line where we can find it), what was found,
 * what is expected and an example. Pure functions: tooling/check/check.ts does the file reading.
 */
import type { EditorProblem } from "../../src/lib/site/editor-error.ts";
import { pageLocaleOf } from "./locate.ts";
/**
 * One problem: the same shape an editorError carries out of the build (src/lib/site/editor-error.ts), so a
 * problem found before the build and one found during it print alike.
 */
export type Problem = EditorProblem;

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
  if (problems.some((p) => pageLocaleOf(p.file) === "ja"))
    out.push(
      "直したら保存して、もう一度 `npm run check` を実行してください。日本語のガイドは docs/editing.ja.md です。",
    );
  return out.join("\n");
}
