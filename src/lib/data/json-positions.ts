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
  return { ...lineColumn(text, first.offset), reason: reasons[code] ?? code };
}

/** A data file that is not valid JSON: the file and position as fields, and a message for the build log. */
export class JsonDataError extends Error {
  readonly file: string;
  readonly problem: JsonSyntaxProblem;
  constructor(file: string, problem: JsonSyntaxProblem) {
    const { line, column, reason } = problem;
    super(
      `${file}:${line}:${column} is not valid JSON (${reason}).\n` +
        `  At line ${line}, column ${column}: ${jsonFix}\n` +
        `  Example of a valid line: ${jsonExample}`,
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
