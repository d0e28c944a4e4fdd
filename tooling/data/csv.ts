/**
 * A small RFC 4180 reader: the CEB's files are plain CSV, but some start with a byte-order mark, some end
 * their lines with CRLF, and names such as "Iran, Islamic Republic of" come in quotes. Each record keeps the
 * line it starts on, so an error can send the editor to the right line of the file.
 */

export interface CsvRecord {
  /** The line of the file the record starts on, counted from 1 (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = "CsvSyntaxError";
    this.line = line;
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line (or the newline at the end of the file) is not a record.
    if (fields.length > 1 || fields[0] !== "") records.push({ line: start, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== "")
        throw new CsvSyntaxError(line, `a quote in the middle of a value; a value with quotes must start with one`);
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, "a quoted value is never closed with a quote");
  endRecord();
  return records;
}

/** One value for a CSV file: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
