/**
 * Turns a zod schema (through its JSON Schema) into Sveltia CMS fields, so the editor's forms ask for what
 * the build accepts: a list where the schema has an array, a choice where it has an enum, a whole number
 * where it wants an integer, and each field's `.describe()` text as the hint under it.
 * Runs inside Vite (the /admin/ routes and Vitest), which resolves the props files' extensionless imports.
 */
import type { JsonSchema } from "../docs/json-schema.ts";

/** A Sveltia CMS field (https://sveltiacms.app/en/docs/fields), as plain JSON. */
export type CmsField = Record<string, unknown> & { name: string; widget: string };

/** "lastReviewed" → "Last reviewed"; "voluntaryUnearmarked" → "Voluntary unearmarked". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const LANGUAGE_LABELS: Record<string, string> = { en: "English", ja: "日本語 (Japanese)" };

/** {"en": …, "ja": …}: a text in both languages, which the forms show side by side as two fields. */
function isBilingual(s: JsonSchema): boolean {
  const keys = Object.keys(s.properties ?? {});
  return keys.length === 2 && keys.includes("en") && keys.includes("ja");
}

/** One schema without its `null` alternative (`ratified: "1932-11-21" | null`). */
function nonNull(s: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const options = s.anyOf?.filter((o) => o.type !== "null");
  if (s.anyOf && options?.length === 1 && options[0]) return { schema: options[0], nullable: true };
  return { schema: s, nullable: false };
}

function hintOf(s: JsonSchema): Record<string, unknown> {
  const example = s.examples?.[0];
  const parts = [
    s.description,
    example !== undefined && typeof example !== "object" ? `Example: ${String(example)}` : "",
  ];
  // Sveltia reads hints as Markdown and drops HTML: show tags such as <Cite id="…" /> as code.
  const hint = parts
    .filter(Boolean)
    .join(" ")
    .replace(/<[^>]+>/g, (tag) => `\`${tag}\``);
  return hint ? { hint } : {};
}

/**
 * The field for one property. `required` is the schema's; a property with a default is optional for the
 * editor (the build fills it in).
 */
export function fieldOf(name: string, raw: JsonSchema, required: boolean): CmsField {
  const { schema: s, nullable } = nonNull(raw);
  const base = {
    name,
    label: LANGUAGE_LABELS[name] ?? labelOf(name),
    ...(required && !nullable && raw.default === undefined ? {} : { required: false }),
    ...hintOf(raw.description ? raw : s),
  };
  if (s.const !== undefined) return { name, widget: "hidden", default: s.const };
  if (s.enum) {
    return {
      ...base,
      widget: "select",
      options: s.enum.map(String),
      ...(s.default !== undefined ? { default: s.default } : {}),
    };
  }
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  if (type === "boolean") {
    // A switch is always on or off, so Sveltia writes `false` into every file that leaves the field out. A
    // boolean with a default (listsAllSources) is a choice that can stay empty instead: left out, as now.
    if (raw.default === undefined) return { ...base, widget: "boolean" };
    const options = [true, false].map((value) => ({
      label: `${value ? "Yes" : "No"}${value === raw.default ? " (the default)" : ""}`,
      value,
    }));
    return { ...base, widget: "select", options };
  }
  if (type === "integer" || type === "number") {
    return {
      ...base,
      widget: "number",
      value_type: type === "integer" ? "int" : "float",
      ...(s.minimum !== undefined ? { min: s.minimum } : {}),
      ...(s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? { max: s.maximum } : {}),
      ...(type === "number" ? { step: 0.1 } : {}),
    };
  }
  if (type === "array" && s.items) {
    const item = s.items;
    if (item.properties) {
      const fields = fieldsOf(item);
      // Items start collapsed to their summary (22 glossary terms, 50 Conventions); a new item opens.
      return { ...base, widget: "list", collapsed: true, ...summaryOf(fields), fields };
    }
    // A list of plain values (a page's source ids): one text box a line.
    return { ...base, widget: "list", field: fieldOf(name.replace(/s$/, ""), item, true) };
  }
  if (type === "object" && s.properties) {
    const fields = fieldsOf(s);
    return { ...base, widget: "object", ...(isBilingual(s) ? {} : { collapsed: "auto" }), fields };
  }
  const long = s.description?.includes("paragraph") || ["text", "definition", "note", "description"].includes(name);
  return {
    ...base,
    widget: long ? "text" : "string",
    ...(s.pattern ? { pattern: [s.pattern, `Write it as the schema asks: ${s.description ?? s.pattern}`] } : {}),
  };
}

/** Every property of an object schema, in the schema's order; `$schema` and the content id are not the editor's. */
export function fieldsOf(s: JsonSchema, skip: readonly string[] = ["$schema"]): CmsField[] {
  return Object.entries(s.properties ?? {})
    .filter(([name]) => !skip.includes(name))
    .map(([name, p]) => fieldOf(name, p, s.required?.includes(name) ?? false));
}

/** A list's collapsed rows read "id — English title" rather than "Item 1". */
function summaryOf(fields: readonly CmsField[]): Record<string, string> {
  const key = fields.find((f) => ["id", "code", "date", "name"].includes(f.name))?.name;
  const text = fields.find((f) => f.widget === "object" && ["term", "title"].includes(f.name))?.name;
  const parts = [key && `{{fields.${key}}}`, text && `{{fields.${text}.en}}`].filter(Boolean);
  return parts.length ? { summary: parts.join(" — ") } : {};
}
