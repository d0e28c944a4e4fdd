// Serves dist/ with Debian's nginx and the generated deploy/nginx.conf, as a child process of this one.
// pid and temp files live in a fresh, empty temp folder (nginx -p; nginx makes its temp folders itself);
// the error log goes to stderr and the (IP-free) access log to stdout. Nothing touches a system service. Used by `npm run serve` and by Playwright's globalSetup.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const NGINX_BIN = "/usr/sbin/nginx";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

export interface RunningNginx {
  url: string;
  pid: number;
  prefix: string;
  stop(): Promise<void>;
}

/** deploy/nginx.conf with only `listen` and `root` changed, so tests exercise the shipped file. */
export function localConf(conf: string, port: number, root: string, asRoot = process.getuid?.() === 0): string {
  let listens = 0;
  let roots = 0;
  const out = conf
    // Started by root, nginx's workers drop to "nobody", who cannot read a checkout inside a private
    // folder (mktemp -d makes them 0700). This nginx only serves tests on loopback, so its workers stay root.
    .replace(/^worker_processes auto;$/m, (line) => (asRoot ? `user root;\n${line}` : line))
    .replace(/^(\s*)listen 8080;$/m, (_, sp: string) => (listens++, `${sp}listen 127.0.0.1:${port};`))
    .replace(/^(\s*)root \/srv\/japan-ilo\/dist;$/m, (_, sp: string) => (roots++, `${sp}root ${root};`));
  if (listens !== 1 || roots !== 1) {
    throw new Error(
      "deploy/nginx.conf lost its `listen 8080;` or `root /srv/japan-ilo/dist;` line. Run `npm run gen:headers`.",
    );
  }
  return out;
}

async function waitForPort(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  let status = 0;
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    // Only our nginx counts: another server already on the port would answer too.
    const res = await fetch(url).catch(() => undefined);
    if (res?.headers.get("server") === "nginx") {
      status = res.status;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (status === 200) return;
  const err = errors() || "(nothing on stderr)";
  child.kill("SIGTERM");
  throw new Error(
    status
      ? `nginx answers ${url} with ${status}: it cannot read the build (check the folder's permissions).\n${err}`
      : `nginx did not answer on ${url}. Its error log says:\n${err}`,
  );
}

/** showAccessLog: print nginx's access log (stdout), as `npm run serve` does; tests keep it quiet. */
export async function startNginx(port: number, dist = "dist", showAccessLog = false): Promise<RunningNginx> {
  const root = resolve(dist);
  if (!existsSync(join(root, "index.html")))
    throw new Error(`${root}/index.html is missing. Run \`npm run build\` first.`);
  if (!existsSync(BROTLI_MODULE)) {
    throw new Error(
      `deploy/nginx.conf loads ${BROTLI_MODULE}. Install it: apt-get install -y libnginx-mod-http-brotli-static`,
    );
  }
  const url = `http://127.0.0.1:${port}`;
  const busy = await fetch(`${url}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${port} already answers (another server?). Stop it, or set PORT to a free port.`);
  const prefix = mkdtempSync(join(tmpdir(), "japan-ilo-nginx-"));
  const confPath = join(prefix, "nginx.conf");
  writeFileSync(confPath, localConf(readFileSync("deploy/nginx.conf", "utf8"), port, root));
  const child = spawn(NGINX_BIN, ["-p", `${prefix}/`, "-c", confPath, "-g", "daemon off;"], {
    stdio: ["ignore", showAccessLog ? "inherit" : "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (showAccessLog) process.stderr.write(chunk);
  });
  await waitForPort(`${url}/`, child, () => stderr);
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  return {
    url,
    pid: child.pid ?? -1,
    prefix,
    async stop() {
      // Our own child, by its pid: SIGQUIT is nginx's graceful shutdown.
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 8080);
  const nginx = await startNginx(port, "dist", true);
  console.log(`nginx (pid ${nginx.pid}) serves dist/ at ${nginx.url}/ — files in ${nginx.prefix}. Ctrl-C stops it.`);
  const stop = () => void nginx.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
