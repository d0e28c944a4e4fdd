// The hosts' own local runtimes, started over the built dist/ on loopback ports: Cloudflare's workerd
// (`wrangler pages dev`) and Netlify's (`netlify dev`), beside our nginx (tooling/delivery/nginx.ts).
// Each runs in a fresh temp folder as its working directory, so the state folders they write (.wrangler/,
// .netlify/) and netlify's .gitignore edit never touch the checkout. Nothing is downloaded: the flags below
// turn off each runtime's telemetry and fetches (docs/deploy.md lists them with their reasons).
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export interface Runtime {
  /** Origin on 127.0.0.1, no trailing slash. */
  url: string;
  /** What ran, for test names and the report: the binary, its version, the command line. */
  command: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, "../../..");
const manifest = (pkg: string) =>
  JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as {
    version: string;
    bin: Record<string, string>;
  };
const versionOf = (pkg: string) => manifest(pkg).version;
/** A package's command run by this Node (the project's 24), not by whatever `node` comes first on PATH. */
const bin = (pkg: string, name: string) => join(ROOT, "node_modules", pkg, manifest(pkg).bin[name] ?? "");

/**
 * The compatibility date wrangler needs offline: without one it takes today's, which is newer than the
 * workerd it bundles, and refuses to start. workerd's version carries its release date (1.20261117.1).
 */
export function workerdDate(version = versionOf("workerd")): string {
  const m = /^\d+\.(\d{4})(\d{2})(\d{2})\./.exec(version);
  if (!m) throw new Error(`node_modules/workerd/package.json: version "${version}" has no date (1.YYYYMMDD.n).`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

async function waitUntilUp(url: string, child: ChildProcess, name: string, output: () => string): Promise<void> {
  // Netlify's first start compiles its config: up to a minute on a busy machine.
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    const res = await fetch(url, { redirect: "manual" }).catch(() => undefined);
    if (res) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  kill(child);
  throw new Error(`${name} did not answer on ${url} within 60 s. Its output:\n${output() || "(nothing)"}`);
}

/** Our own child and the processes it started (its process group), never anything else. */
function kill(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

async function start(
  name: string,
  file: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  cwd: string,
): Promise<Runtime> {
  const url = `http://127.0.0.1:${port}`;
  if (
    await fetch(url).then(
      () => true,
      () => false,
    )
  ) {
    rmSync(cwd, { recursive: true, force: true });
    throw new Error(`Port ${port} already answers (another server?). Set HOSTS_PORT_BASE to a free range.`);
  }
  const child = spawn(process.execPath, [file, ...args], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // Their own child processes find the same Node first.
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}`, ...env },
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  await waitUntilUp(`${url}/`, child, name, () => output).catch((error: unknown) => {
    rmSync(cwd, { recursive: true, force: true });
    throw error;
  });
  const exited = new Promise<void>((r) => (child.exitCode === null ? child.once("exit", () => r()) : r()));
  return {
    url,
    command: `${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ")} ${file.replace(`${ROOT}/`, "")} ${args.join(" ")}`.trim(),
    async stop() {
      kill(child);
      await exited;
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** Cloudflare Pages: wrangler's workerd reads dist/_headers with the parser production uses. */
export function startWrangler(port: number, dist = "dist"): Promise<Runtime> {
  const cwd = mkdtempSync(join(tmpdir(), "japan-ilo-wrangler-"));
  return start(
    `wrangler ${versionOf("wrangler")}`,
    bin("wrangler", "wrangler"),
    [
      "pages",
      "dev",
      resolve(dist),
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      // Its default (9229) would collide with any other Node debugger or a second run.
      "--inspector-port",
      String(port + 100),
      `--compatibility-date=${workerdDate()}`,
      "--show-interactive-dev-session=false",
      "--log-level=warn",
    ],
    // Telemetry stalls offline; CF_FETCH off stops it asking workers.cloudflare.com for a Request.cf sample.
    { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    port,
    cwd,
  );
}

/**
 * Netlify: `netlify dev` applies netlify.toml's [[headers]] and [[redirects]] over a static folder. It reads
 * netlify.toml from its working directory, so the temp folder gets a copy with one [dev] line added (the
 * internal static server's port, which would otherwise default to 3999 and collide with a second run).
 */
export function startNetlify(port: number, dist = "dist"): Promise<Runtime> {
  const cwd = mkdtempSync(join(tmpdir(), "japan-ilo-netlify-"));
  const toml = join(cwd, "netlify.toml");
  copyFileSync(join(ROOT, "netlify.toml"), toml);
  appendFileSync(toml, `\n[dev]\n  staticServerPort = ${port + 100}\n`);
  if (!existsSync(resolve(dist, "index.html")))
    throw new Error(`${resolve(dist)}/index.html is missing. Run npm run build.`);
  return start(
    `netlify-cli ${versionOf("netlify-cli")}`,
    bin("netlify-cli", "netlify"),
    [
      "dev",
      "--offline",
      "--dir",
      resolve(dist),
      "--port",
      String(port),
      // Edge functions need Deno, which netlify would download (and crash offline).
      "--internal-disable-edge-functions",
      "--skip-gitignore",
    ],
    // CI: no telemetry, no browser, no prompts. BROWSER=none: it would try to open one.
    { CI: "1", BROWSER: "none", NETLIFY_TELEMETRY_DISABLED: "1" },
    port,
    cwd,
  );
}
