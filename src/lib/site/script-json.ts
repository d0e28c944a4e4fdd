/**
 * JSON for an inline <script> data block (JSON-LD). JSON.stringify leaves "</script>" and "<!--" intact, so a
 * title or description holding them would end the script early and turn the rest into markup. Escaping <, >
 * and & as \u003c, \u003e, \u0026 keeps the JSON identical to a parser and inert to the HTML tokenizer;
 * U+2028/U+2029 are escaped for older JavaScript parsers that choke on them.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
