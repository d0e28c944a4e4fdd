// Builds the Chart.js configuration for one view from the server's payload and the page's colours.
import type { ChartConfiguration, Plugin } from "chart.js";
import type { ClientView } from "../../lib/chart-data";
import type { SeriesKey } from "./keys";
import { formatMoney } from "../../lib/format";
import type { Locale } from "../../lib/locales";

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  assessed: string;
  voluntary: string;
}

const tokens: Record<keyof Palette, string> = {
  bg: "--c-bg",
  fg: "--c-fg",
  muted: "--c-muted",
  border: "--c-border",
  assessed: "--c-assessed",
  voluntary: "--c-voluntary",
};

/**
 * The tokens are light-dark() values, which getPropertyValue returns unresolved; setting each as a
 * real colour on a probe lets the browser resolve it for the scheme in force (media query or data-theme).
 */
export function readPalette(host: HTMLElement): Palette {
  const probe = document.createElement("span");
  probe.hidden = true;
  host.append(probe);
  const palette = {} as Palette;
  for (const [key, token] of Object.entries(tokens) as [keyof Palette, string][]) {
    probe.style.color = `var(${token})`;
    palette[key] = getComputedStyle(probe).color;
  }
  probe.remove();
  return palette;
}

/** Voluntary bars are hatched as well as coloured, so the two series differ without colour. */
function hatch(colour: string, gap: string): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const ctx = tile.getContext("2d");
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = gap;
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (const o of [-8, 0, 8]) {
    ctx.moveTo(o, 8);
    ctx.lineTo(o + 8, 0);
  }
  ctx.stroke();
  return ctx.createPattern(tile, "repeat") ?? colour;
}

export function seriesFill(key: SeriesKey, p: Palette): CanvasPattern | string {
  return key === "assessed" ? p.assessed : hatch(p.voluntary, p.bg);
}

/**
 * Draws each bar's value above it: horizontally when it fits the bar's width, turned upright when
 * the screen is narrow. The y scale's grace leaves room for either.
 */
function valueLabels(view: ClientView, palette: () => Palette): Plugin<"bar"> {
  return {
    id: "valueLabels",
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = palette().fg;
      ctx.font = `600 12px ${getComputedStyle(chart.canvas).fontFamily}`;
      chart.data.datasets.forEach((_, di) => {
        chart.getDatasetMeta(di).data.forEach((bar, i) => {
          const text = view.series[di]?.display[i];
          if (!text) return;
          const { x, y, width } = bar.getProps(["x", "y", "width"], true) as { x: number; y: number; width: number };
          if (ctx.measureText(text).width <= width + 6) {
            ctx.textAlign = "center";
            ctx.textBaseline = "bottom";
            ctx.fillText(text, x, y - 4);
          } else {
            ctx.save();
            ctx.translate(x, y - 6);
            ctx.rotate(-Math.PI / 2);
            ctx.textAlign = "left";
            ctx.textBaseline = "middle";
            ctx.fillText(text, 0, 0);
            ctx.restore();
          }
        });
      });
      ctx.restore();
    },
  };
}

export function chartConfig(
  locale: Locale,
  axisTitle: string,
  view: ClientView,
  palette: () => Palette,
  animate: boolean,
): ChartConfiguration<"bar", (number | null)[], string[]> {
  const p = palette();
  return {
    type: "bar",
    data: {
      labels: view.categories,
      datasets: view.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: seriesFill(s.key, p),
        borderColor: s.key === "assessed" ? p.assessed : p.voluntary,
        borderWidth: 2,
        maxBarThickness: 160,
        // Totals put each series in its own category; skipNull keeps those bars full width.
        skipNull: true,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 400 } : false,
      events: [],
      layout: { padding: { top: 8 } },
      scales: {
        x: { grid: { display: false }, border: { color: p.border }, ticks: { color: p.fg } },
        y: {
          beginAtZero: true,
          grace: "30%",
          border: { display: false },
          grid: { color: p.border },
          ticks: { color: p.muted, callback: (v) => formatMoney(locale, Number(v), "axis"), maxTicksLimit: 6 },
          title: { display: true, text: axisTitle, color: p.muted },
        },
      },
    },
    plugins: [valueLabels(view, palette)],
  };
}
