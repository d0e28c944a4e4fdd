/**
 * npm run data:ceb -- <revenue_government_donors.csv> [--dry-run]
 *
 * Puts the years of the CEB's government-donor file into content/data/funding-contributors.json (every
 * other year kept), prints what changed, and writes nothing when the input is wrong or with --dry-run.
 * The file is written to a temporary file and renamed over the old one, so a failure never leaves half a file.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { datasets } from "../../src/lib/data/registry.ts";
import {
  CebImportError,
  fileText,
  formatProblem,
  mergeYears,
  readCebCsv,
  schemaProblems,
  summary,
  yearChanges,
  type ContributorsFile,
} from "./ceb-import.ts";

const usage = "Usage: npm run data:ceb -- <revenue_government_donors.csv> [--dry-run] [--as-of YYYY-MM-DD]";

function fail(lines: string[], code = 1): never {
  for (const l of lines) console.error(l);
  process.exit(code);
}

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const asOfAt = args.indexOf("--as-of");
const asOf = asOfAt >= 0 ? args[asOfAt + 1] : new Date().toISOString().slice(0, 10);
const files = args.filter((a, i) => !a.startsWith("--") && (asOfAt < 0 || i !== asOfAt + 1));
const unknown = args.filter((a) => a.startsWith("--") && a !== "--dry-run" && a !== "--as-of");
if (files.length !== 1 || unknown.length > 0 || !asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
  fail([usage, unknown.length > 0 ? `Unknown option: ${unknown.join(" ")}` : ""].filter(Boolean), 2);

const csvPath = files[0] as string;
const target = datasets.fundingContributors.file;
const csvName = basename(csvPath);

let text: string;
try {
  text = readFileSync(csvPath, "utf8");
} catch {
  fail([`${csvPath}: cannot read this file. Check the path (it is relative to the project folder).`, usage]);
}

const current = JSON.parse(readFileSync(target, "utf8")) as ContributorsFile;

let read;
try {
  read = readCebCsv(text);
} catch (e) {
  if (!(e instanceof CebImportError)) throw e;
  const shown = e.problems.slice(0, 20);
  fail(
    [
      ...shown.map((p) => formatProblem(csvName, p)),
      e.problems.length > shown.length ? `… and ${e.problems.length - shown.length} more problems.` : "",
      `Nothing was written: ${target} is as it was.`,
    ].filter(Boolean),
  );
}

const changed = yearChanges(current, read.years).some((c) => c.kind !== "unchanged");
const next = mergeYears(current, read.years, changed ? asOf : current.asOf);
const problems = schemaProblems(next);
if (problems.length > 0)
  fail([
    `The figures from ${csvName} would make ${target} invalid:`,
    ...problems.map((p) => `  ${p}`),
    `Nothing was written: ${target} is as it was.`,
  ]);

console.log(`CEB import: ${csvName} → ${target}\n`);
console.log(summary(current, next, read));
console.log("");
if (dryRun) console.log("Dry run: nothing was written.");
else if (!changed) console.log(`No change: ${target} is already up to date; nothing was written.`);
else {
  const json = await fileText(next, resolve(target));
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, json);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  console.log(`Wrote ${target} (asOf ${asOf}). Next: npm run check, then look at /funding/ with npm run dev.`);
}
