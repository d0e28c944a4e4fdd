// Runs Lighthouse (mobile preset, the default) against one Debian Chromium that the bench starts itself,
// so no extra package is needed to launch it. The flags are the project's: root needs --no-sandbox, and the
// closed network needs Chromium not to call home.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import lighthouse from "lighthouse";

export const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** One Lighthouse run's scores (0–100) and metrics; null where Lighthouse gave none. */
export interface LighthouseRun {
  error: string | null;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  transferBytes: number | null;
  failedAudits: string[];
}

export async function startChrome(): Promise<{ port: number; stop(): void }> {
  const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const profile = mkdtempSync(join(tmpdir(), "bench-chrome-"));
  const child = spawn(
    chromePath,
    [...CHROME_FLAGS, "--no-first-run", `--user-data-dir=${profile}`, "--remote-debugging-port=0", "about:blank"],
    { stdio: "ignore" },
  );
  // Chromium writes the port it picked to DevToolsActivePort in its profile.
  const portFile = join(profile, "DevToolsActivePort");
  for (let i = 0; i < 100 && !existsSync(portFile); i++) await sleep(100);
  if (!existsSync(portFile))
    throw new Error(`${chromePath} did not start (no DevToolsActivePort). Is Chromium installed?`);
  await sleep(200);
  const port = Number(readFileSync(portFile, "utf8").split("\n")[0]);
  return {
    port,
    stop() {
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run: the four category scores (0–100) and the metrics the issue names. */
export async function runOnce(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    error: lhr.runtimeError?.message ?? null,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: num("largest-contentful-paint"),
    tbtMs: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    transferBytes: num("total-byte-weight"),
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id),
  };
}
