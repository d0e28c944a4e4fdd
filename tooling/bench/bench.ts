// `npm run bench`: measures the built site. Not part of `npm test`, because timings are noisy.
// 1. full build time (median of 3 builds); 2. Lighthouse, mobile preset, BENCH_RUNS (5) runs per page, medians;
// 3. a bounded load test of nginx with deploy/nginx.conf (load.ts); 4. build time with 10, 100 and 500
// synthetic pages in a temporary copy. Writes bench/report.{md,json}.
import { execFileSync, spawn } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { distPages } from "../../tests/support/built-site.ts";
import { buildWithPages, timeBuild } from "./build-scaling.ts";
import { CHROME_FLAGS, runOnce, startChrome, type LighthouseRun } from "./lighthouse.ts";
import { linearFit, median } from "./stats.ts";
import { renderMarkdown, CHART_PAGES, type BenchReport } from "./report.ts";
import { writeFloorPage } from "./floor.ts";
import { runLoad } from "./load.ts";

const ROOT = join(import.meta.dirname, "../..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE = (process.env.BENCH_SCALE ?? "10,100,500").split(",").filter(Boolean).map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4345);
// BENCH_PAGES="/funding/,/ja/funding/" measures only those pages (a quicker run after a change to one page).
const ONLY = (process.env.BENCH_PAGES ?? "").split(",").filter(Boolean);
// Builds are timed several times and the fastest kept: on a shared machine, noise only ever adds time.
const REPEATS = Number(process.env.BENCH_BUILD_REPEATS ?? 2);
const loadBefore = loadavg();
const started = Date.now();
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

log("Full build, 3 times…");
const builds = [timeBuild(ROOT), timeBuild(ROOT), timeBuild(ROOT)].sort((a, b) => a - b);
log(`build seconds: ${builds.map((s) => s.toFixed(2)).join(", ")}`);

/** The production server (npm run serve, nginx) when the project has one, otherwise astro preview. */
async function startServer() {
  const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts ?? {};
  const useServe = typeof scripts.serve === "string";
  const [cmd, args]: [string, string[]] = useServe
    ? ["npm", ["run", "serve", "--", "--port", String(PORT)]]
    : ["npx", ["astro", "preview", "--port", String(PORT), "--host", "127.0.0.1"]];
  const child = spawn(cmd, args, {
    cwd: ROOT,
    stdio: "ignore",
    detached: true,
    env: { ...process.env, PORT: String(PORT), ASTRO_TELEMETRY_DISABLED: "1" },
  });
  const origin = `http://127.0.0.1:${PORT}`;
  let up = false;
  for (let i = 0; i < 150 && !up; i++) {
    try {
      up = (await fetch(`${origin}/`)).ok;
    } catch {
      await sleep(200); // not up yet
    }
  }
  if (!up) {
    process.kill(-(child.pid ?? 0));
    throw new Error(`${cmd} ${args.join(" ")} did not answer on ${origin} within 30 s. Is port ${PORT} free?`);
  }
  // Kill the whole process group: npm/npx start the real server as a child.
  return { origin, name: useServe ? "npm run serve" : "astro preview", stop: () => process.kill(-(child.pid ?? 0)) };
}

const server = await startServer();
const chrome = await startChrome();
const pages: { path: string }[] = distPages().filter((p) => ONLY.length === 0 || ONLY.includes(p.path));
if (pages.length === 0)
  throw new Error(`BENCH_PAGES=${ONLY.join(",")} names no built page. Use paths such as /funding/.`);
// The floor (floor.ts) is measured whenever a chart page is, in the same rounds.
const floor = pages.some((p) => CHART_PAGES.includes(p.path)) ? writeFloorPage(join(ROOT, "dist")) : null;
if (floor) pages.push({ path: floor.path });
const lighthouse: BenchReport["lighthouse"] = [];
try {
  // Round by round, each page once per round: a slower minute on a shared machine then weighs on every page
  // alike, which a side-by-side comparison with the floor needs.
  const runsOf = new Map<string, LighthouseRun[]>(pages.map((p) => [p.path, []]));
  // One round first that is not counted: the first load of each page after the server starts pays for cold
  // file and compile caches (it was the slowest run of every page, up to 1 s of TBT on the floor).
  for (const page of pages) await runOnce(server.origin + page.path, chrome.port);
  log("warm-up round done (not counted)");
  for (let i = 0; i < RUNS; i++) {
    for (const page of pages) runsOf.get(page.path)?.push(await runOnce(server.origin + page.path, chrome.port));
    log(`round ${i + 1} of ${RUNS} done`);
  }
  for (const page of pages) {
    const runs = runsOf.get(page.path) ?? [];
    const pick = (k: keyof LighthouseRun) => median(runs.map((r) => r[k]));
    const row = {
      path: page.path,
      runs: runs.length,
      errors: [...new Set(runs.map((r) => r.error).filter((e): e is string => Boolean(e)))],
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
      lcpMs: pick("lcpMs"),
      tbtMs: pick("tbtMs"),
      cls: pick("cls"),
      transferBytes: pick("transferBytes"),
      failedAudits: [...new Set(runs.flatMap((r) => r.failedAudits))],
      lcpRuns: runs.map((r) => r.lcpMs),
      tbtRuns: runs.map((r) => r.tbtMs),
    };
    lighthouse.push(row);
    log(`${page.path}: perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} seo ${row.seo}`);
  }
} finally {
  floor?.remove();
  chrome.stop();
  server.stop();
}
const lighthouseSeconds = (Date.now() - started) / 1000;

const load = { date: new Date().toISOString(), ...(await runLoad(log)) };

log(`Build scaling with ${[0, ...SCALE].join(", ")} synthetic pages…`);
const scaling = [0, ...SCALE].map(
  (pages): { pages: number; seconds: number | null; tries: number[]; error?: string } => {
    try {
      const tries = Array.from({ length: REPEATS }, () => buildWithPages(ROOT, pages));
      const seconds = Math.min(...tries);
      log(`${pages} extra pages: ${seconds.toFixed(2)} s`);
      return { pages, seconds, tries };
    } catch (error) {
      // One failed build must not throw away the Lighthouse runs: report it and go on.
      log(String(error));
      return { pages, seconds: null, tries: [], error: String(error).slice(0, 500) };
    }
  },
);
const base = scaling[0]?.seconds ?? null;
const scalingRows = scaling.map((s) => ({
  ...s,
  secondsPerPage: s.pages && s.seconds !== null && base !== null ? (s.seconds - base) / s.pages : null,
}));

const report: BenchReport = {
  date: new Date().toISOString(),
  machine: {
    nproc: Number(execFileSync("nproc").toString().trim()),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu: cpus()[0]?.model ?? "unknown",
    node: process.version,
    chromium: execFileSync(process.env.CHROME_PATH ?? "/usr/bin/chromium", ["--version"], {
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim(),
    // Other work on the machine slows builds and Lighthouse's simulated CPU; the load average says how much.
    loadAverage: { before: loadBefore.map((l) => +l.toFixed(2)), after: loadavg().map((l) => +l.toFixed(2)) },
  },
  settings: {
    runsPerPage: RUNS,
    preset: "mobile (Lighthouse default)",
    chromeFlags: CHROME_FLAGS,
    server: server.name,
  },
  build: { seconds: builds, minSeconds: builds[0], medianSeconds: median(builds) },
  lighthouse,
  scaling: {
    repeats: REPEATS,
    rows: scalingRows,
    fit: linearFit(scaling.flatMap((s) => (s.seconds === null ? [] : [{ pages: s.pages, seconds: s.seconds }]))),
  },
  durationSeconds: { lighthouseAndBuilds: lighthouseSeconds, total: (Date.now() - started) / 1000 },
  load,
};
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(join(ROOT, "bench/report.json"), JSON.stringify(report, null, 2) + "\n");
writeFileSync(join(ROOT, "bench/report.md"), renderMarkdown(report));
log("Wrote bench/report.md and bench/report.json");
