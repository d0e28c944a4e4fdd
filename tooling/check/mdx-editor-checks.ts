/**
 * A Markdown/MDX plugin (wired in astro.config.mjs) that stops the build on mistakes MDX itself lets through
 * or reports badly: an image without alt text, and a component the site does not have. MDX's own error
 * for the latter ("Expected component `X` to be defined") comes only when the page renders, without a
 * line and without the list of components that exist.
 * Relative imports carry their .ts extension so Node can load this file without a bundler.
 */
import { formatProblem, type Problem } from "./editor-problems.ts";

/** The few mdast/MDX node fields this plugin reads; the full types are not a dependency of the site. */
interface Node {
  type: string;
  name?: string | null;
  alt?: string | null;
  url?: string;
  attributes?: { type: string; name?: string }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

export interface EditorCheckOptions {
  /** Component names MDX pages may use without an import (src/lib/mdx/component-names.ts). */
  components: readonly string[];
}

/** Every problem in one MDX tree. Exported for unit tests. */
export function findProblems(tree: Node, file: string, options: EditorCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const known = [...options.components].sort();
  const visit = (node: Node) => {
    const line = node.position?.start.line;
    if (node.type === "image" && !node.alt?.trim()) {
      problems.push({
        file,
        line,
        field: "image",
        found: `![](${node.url ?? ""}), an image without alt text`,
        expected:
          "Every image needs alt text between the square brackets: what the image shows, for people who cannot see it.",
        example: `![Bar chart of Japan's contributions by year](${node.url ?? "/images/chart.png"})`,
      });
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
      const attrs = new Set((node.attributes ?? []).map((a) => a.name));
      if (node.name === "img" && !attrs.has("alt")) {
        problems.push({
          file,
          line,
          field: "<img>",
          found: "<img> without alt",
          expected: 'Every image needs alt text: what it shows, or alt="" if it is only decoration.',
          example: '<img src="/images/chart.png" alt="Bar chart of contributions by year" />',
        });
      }
      // Upper-case names are components; lower-case ones are HTML tags, which MDX passes through.
      if (/^[A-Z]/.test(node.name) && !known.includes(node.name)) {
        const close = known.find((k) => k.toLowerCase() === node.name?.toLowerCase().replace(/s$/, ""));
        problems.push({
          file,
          line,
          field: `<${node.name}>`,
          found: `<${node.name}>, a component the site does not have`,
          expected: `Use one of the site's components: ${known.map((k) => `<${k}>`).join(", ")}.${close ? ` Did you mean <${close}>?` : ""}`,
          example: "<Note>Text of the note.</Note>",
        });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** Marks the start of the plugin's message in build output, so `npm run check` can read the problems back. */
export const MARKER = "Editor check failed:";

/** The message the build stops with: every problem in the file, each as docs/editing.md shows them. */
export function failureMessage(problems: readonly Problem[]): string {
  return `${MARKER}\n${problems.map((p) => formatProblem(p)).join("\n")}`;
}

/**
 * A Sätteri mdast plugin (Astro 7's Markdown and MDX processor; remark plugins would need the
 * unified processor, which is not installed). Its `after` hook looks at the whole tree once, when the visitors are done.
 */
export function editorChecks(options: EditorCheckOptions) {
  return (context: { fileURL: URL | undefined }) => {
    const cwd = process.cwd().replace(/\/?$/, "/");
    const path = context.fileURL ? decodeURIComponent(context.fileURL.pathname) : "this page";
    const file = path.startsWith(cwd) ? path.slice(cwd.length) : path;
    return {
      name: "editor-checks",
      // Positions are off by default in Sätteri; the messages need line numbers.
      options: { position: true },
      after(node: Node) {
        const problems = findProblems(node, file, options);
        if (problems.length > 0) throw new Error(failureMessage(problems));
      },
    };
  };
}
