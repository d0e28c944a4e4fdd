// `npm run bench:load`: only the load test (load.ts), merged into the committed bench/report.json, whose
// other sections (Lighthouse, builds) keep their own date; report.md is rendered again from the result.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runLoad } from "./load.ts";
import { renderMarkdown, type BenchReport } from "./report.ts";

const ROOT = join(import.meta.dirname, "../..");
const file = join(ROOT, "bench/report.json");
if (!existsSync(file)) throw new Error("bench/report.json is missing: run the whole `npm run bench` once.");
const report = JSON.parse(readFileSync(file, "utf8")) as BenchReport;
report.load = { date: new Date().toISOString(), ...(await runLoad()) };
writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
writeFileSync(join(ROOT, "bench/report.md"), renderMarkdown(report));
console.log("Wrote the load section of bench/report.md and bench/report.json");
