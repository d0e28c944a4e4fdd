import { AstroError } from "astro/errors";

/**
 * A mistake in a file an editor writes (a page, a data file), as `npm run check` prints it: which file, where
 * in it, what was found, what is expected instead, and a correct example.
 */
export interface EditorProblem {
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

/** The error's name, which Astro prints in brackets before the message. */
export const EDITOR_ERROR = "EditorError";

/**
 * Where an editor error keeps its problems as data. Astro prints an error's `cause` as one line of JSON under
 * "Caused by:", untouched by the Markdown it renders in messages and hints, so `npm run check`
 * (tooling/check/build-output.ts) reads the problems back whole instead of parsing the prose.
 */
export interface EditorErrorCause {
  editorProblems: EditorProblem[];
}

function where(p: EditorProblem): string {
  const at = `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : ""}`;
  // A component's message starts with the component ("<Cite> cites …", '<Term id="x"> names …'); any other
  // field is named after the place.
  const named = p.field?.startsWith("<") && p.expected.includes(p.field.replace(/>$/, ""));
  return p.field && !named ? `${at} — ${p.field}` : at;
}

/**
 * The error to throw for a mistake an editor can fix, instead of a plain Error: an AstroError, so `npm run dev`
 * shows it in its overlay with the hint, and the build stops. The message says what is wrong and where (file,
 * line, field); the hint says how to fix it, with the example. Several problems (all those in one page) make
 * one error. Its `cause` holds the problems themselves (see EditorErrorCause), so nothing reads the prose back.
 */
export function editorError(problems: EditorProblem | readonly EditorProblem[]): AstroError {
  const list: EditorProblem[] = "file" in problems ? [problems] : [...problems];
  const message = list.map((p) => `${where(p)}: ${p.expected}`).join("\n");
  const examples = list.map((p) => p.example).filter((e): e is string => Boolean(e));
  const error = new AstroError(message, examples.length ? `Fix: ${examples.join("\n")}` : undefined);
  error.name = EDITOR_ERROR;
  error.cause = { editorProblems: list } satisfies EditorErrorCause;
  return error;
}

/** The problems an error carries, when it is an editor error. */
export function editorProblemsOf(error: unknown): EditorProblem[] | undefined {
  const cause = (error as { cause?: unknown } | null)?.cause as Partial<EditorErrorCause> | undefined;
  return Array.isArray(cause?.editorProblems) ? cause.editorProblems : undefined;
}
