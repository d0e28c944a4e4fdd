/**
 * The catalogue of editor mistakes (tests/fixtures/editing/*.json). Each case is applied to a temporary
 * copy of the project and `npm run check` runs on it (as tooling/check/check.ts, without astro check, which
 * no content mistake can trip). Cases whose mistake the pre-build checks catch also skip the build.
 *
 * The copy runs the live code (src/, tooling/, public/) on a frozen site: its content/ comes from
 * tests/fixtures/editing/site/content/, so editing the real pages and data never breaks a case's find/replace
 * or moves the line a case expects. Refresh the snapshot only when the schemas change under it (the two
 * "following the guide" tests fail first then): copy content/ over it and re-check the cases' finds.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkNodeModules } from "../support/link-modules";
import { SITE } from "../../src/lib/site/site.ts";
import { toCebCsv } from "../../tooling/data/ceb-import.ts";

interface Edit {
  file: string;
  find?: string;
  replace?: string;
  append?: string;
  copyFrom?: string;
  delete?: boolean;
  deleteKey?: string;
}
interface Case {
  description: string;
  stage: "pre" | "build";
  edits: Edit[];
  expect: { exitCode: number; parts: string[] };
}

const project = process.cwd();
const fixtures = join(project, "tests/fixtures/editing");
const frozenSite = join(fixtures, "site");
const cases = readdirSync(fixtures)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ""), ...(JSON.parse(readFileSync(join(fixtures, f), "utf8")) as Case) }));
const work = mkdtempSync(join(tmpdir(), "editing-catalogue-"));

/** What an editor's checkout holds: the live code and, by default, the frozen content; node_modules shared. */
function copyProject(to: string, from = project, content = frozenSite) {
  for (const entry of ["src", "public", "tooling", "astro.config.mjs", "tsconfig.json", "package.json"]) {
    cpSync(join(from, entry), join(to, entry), { recursive: true });
  }
  cpSync(join(content, "content"), join(to, "content"), { recursive: true });
  linkNodeModules(project, to);
}

function apply(root: string, edit: Edit) {
  const path = join(root, edit.file);
  if (edit.delete) return unlinkSync(path);
  if (edit.copyFrom) {
    mkdirSync(dirname(path), { recursive: true });
    return cpSync(join(root, edit.copyFrom), path);
  }
  const text = readFileSync(path, "utf8");
  if (edit.deleteKey) {
    const data = JSON.parse(text) as Record<string, string>;
    expect(data, `${edit.file} has no key ${edit.deleteKey}`).toHaveProperty([edit.deleteKey]);
    const kept = Object.fromEntries(Object.entries(data).filter(([key]) => key !== edit.deleteKey));
    return writeFileSync(path, JSON.stringify(kept, null, 2));
  }
  if (edit.append) return writeFileSync(path, text + edit.append);
  // A patch that no longer applies would make the case pass for the wrong reason, so it fails loudly.
  expect(text, `${edit.file} no longer contains ${JSON.stringify(edit.find)}; update the fixture`).toContain(edit.find);
  writeFileSync(path, text.replace(edit.find ?? "", edit.replace ?? ""));
}

