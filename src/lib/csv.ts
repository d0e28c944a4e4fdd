/**
 * The site's CSV writer, for every download: a UTF-8 byte-order mark (Excel reads Japanese as Shift-JIS without
 * it), the header on line 1, CRLF line ends (RFC 4180), and cells a spreadsheet cannot run as a formula.
 * Knows nothing of any dataset: src/lib/funding/downloads.ts gives it rows.
 */
export const UTF8_BOM = "\uFEFF";

export type Cell = string | number;

/**
 * One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start: OWASP's "CSV injection" list) gets a leading apostrophe, which spreadsheets show as plain text.
 * Numbers are written as they are, so -5 stays a number.
 */
export function csvCell(value: Cell): string {
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV file: byte-order mark, header on line 1, then the rows; CRLF line ends (RFC 4180). */
export function csvFile(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const width = header.length;
  for (const [i, row] of rows.entries()) {
    if (row.length !== width)
      throw new Error(
        `csvFile: row ${i + 1} has ${row.length} cells, the header ${width}. Give every row each column.`,
      );
  }
  return UTF8_BOM + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
