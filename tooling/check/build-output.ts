/**
 * Reading a failed `astro build`: another process's output, so the one place the check reads text back.
 * Our own mistakes come out whole: an editorError (src/lib/site/editor-error.ts) carries its problems as its
 * `cause`, which Astro prints as one line of JSON. Only Astro's own errors are read from their wording.
 */
import type { EditorErrorCause } from "../../src/lib/site/editor-error.ts";
import type { Problem } from "./problems.ts";
import { componentLineOf, sourceOfPage } from "./locate.ts";

const ANSI = new RegExp(String.fromCharCode(27) + "\\[[0-9;]*m", "g");

/** The problems of every editorError in the output, in order, each once. */
export function editorProblemsIn(text: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const line of text.split("\n")) {
    const json = line.trim();
    if (!json.startsWith('{"editorProblems":')) continue;
    let cause: Partial<EditorErrorCause>;
    try {
      cause = JSON.parse(json) as Partial<EditorErrorCause>;
    } catch {
      continue;
    }
    for (const p of cause.editorProblems ?? []) {
      const key = JSON.stringify(p);
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(p);
    }
  }
  return problems;
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

  // 1. Our own errors: the MDX checks (tooling/check/mdx-editor-checks.ts) and the components' editorErrors.
  // A component knows its page but not its line, which is looked up here.
  const own = editorProblemsIn(text);
  if (own.length) {
    return own.map((p) => {
      const source = p.line === undefined && p.field ? readSource(p.file) : undefined;
      const line = source && p.field ? componentLineOf(source, p.field, p.found) : undefined;
      return line === undefined ? p : { ...p, line };
    });
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

  // 3. Any other error while rendering a page: Astro's own (a component that does not exist) or a plain Error.
  const render =
    /Caught error rendering (\S+?): (?:\w*Error: )?([\s\S]*?)(?:\n {2}(?:Hint|Stack trace|Location):|$)/.exec(text);
  if (render) {
    // Astro prints the message's first line with the route, then the whole message again (an AstroError's
    // with its class name in brackets).
    const lines = (render[2] ?? "").split("\n").map((l) => l.replace(/^\[\w+\] /, ""));
    const again = lines.indexOf(lines[0] ?? "", 1);
    const message = (again > 0 ? lines.slice(again) : lines).join("\n").trim();
    return [renderProblem(message, render[1] ?? "", readSource)];
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
  const file = sourceOfPage(`${route.replace(/^\//, "")}index.html`) ?? route;
  const unknown = /Expected component `(\w+)` to be defined/.exec(message);
  if (unknown) {
    const source = readSource(file);
    return {
      file,
      line: source ? componentLineOf(source, `<${unknown[1]}>`) : undefined,
      field: `<${unknown[1]}>`,
      found: `<${unknown[1]}>, a component the site does not have`,
      expected: "Use one of the site's components, listed in docs/editing.md.",
      example: "<Note>Text of the note.</Note>",
    };
  }
  return { file, expected: message };
}
