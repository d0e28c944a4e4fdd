/**
 * Reading a failed `astro build`: another process's output, so the one place the check reads text back.
 */
import { parseProblems, type Problem } from "./problems.ts";
import { sourceOfPage } from "./locate.ts";

const ANSI = new RegExp(String.fromCharCode(27) + "\\[[0-9;]*m", "g");

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
