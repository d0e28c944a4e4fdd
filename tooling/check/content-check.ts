/**
 * Checks that run before the build, on the files an editor touches, so each mistake is reported
 * with its file, field, line, the value found and an example. The build runs the same schemas
 * (src/content.config.ts), so nothing here can pass what the build would refuse.
 */
import { z } from "astro/zod";
import { pageSchema } from "../../src/lib/data/schemas/page.ts";
import { datasetList } from "../../src/lib/data/registry.ts";
import { jsonSyntaxProblem } from "../../src/lib/data/json-positions.ts";
import { missingKeys } from "../../src/lib/site/i18n.ts";
import { locales } from "../../src/lib/site/locales.ts";
import { describeFound, fieldName, type Problem } from "./problems.ts";
import { jsonLineOf, pageLocaleOf, valueAt, yamlLineOf } from "./locate.ts";
import { jsonSchemaOf, type JsonSchema } from "../docs/json-schema.ts";

/** The data files and the schema each must follow: the dataset registry, which content.config.ts loads too. */
export const dataFiles = datasetList;

/**
 * The example value the schema gives for a field (its `.meta({ examples })`), walking into lists and objects.
 * For a Japanese page, a field's `.meta({ jaExample })` when it has one: an editor fixing a Japanese title
 * should see a Japanese title.
 */
export function exampleAt(schema: z.ZodType, path: readonly PropertyKey[], locale: "en" | "ja" = "en"): unknown {
  let here: JsonSchema | undefined = jsonSchemaOf(schema);
  for (const key of path) {
    here = typeof key === "number" ? here?.items : here?.properties?.[String(key)];
  }
  return (locale === "ja" ? here?.jaExample : undefined) ?? here?.examples?.[0];
}

function exampleLine(key: PropertyKey | undefined, value: unknown, json: boolean): string | undefined {
  if (value === undefined || typeof key !== "string") return undefined;
  return json ? `"${key}": ${JSON.stringify(value)}` : `${key}: ${String(value)}`;
}

/** Turns zod issues into editor problems with line, found value and an example. */
export function issuesToProblems(
  file: string,
  text: string,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  options: { json: boolean; firstLine?: number },
): Problem[] {
  return issues.map((issue) => {
    const path = issue.path;
    const key = [...path].reverse().find((p) => typeof p === "string");
    const value = valueAt(data, path);
    // A missing field has no line of its own: point at its parent, or, for a top-level field, at the line it
    // goes before (the frontmatter's closing ---, or the JSON file's closing }).
    const at = value === undefined ? path.slice(0, -1) : path;
    const closing = text.replace(/\s+$/, "").split("\n").length + (options.json ? 0 : (options.firstLine ?? 1));
    const line = !at.length
      ? value === undefined && path.length
        ? closing
        : undefined
      : options.json
        ? jsonLineOf(text, at)
        : yamlLineOf(text, at, options.firstLine);
    const where =
      value === undefined && path.length === 1
        ? options.json
          ? ` Add it before the closing } on line ${closing}.`
          : ` Add it on its own line before the closing --- on line ${closing}.`
        : "";
    return {
      file,
      line,
      field: path.length ? fieldName(path) : undefined,
      found: describeFound(value),
      expected: where ? `${issue.message.replace(/([^.!?])$/, "$1.")}${where}` : issue.message,
      example: exampleLine(key, exampleAt(schema, path, options.json ? "en" : pageLocaleOf(file)), options.json),
    };
  });
}

/** Splits an MDX file into its frontmatter text (and the line it starts on) and its body. */
export function splitFrontmatter(text: string): { yaml: string; firstLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text);
  return m ? { yaml: m[1] ?? "", firstLine: 2 } : undefined;
}

/** Validates one page's frontmatter. `parseYaml` is Astro's own YAML parser (js-yaml), passed in by the script. */
export function checkPage(file: string, text: string, parseYaml: (yaml: string) => unknown): Problem[] {
  const fm = splitFrontmatter(text);
  if (!fm) {
    return [
      {
        file,
        line: 1,
        found: JSON.stringify(text.split("\n")[0] ?? ""),
        expected: "A page starts with its frontmatter: a line with ---, the fields, and another line with ---.",
        example:
          pageLocaleOf(file) === "ja"
            ? "---\ntitle: 拠出\ndescription: このページの内容を一、二文で説明します。\nlastReviewed: 2026-11-28\n---"
            : "---\ntitle: Funding\ndescription: One or two sentences about the page.\nlastReviewed: 2026-11-28\n---",
      },
    ];
  }
  let data: unknown;
  try {
    data = parseYaml(fm.yaml) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    return [
      {
        file,
        line: mark?.line === undefined ? undefined : mark.line + fm.firstLine,
        column: mark?.column === undefined ? undefined : mark.column + 1,
        found: (error as Error).message.split("\n")[0],
        expected:
          "The frontmatter is not valid YAML. Each field is on its own line as name: value; list items start with - and are indented by two spaces. Put a value that contains a colon in quotes.",
        example: pageLocaleOf(file) === "ja" ? 'title: "拠出：2018〜2022年"' : 'title: "Funding: 2018–22"',
      },
    ];
  }
  const result = pageSchema.safeParse(data);
  return result.success
    ? []
    : issuesToProblems(file, fm.yaml, data, result.error.issues, pageSchema, { json: false, firstLine: fm.firstLine });
}