function check(root: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      join(project, "node_modules/.bin/node"),
      ["tooling/check/check.ts", ...args],
      { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

const base = join(work, "base");
/** Cases that ran their check. A catalogue that ran none proved nothing, and once passed that way. */
let casesRun = 0;
beforeAll(() => copyProject(base));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("catalogue of editor mistakes", () => {
  it("has at least 15 cases", () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.concurrent.each(cases)("$name: $description", async (c) => {
    const root = join(work, c.name);
    copyProject(root, base, base);
    for (const edit of c.edits) apply(root, edit);
    casesRun += 1;
    const { code, out } = await check(root, c.stage === "pre" ? ["--no-types", "--no-build"] : ["--no-types"]);
    expect(code, out).toBe(c.expect.exitCode);
    for (const part of c.expect.parts) {
      if (part.startsWith("re:")) expect(out).toMatch(new RegExp(part.slice(3)));
      else expect(out).toContain(part);
    }
    expect(out).not.toContain("All checks passed");
  });

  // Vitest runs a test that follows concurrent ones after all of them have finished.
  it("ran every case", () => {
    expect(casesRun, "the catalogue ran no case").toBeGreaterThan(0);
    expect(casesRun).toBe(cases.length);
  });

  it("a year added by following the guide (2025) passes the check and reaches the chart, the tables and the sentences", async () => {
    const root = join(work, "new-year");
    copyProject(root, base, base);
    // docs/editing.md, "Add a year of UN CEB figures": npm run data:ceb on the CEB's file, then the source's
    // accessed date.
    // The test's file holds 2024's rows as 2025 with Japan's voluntary earmarked revenue doubled, so its rank
    // can move: test figures, never the CEB's.
    const contributorsFile = join(root, "content/data/funding-contributors.json");
    const contributors = JSON.parse(readFileSync(contributorsFile, "utf8")) as {
      years: { year: number; governments: { name: string; voluntaryEarmarked?: number }[] }[];
    };
    const last = contributors.years.at(-1);
    if (!last) throw new Error("funding-contributors.json has no years");
    const next = structuredClone(last);
    next.year = last.year + 1;
    const japan = next.governments.find((g) => g.name === "Japan");
    if (!japan?.voluntaryEarmarked) throw new Error("no Japan row with voluntary earmarked revenue");
    japan.voluntaryEarmarked *= 2;
    const csv = join(root, "revenue_government_donors.csv");
    writeFileSync(csv, toCebCsv({ years: [next] }, { bom: true }));
    const imported = await new Promise<{ code: number; out: string }>((done) =>
      execFile(process.execPath, ["tooling/data/data-ceb.ts", csv], { cwd: root }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
      ),
    );
    expect(imported.code, imported.out).toBe(0);
    expect(imported.out).toContain(`Years added: ${next.year}.`);
    // "Update accessed": the date lives once, in the source registry, and every page citing the source shows it.
    const sourcesFile = join(root, "content/data/sources.json");
    const registry = JSON.parse(readFileSync(sourcesFile, "utf8")) as { sources: { id: string; accessed?: string }[] };
    const ceb = registry.sources.find((s) => s.id === "un-ceb-revenue");
    if (!ceb) throw new Error("content/data/sources.json has no un-ceb-revenue");
    ceb.accessed = "2027-01-15";
    writeFileSync(sourcesFile, JSON.stringify(registry, null, 2));

    const { code, out } = await check(root, ["--no-types"]);
    expect(code, out).toBe(0);
    const funding = readFileSync(join(root, "dist/funding/index.html"), "utf8");
    expect(funding).toContain(`<option value="${next.year}" selected`);
    expect(funding).toMatch(new RegExp(`<th scope="row"[^>]*>${next.year}`));
    expect(funding).toMatch(new RegExp(`in ${next.year} as in 2018`));
    expect(funding).toContain("(accessed 15 January 2027)");
    expect(readFileSync(join(root, "dist/ja/funding/index.html"), "utf8")).toContain("2027年1月15日閲覧");
    const payload = JSON.parse(readFileSync(join(root, "dist/data/chart-en.json"), "utf8")) as {
      donorYears: { year: number }[];
    };
    expect(payload.donorYears.at(-1)?.year).toBe(next.year);
    expect(readFileSync(join(root, "dist/index.html"), "utf8")).toMatch(new RegExp(`\\d(st|nd|rd|th) in ${next.year}`));
  });

  it("a page added by following the guide passes the check and appears in the menu and the sitemap", async () => {
    const root = join(work, "new-page");
    copyProject(root, base, base);
    // docs/editing.md, "Add a page": copy a page, change its frontmatter, give it a navOrder, add its twin.
    for (const locale of ["en", "ja"]) {
      const text = readFileSync(join(root, `content/pages/${locale}/membership.mdx`), "utf8")
        .replace(/^title: .*$/m, "title: Training Centre")
        .replace(/^navLabel: .*\n/m, "")
        .replace(/^navOrder: .*$/m, "navOrder: 9");
      writeFileSync(join(root, `content/pages/${locale}/training-centre.mdx`), text);
    }
    const { code, out } = await check(root, ["--no-types"]);
    expect(code, out).toBe(0);
    expect(out).toContain("All checks passed");
    const home = readFileSync(join(root, "dist/index.html"), "utf8");
    expect(home).toMatch(/<a href="\/training-centre\/"[^>]*>\s*Training Centre\s*<\/a>/);
    const sitemap = readFileSync(join(root, "dist/sitemap-0.xml"), "utf8");
    expect(sitemap).toContain(`${SITE}/training-centre/`);
    expect(sitemap).toContain(`${SITE}/ja/training-centre/`);
  });
});
