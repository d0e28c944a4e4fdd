import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import yaml from "js-yaml";

export const root = join(import.meta.dirname, "..", "..");

/** Every MDX page in content/pages, with its frontmatter parsed as Astro parses it (YAML). */
export function contentPages(): { file: string; id: string; frontmatter: unknown; body: string }[] {
  const dir = join(root, "content", "pages");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${f} has no frontmatter`);
      return {
        file: relative(root, join(dir, f)),
        id: f.replace(/\.mdx$/, ""),
        frontmatter: yaml.load(match[1] ?? ""),
        body: match[2] ?? "",
      };
    });
}