/** Validates one data file: JSON syntax (with line and column from jsonc-parser), then its schema. */
export function checkDataFile(file: string, text: string, schema: z.ZodType): Problem[] {
  const syntax = jsonSyntaxProblem(text);
  if (syntax) {
    const { line, column, reason, fix, example } = syntax;
    return [{ file, line, column, found: `text that is not valid JSON: ${reason}`, expected: fix, example }];
  }
  const data = JSON.parse(text) as unknown;
  // The site fills in id itself; editors never write it.
  const result = schema.safeParse({ ...(data as object), id: "from-file-name" });
  return result.success ? [] : issuesToProblems(file, text, data, result.error.issues, schema, { json: true });
}

/**
 * Problems with the set of page files: a name the site would ignore, two files for one address,
 * a page outside a language folder. `files` are paths relative to content/pages/.
 */
export function checkPageFiles(files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const byRoute = new Map<string, string[]>();
  for (const f of files) {
    const file = `content/pages/${f}`;
    const m = /^(.*)\.(mdx|md|markdown|mdown)$/i.exec(f);
    if (!m) continue;
    if (m[2] !== "mdx") {
      problems.push({
        file,
        found: `a .${m[2]} file`,
        expected:
          "Pages must be MDX files ending in .mdx. The site ignores any other file, so this page would not appear.",
        example: `Rename it to content/pages/${f.replace(/\.[^.]+$/, ".mdx")}`,
      });
    }
    const [locale, ...rest] = (m[1] ?? "").split("/");
    if (!(locales as readonly string[]).includes(locale ?? "") || rest.length === 0) {
      problems.push({
        file,
        found: `a page in ${locale && rest.length ? `content/pages/${locale}/` : "content/pages/"}`,
        expected: `Every page lives in a language folder: ${locales.map((l) => `content/pages/${l}/`).join(" or ")}.`,
        example: `content/pages/en/${rest.at(-1) ?? f}`,
      });
      continue;
    }
    // about.mdx and about/index.mdx publish the same address; so do About.mdx and about.mdx on Mac and Windows disks.
    const route = `${locale}/${rest.join("/").replace(/(^|\/)index$/, "")}`.toLowerCase();
    byRoute.set(route, [...(byRoute.get(route) ?? []), file]);
  }
  for (const [route, group] of byRoute) {
    if (group.length < 2) continue;
    // The .mdx file that is not an index is the one the editor most likely meant; name the others.
    const rank = (f: string) => (f.endsWith(".mdx") ? 0 : 2) + (/\/index\.[^/]+$/.test(f) ? 1 : 0);
    const [first, ...others] = [...group].sort((x, y) => rank(x) - rank(y));
    for (const other of others) {
      problems.push({
        file: other,
        found: `the same page address as ${first} (/${route.replace(/^en\/?/, "")}${route === "en" ? "" : "/"})`,
        expected:
          "Each page needs its own file name. Two files would publish the same address, and one would hide the other.",
        example: `Keep one of them, or rename this one, e.g. ${other.replace(/(\/index)?\.[^./]+$/, "-2.mdx")}`,
      });
    }
  }
  return problems;
}

/** Every page needs its twin in every other language, under the same file name. */
export function checkTwins(files: readonly string[]): Problem[] {
  const pages = new Set(files.filter((f) => f.endsWith(".mdx")));
  const problems: Problem[] = [];
  for (const f of [...pages].sort()) {
    const [locale, ...rest] = f.split("/");
    if (!(locales as readonly string[]).includes(locale ?? "") || rest.length === 0) continue;
    for (const other of locales) {
      const twin = `${other}/${rest.join("/")}`;
      if (other === locale || pages.has(twin)) continue;
      problems.push({
        file: `content/pages/${f}`,
        found: `no content/pages/${twin}`,
        expected: `Every page needs its ${other === "ja" ? "Japanese" : "English"} twin with the same file name, so readers can switch language.`,
        example: `Copy content/pages/${f} to content/pages/${twin} and translate it.`,
      });
    }
  }
  return problems;
}

/** UI strings present in one dictionary and missing from the other. */
export function checkDictionaries(en: Record<string, string>, ja: Record<string, string>): Problem[] {
  return missingKeys(en, ja).map(({ file, key }) => {
    const other = file.endsWith("ja.json") ? en : ja;
    return {
      file,
      field: key,
      found: "nothing: the key is missing",
      expected: `Every key in one dictionary must be in the other. The other file has "${key}": ${JSON.stringify(other[key] ?? "")}.`,
      example: `"${key}": "…translation…",`,
    };
  });
}

/** The JSON Schema a data file names in "$schema", for hints in code editors. id is the site's, so it is left out. */
export function dataJsonSchema(schema: z.ZodType): JsonSchema {
  const json = jsonSchemaOf(schema);
  delete json.properties?.id;
  if (json.required) json.required = json.required.filter((r) => r !== "id");
  return json;
}
