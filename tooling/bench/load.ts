// A bounded load test of the shipped server: nginx with deploy/nginx.conf over dist/, on 127.0.0.1 only.
// One autocannon run per path, all started together, so the server sees the mix at once and each path still
// gets its own figures. Each run stops after LOAD_SECONDS. Part of `npm run bench`; `npm run bench:load` runs
// only this and merges it into the committed report.
import autocannon from "autocannon";
import { loadavg } from "node:os";
import { distFiles } from "../../tests/support/built-site.ts";
import { startNginx } from "../delivery/nginx.ts";

export const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
/** Connections per path; five paths, so five times this many in all. */
export const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 4);
const PORT = Number(process.env.BENCH_LOAD_PORT ?? 4346);

export interface LoadRow {
  path: string;
  kind: string;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  bytesPerSecond: number;
}

export interface LoadReport {
  server: string;
  seconds: number;
  connectionsPerPath: number;
  acceptEncoding: string;
  loadAverage: { before: number[]; after: number[] };
  rows: LoadRow[];
  total: { requestsPerSecond: number; errors: number; non2xx: number };
}

/** The mix: a page, the chart chunk, a CSV download, the search index and a miss, as dist/ holds them now. */
export function loadPaths(): { path: string; kind: string }[] {
  const find = (re: RegExp, what: string) => {
    const file = distFiles().find((f) => re.test(f));
    if (!file) throw new Error(`dist/ has no ${what} (${re}). Run npm run build.`);
    return `/${file}`;
  };
  return [
    { path: "/funding/", kind: "HTML page" },
    { path: find(/^_astro\/chart-setup\.[\w-]+\.js$/, "chart chunk"), kind: "chart chunk (Chart.js)" },
    { path: find(/^data\/funding-totals\.csv$/, "CSV download"), kind: "CSV download" },
    { path: find(/^pagefind\/pagefind\.en_[0-9a-f]+\.pf_meta$/, "search index"), kind: "search index (Pagefind meta)" },
    { path: "/no-such-page/", kind: "404" },
  ];
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

export async function runLoad(log: (msg: string) => void = console.log): Promise<LoadReport> {
  const nginx = await startNginx(PORT);
  const before = loadavg();
  // Browsers ask for compression; nginx then sends the precompressed copies, as in production.
  const acceptEncoding = "gzip, br";
  try {
    const paths = loadPaths();
    log(`load: ${paths.length} paths × ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s on ${nginx.url}`);
    const results = await Promise.all(
      paths.map((p) =>
        autocannon({
          url: nginx.url + p.path,
          connections: LOAD_CONNECTIONS,
          duration: LOAD_SECONDS,
          headers: { "accept-encoding": acceptEncoding },
        }),
      ),
    );
    const after = loadavg();
    const rows: LoadRow[] = results.map((r, i) => ({
      path: paths[i]?.path ?? "",
      kind: paths[i]?.kind ?? "",
      requests: r.requests.total,
      requestsPerSecond: round(r.requests.average),
      latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      statusCodes: Object.fromEntries(
        Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count?: number }).count ?? 0]),
      ),
      bytesPerSecond: Math.round(r.throughput.average),
    }));
    return {
      server: "nginx with deploy/nginx.conf (tooling/delivery/nginx.ts), 127.0.0.1",
      seconds: LOAD_SECONDS,
      connectionsPerPath: LOAD_CONNECTIONS,
      acceptEncoding,
      loadAverage: { before: before.map((l) => round(l, 2)), after: after.map((l) => round(l, 2)) },
      rows,
      total: {
        requestsPerSecond: round(rows.reduce((s, r) => s + r.requestsPerSecond, 0)),
        errors: rows.reduce((s, r) => s + r.errors + r.timeouts, 0),
        non2xx: rows.reduce((s, r) => s + r.non2xx, 0),
      },
    };
  } finally {
    await nginx.stop();
  }
}
