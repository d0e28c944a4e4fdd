// `npm run check`: every check an editor needs before publishing, with one short summary.
// Stages: page files and twins, UI dictionaries, frontmatter and data schemas (with line numbers),
// types (astro check), the build (MDX syntax, components, citations), then links and images in dist/.
// Flags: --no-types skips astro check; --no-build stops before the build (the test catalogue uses both for speed).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import yaml from "js-yaml";
import { formatReport, type Problem, type StageResult } from "./problems.ts";
import { parseBuildOutput } from "./build-output.ts";
import { linkProblems } from "./check-links.ts";
import * as check from "./content-check.ts";

const root = process.cwd();
const args = new Set(process.argv.slice(2));
const read = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), "utf8") : undefined);
const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [relative(join(root, "content/pages"), join(dir, e.name))],
      )
    : [];

const stages: StageResult[] = [];
const stage = (name: string, problems: Problem[], note?: string) => {
  stages.push({ name, status: problems.length ? "failed" : "ok", problems, note });
  return problems.length === 0;
};
const skip = (name: string, note: string) => stages.push({ name, status: "skipped", problems: [], note });

const pageFiles = walk(join(root, "content/pages")).map((f) => f.split("\\").join("/"));
const mdx = pageFiles.filter((f) => f.endsWith(".mdx"));
const filesOk = stage("Page files", check.checkPageFiles(pageFiles), `${mdx.length} pages`);
stage("English and Japanese twins", check.checkTwins(pageFiles));
const dict = (l: string) => JSON.parse(read(`src/i18n/${l}.json`) ?? "{}");
stage("Interface text (src/i18n/en.json and ja.json)", check.checkDictionaries(dict("en"), dict("ja")));
const frontmatterOk = stage(
  "Page frontmatter",
  mdx.flatMap((f) => check.checkPage(`content/pages/${f}`, read(`content/pages/${f}`) ?? "", (t) => yaml.load(t))),
);
const dataProblems = check.dataFiles.flatMap((d) =>
  read(d.file) === undefined
    ? [{ file: d.file, expected: "This data file is missing. Restore it from the repository." }]
    : check.checkDataFile(d.file, read(d.file) ?? "", d.schema),
);
const dataOk = stage("Data files", dataProblems, `${check.dataFiles.length} files`);

const run = (cmd: string[]) =>
  spawnSync("npx", cmd, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });

const contentOk = filesOk && frontmatterOk && dataOk;
if (args.has("--no-types")) skip("Types (astro check)", "not run (--no-types)");
// astro check loads the content too, so it would only repeat a content problem in a longer form.
else if (!contentOk) skip("Types (astro check)", "fix the problems above first");
else {
  const r = run(["astro", "check"]);
  const out = `${r.stdout}\n${r.stderr}`;
  // astro check prints "path:line:col - error ts(code): message" for each error.
  const problems: Problem[] = [...out.matchAll(/^(\S+?):(\d+):(\d+) - error [^:]*: (.+)$/gm)].map((m) => ({
    file: m[1] ?? "",
    line: Number(m[2]),
    column: Number(m[3]),
    expected: m[4] ?? "",
  }));
  if (r.status !== 0 && problems.length === 0) problems.push({ file: "astro check", expected: out.trim().slice(-800) });
  stage("Types (astro check)", problems);
}

let built = false;
if (args.has("--no-build")) skip("Build (pages, components, citations)", "not run (--no-build)");
else if (!filesOk || !frontmatterOk || !dataOk)
  skip("Build (pages, components, citations)", "fix the problems above first");
else {
  const r = run(["astro", "build"]);
  built = r.status === 0;
  stage("Build (pages, components, citations)", built ? [] : parseBuildOutput(`${r.stdout}\n${r.stderr}`, root, read));
}

if (built) {
  const links = linkProblems(root);
  const external = new Set(links.external.map((e) => e.href)).size;
  stage(
    "Links and images",
    links.problems,
    `${links.checked} internal links on ${links.pages} pages; ${external} external links listed by npm run check:links, not fetched`,
  );
} else skip("Links and images", "needs a successful build");

console.log(formatReport(stages));
process.exit(stages.some((s) => s.status === "failed") ? 1 : 0);
