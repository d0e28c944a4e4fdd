// The floor the chart pages are measured against (issue 12): a bare page that imports the very Chart.js chunk
// the site ships (dist/_astro/chart-setup.*.js) and draws the same bars (the totals view of
// /data/chart-en.json) the plain way: one module script, new Chart() at once, no yields. Whatever TBT and LCP
// Chart.js itself costs on this machine, this page pays too; a chart page's excess over it is the site's own.
// It is written into dist/ only while the bench runs, and removed after.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const FLOOR_PATH = "/_bench/floor/";

export function writeFloorPage(dist: string): { path: string; remove(): void } {
  const chunk = readdirSync(join(dist, "_astro")).find((f) => /^chart-setup\.[\w-]+\.js$/.test(f));
  if (!chunk) throw new Error("dist/_astro has no chart-setup.*.js: build the site before the bench's floor page.");
  const dir = join(dist, "_bench");
  mkdirSync(join(dir, "floor"), { recursive: true });
  // Text, so the page has a largest contentful paint as the chart pages do; a canvas is never one.
  writeFileSync(
    join(dir, "floor", "index.html"),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench floor: Chart.js alone</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<meta name="description" content="A bare page that draws the funding chart's bars with the site's Chart.js chunk.">
<script type="module" src="/_bench/floor/floor.js"></script>
</head>
<body>
<h1>Chart.js alone</h1>
<p>The same Chart.js chunk as the funding pages, drawing the same two bars, with nothing else on the page.</p>
<canvas width="380" height="380" role="img" aria-label="The ILO's totals from Japan, 2018–22"></canvas>
</body>
</html>
`,
  );
  writeFileSync(
    join(dir, "floor", "floor.js"),
    `import { Chart } from "/_astro/${chunk}";
const payload = await (await fetch("/data/chart-en.json")).json();
const view = payload.views.totals;
new Chart(document.querySelector("canvas"), {
  type: "bar",
  data: { labels: view.categories, datasets: view.series.map((s) => ({ label: s.label, data: s.values, skipNull: true })) },
  options: { responsive: false, animation: { duration: 400 } },
});
`,
  );
  return { path: FLOOR_PATH, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
