// Checks every internal link, #fragment and <img alt> in the built site (dist/). External links are
// listed, never fetched. `npm run check:links` runs it after a build; tooling/check/check.ts reuses linkProblems().
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { checkLinks } from "./links.ts";
import { formatProblem, type Problem } from "./problems.ts";
import { lineOf, sourceOfPage } from "./locate.ts";
import { SITE } from "../../src/lib/site/site.ts";

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, base) : [relative(base, path).split("\\").join("/")];
  });
}

/** Runs the checker on root/dist and points each problem at the MDX line that holds the link, where it can. */
export function linkProblems(root: string) {
  const dist = join(root, "dist");
  const files = walk(dist).map((path: string) => ({
    path,
    html: path.endsWith(".html") ? readFileSync(join(dist, path), "utf8") : undefined,
  }));
  const report = checkLinks(files, SITE);
  const problems = report.problems.map((p): Problem => {
    const mdx = sourceOfPage(p.page);
    const text = mdx && existsSync(join(root, mdx)) ? readFileSync(join(root, mdx), "utf8") : undefined;
    const needle = p.kind === "missing-alt" ? (/src="([^"]*)"/.exec(p.found)?.[1] ?? p.found) : p.found;
    const line = text ? (lineOf(text, `(${needle}`) ?? lineOf(text, `"${needle}"`)) : undefined;
    return {
      // A link the MDX does not contain comes from a component or layout: name the built page then.
      file: mdx && text && line ? mdx : `dist/${p.page}`,
      line,
      field: p.kind === "missing-alt" ? "image" : "link",
      found: p.found,
      expected: p.message,
      example:
        p.kind === "missing-alt"
          ? undefined
          : "[Funding figures](/funding/) or [Sources](/sources/#source-ilo-donor-profile)",
    };
  });
  return { problems, external: report.external, checked: report.checked, pages: files.filter((f) => f.html).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = process.cwd();
  if (!existsSync(join(root, "dist"))) {
    console.error("No dist/ folder: run `npm run build` first.");
    process.exit(2);
  }
  const { problems, external, checked, pages } = linkProblems(root);
  const unique = [...new Set(external.map((e) => e.href))].sort();
  console.log(`External links (listed, not fetched): ${unique.length}`);
  for (const href of unique) console.log(`  ${href}`);
  console.log(`\nChecked ${checked} internal links and every image on ${pages} pages.`);
  problems.forEach((p, i) => console.log(`\n${formatProblem(p, i + 1)}`));
  console.log(
    problems.length
      ? `\n${problems.length} link problem(s).`
      : "No broken internal links, fragments or missing alt text.",
  );
  process.exit(problems.length ? 1 : 0);
}
