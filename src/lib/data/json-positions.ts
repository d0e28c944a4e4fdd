import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";

/**
 * Parses a data file's text and gives editors a message they can act on.
 * Astro's file() loader logs and skips a file it cannot parse, which would leave the
 * funding pages without figures; we throw instead, so the build stops and says where.
 * The position comes from jsonc-parser, which reports an offset for every error (JSON.parse's message
 * has one only sometimes, and in words that differ between engines).
 */

/** What a person looks for at the reported place, and a line written correctly. */
export const jsonFix = 'Look there for a missing comma, an extra comma before } or ], or text without "quotes".';
export const jsonExample = '"assessed": 177.8,';

/** What went wrong at an error, in words; jsonc-parser gives a code. */
const reasons: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  CommaExpected: "a comma is missing",
  ColonExpected: "a colon is missing",
  PropertyNameExpected: 'a "name" in quotes was expected (is there a comma before } or ]?)',
  ValueExpected: "a value was expected (is there a comma before } or ]?)",
  CloseBraceExpected: "a } is missing",
  CloseBracketExpected: "a ] is missing",
  EndOfFileExpected: "there is text after the end of the data",
  InvalidSymbol: "this is not JSON (text must be in double quotes)",
  UnexpectedEndOfString: "a text value is not closed with a double quote",
  InvalidCommentToken: "comments are not allowed in JSON",
};

/** Where a JSON text first breaks, with line and column counted from 1. */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  reason: string;
  /** What to do, when the mistake is recognised; otherwise jsonFix. */
  fix: string;
  /** A correct line, when the mistake is recognised; otherwise jsonExample. */
  example: string;
}

/**
 * An amount written with thousands separators ("assessed": 39,111,222) reads to JSON as the number 39
 * and then a stray comma, so the parser's own reason would send the editor looking for a missing comma.
 */
function thousandsSeparators(
  text: string,
  offset: number,
): { reason: string; fix: string; example: string } | undefined {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const column = offset - lineStart;
  for (const m of line.matchAll(/("[^"]*"\s*:\s*)?(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?)/g)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (column < start || column > start + (m[2]?.length ?? 0)) continue;
    const plain = (m[2] ?? "").replace(/,/g, "");
    return {
      reason: `the number ${m[2] ?? ""} is written with thousands separators`,
      fix: `Write amounts without separators: ${plain}, not ${m[2] ?? ""}. JSON reads each comma as the end of a value.`,
      example: m[1] ? `${m[1].trim()} ${plain},` : `${plain},`,
    };
  }
  return undefined;
}

/** Line and column (from 1) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The first syntax error in a JSON text, or undefined when it is valid JSON. */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const code = printParseErrorCode(first.error);
  const known = thousandsSeparators(text, first.offset);
  return {
    ...lineColumn(text, first.offset),
    ...(known ?? { reason: reasons[code] ?? code, fix: jsonFix, example: jsonExample }),
  };
}

/** A data file that is not valid JSON: the file and position as fields, and a message for the build log. */
export class JsonDataError extends Error {
  readonly file: string;
  readonly problem: JsonSyntaxProblem;
  constructor(file: string, problem: JsonSyntaxProblem) {
    const { line, column, reason, fix, example } = problem;
    super(
      `${file}:${line}:${column} is not valid JSON (${reason}).\n` +
        `  At line ${line}, column ${column}: ${fix}\n` +
        `  Example of a valid line: ${example}`,
    );
    this.name = "JsonDataError";
    this.file = file;
    this.problem = problem;
  }
}

export function parseJsonData(text: string, fileName: string): unknown {
  const problem = jsonSyntaxProblem(text);
  if (problem) throw new JsonDataError(fileName, problem);
  return JSON.parse(text) as unknown;
}
