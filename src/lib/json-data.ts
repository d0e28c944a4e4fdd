/**
 * Parses a data file's text and gives editors a message they can act on.
 * Astro's file() loader logs and skips a file it cannot parse, which would leave the
 * funding pages without figures; we throw instead, so the build stops and says where.
 */
export function parseJsonData(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = locate(text, reason);
    throw new Error(
      `${fileName}${where ? `:${where.line}:${where.column}` : ""} is not valid JSON (${reason}).\n` +
        `  Look ${where ? `at line ${where.line}, column ${where.column}` : "through the file"} for a missing comma, ` +
        `an extra comma before } or ], or text without "quotes".\n` +
        `  Example of a valid line: "assessed": 177.8,`,
      { cause: error },
    );
  }
}

/** V8 reports either "(line L column C)" or only "at position N"; turn both into a line and column. */
export function locate(text: string, reason: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(reason);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(reason);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const lines = before.split("\n");
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  if (/end of JSON input/i.test(reason)) {
    const lines = text.split("\n");
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  return undefined;
}
