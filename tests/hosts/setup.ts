// Starts each host's runtime once for the whole `hosts` project, over the built dist/, on loopback ports:
// nginx with deploy/nginx.conf, wrangler (Cloudflare Pages) and netlify dev (Netlify). Tests read their
// origins with inject("hosts"). Ports: HOSTS_PORT_BASE (default 4360) and the next three.
import type { TestProject } from "vitest/node";
import { existsSync } from "node:fs";
import { NGINX_BIN, startNginx } from "../../tooling/delivery/nginx.ts";
import { startNetlify, startWrangler, type Runtime } from "./support/runtimes.ts";

export interface HostOrigins {
  nginx: string;
  cloudflare: string;
  netlify: string;
  /** The command each ran, for failure messages. */
  commands: Record<string, string>;
}

declare module "vitest" {
  export interface ProvidedContext {
    hosts: HostOrigins;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync("dist/index.html")) throw new Error("dist/index.html is missing: run `npm run build` first.");
  if (!existsSync(NGINX_BIN)) throw new Error(`${NGINX_BIN} is missing. Install nginx: apt-get install -y nginx`);
  const base = Number(process.env.HOSTS_PORT_BASE ?? 4360);
  const started: Runtime[] = [];
  const stopAll = () => Promise.all(started.map((r) => r.stop())).then(() => undefined);
  try {
    // One after another: the machine has few cores, and each start is a burst of CPU.
    const nginx = await startNginx(base);
    started.push({ url: nginx.url, command: `nginx -c deploy/nginx.conf (${NGINX_BIN})`, stop: () => nginx.stop() });
    const cloudflare = await startWrangler(base + 1);
    started.push(cloudflare);
    const netlify = await startNetlify(base + 2);
    started.push(netlify);
    project.provide("hosts", {
      nginx: nginx.url,
      cloudflare: cloudflare.url,
      netlify: netlify.url,
      commands: { nginx: started[0]?.command ?? "", cloudflare: cloudflare.command, netlify: netlify.command },
    });
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
