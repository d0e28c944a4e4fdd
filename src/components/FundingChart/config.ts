// Builds the Chart.js configuration for one view from the server's payload and the page's colours.
import type { ChartConfiguration, Plugin } from "chart.js";
import type { ClientView } from "../../lib/funding/chart-payload";
import type { SeriesKey } from "../../lib/funding/chart-keys";
import { formatMoney } from "../../lib/site/format";
import type { Locale } from "../../lib/site/locales";

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
 * One probe per token, all in place before the first read, so the browser works out styles once, not six times.
 */
export function readPalette(host: HTMLElement): Palette {
  const keys = Object.keys(tokens) as (keyof Palette)[];
  const probes = keys.map((key) => {
    const probe = document.createElement("span");
    probe.hidden = true;
    probe.style.color = `var(${tokens[key]})`;
    return probe;
  });
  host.append(...probes);
  const palette = {} as Palette;
  probes.forEach((probe, i) => (palette[keys[i] as keyof Palette] = getComputedStyle(probe).color));
  for (const probe of probes) probe.remove();
  return palette;
}

/**
 * Voluntary bars are hatched as well as coloured, so the series differ without colour; Japan's bar among the
 * governments is hatched the other way (direction -1).
 */
function hatch(colour: string, gap: string, direction: 1 | -1): CanvasPattern | string {
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
    ctx.moveTo(o, direction === 1 ? 8 : 0);
    ctx.lineTo(o + 8, direction === 1 ? 0 : 8);
  }
  ctx.stroke();
  return ctx.createPattern(tile, "repeat") ?? colour;
}

export function seriesFill(key: SeriesKey, p: Palette): CanvasPattern | string {
  if (key === "assessed") return p.assessed;
  if (key === "voluntary") return hatch(p.voluntary, p.bg, 1);
  if (key === "japan") return hatch(p.assessed, p.bg, -1);
  return key === "government" ? p.muted : p.fg;
}

export function seriesBorder(key: SeriesKey, p: Palette): string {
  if (key === "assessed" || key === "japan") return p.assessed;
  if (key === "voluntary") return p.voluntary;
  return key === "government" ? p.muted : p.fg;
}

type Bar = { x: number; y: number; base: number; width: number; height: number };

/**
 * Writes values on the bars, never turned on their side (a phone reader should not tilt their head): over a
 * bar or a stack when the text fits its width, at the end of a horizontal bar, and not at all when it does
 * not fit (the table under the chart has every figure).
 */
function valueLabels(view: ClientView, palette: () => Palette): Plugin<"bar"> {
  return {
    id: "valueLabels",
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = palette().fg;
      ctx.font = `600 12px ${getComputedStyle(chart.canvas).fontFamily}`;
      const put = (text: string | null | undefined, bar: Bar) => {
        if (!text) return;
        const w = ctx.measureText(text).width;
        if (view.layout === "horizontal") {
          ctx.textBaseline = "middle";
          if (bar.x + 4 + w <= chart.chartArea.right + 4) {
            ctx.textAlign = "left";
            ctx.fillText(text, bar.x + 4, bar.y);
          } else if (w + 8 <= bar.x - bar.base) {
            // No room after the longest bar on a phone: inside its end, in the background colour, which
            // stands out from every bar's fill in both schemes.
            ctx.textAlign = "right";
            ctx.fillStyle = palette().bg;
            ctx.fillText(text, bar.x - 4, bar.y);
            ctx.fillStyle = palette().fg;
          }
        } else if (w <= bar.width + 6) {
          ctx.textAlign = "center";
          ctx.textBaseline = "bottom";
          ctx.fillText(text, bar.x, bar.y - 4);
        }
      };
      const props = (el: unknown) =>
        (el as { getProps: (k: string[], final: boolean) => Bar }).getProps(
          ["x", "y", "base", "width", "height"],
          true,
        );
      if (view.layout === "stacked") {
        const top = chart.getDatasetMeta(chart.data.datasets.length - 1);
        top.data.forEach((bar, i) => put(view.stackLabels?.[i], props(bar)));
      } else {
        chart.data.datasets.forEach((_, di) => {
          chart.getDatasetMeta(di).data.forEach((bar, i) => put(view.series[di]?.display[i], props(bar)));
        });
      }
      ctx.restore();
    },
  };
}

/** Shades the categories of view.band (the ILO totals' years) and names them at the top of the band. */
function band(view: ClientView, palette: () => Palette): Plugin<"bar"> {
  return {
    id: "band",
    beforeDatasetsDraw(chart) {
      const b = view.band;
      const x = chart.scales.x;
      if (!b || !x) return;
      const step = (x.getPixelForValue(1) - x.getPixelForValue(0)) / 2;
      const left = x.getPixelForValue(b.from) - step;
      const right = x.getPixelForValue(b.to) + step;
      const { top, bottom } = chart.chartArea;
      const { ctx } = chart;
      const p = palette();
      ctx.save();
      ctx.fillStyle = p.border;
      ctx.globalAlpha = 0.35;
      ctx.fillRect(left, top, right - left, bottom - top);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = p.muted;
      ctx.setLineDash([4, 3]);
      ctx.strokeRect(left, top, right - left, bottom - top);
      ctx.fillStyle = p.fg;
      ctx.font = `12px ${getComputedStyle(chart.canvas).fontFamily}`;
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      // Two lines if the band is too narrow for one: the label is never rotated. A line still wider than the
      // band gets a backing in the background colour, so the band's dashed edges do not run through it.
      const words = b.label.split(/(?<=:|：)\s*/);
      const lines = ctx.measureText(b.label).width <= right - left - 8 ? [b.label] : words;
      lines.forEach((line, i) => {
        const w = ctx.measureText(line).width;
        const x = (left + right) / 2;
        const y = top + 4 + i * 14;
        if (w > right - left - 4) {
          ctx.fillStyle = p.bg;
          ctx.fillRect(x - w / 2 - 2, y - 1, w + 4, 14);
          ctx.fillStyle = p.fg;
        }
        ctx.fillText(line, x, y);
      });
      ctx.restore();
    },
  };
}

/** The value axis's title, written level at the top left of a vertical chart (never rotated). */
function levelTitle(text: string, palette: () => Palette): Plugin<"bar"> {
  return {
    id: "levelTitle",
    afterDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = palette().muted;
      ctx.font = `12px ${getComputedStyle(chart.canvas).fontFamily}`;
      ctx.textAlign = "left";
      ctx.textBaseline = "top";
      ctx.fillText(text, 0, 0);
      ctx.restore();
    },
  };
}

/** The width, in CSS pixels, a category label needs beside its neighbours: a year at 12 px, with a gap. */
const MIN_LABEL_SLOT = 44;

export function chartConfig(
  locale: Locale,
  axisTitle: string,
  view: ClientView,
  palette: () => Palette,
  animate: boolean,
): ChartConfiguration<"bar", (number | null)[], string[]> {
  const p = palette();
  const horizontal = view.layout === "horizontal";
  const stacked = view.layout === "stacked";
  const money = (v: string | number) => formatMoney(locale, Number(v), "axis");
  const category = {
    grid: { display: false },
    border: { color: p.border },
    stacked,
    // Labels are never turned on their side: Chart.js skips some instead when they do not fit.
    ticks: {
      color: p.fg,
      maxRotation: 0,
      // Where the years do not all fit (a phone), every other one is named counting back from the latest, so
      // the latest year always has its label; Chart.js's own skipping counts from the first.
      autoSkip: false,
      callback(this: { chart: { width: number } }, _value: string | number, index: number) {
        const count = view.categories.length;
        const step = horizontal ? 1 : Math.max(1, Math.ceil(MIN_LABEL_SLOT / ((this.chart.width - 60) / count)));
        return (count - 1 - index) % step === 0 ? view.categories[index] : "";
      },
      font: (ctx: { index: number }) => ({ weight: ctx.index === view.emphasis ? 700 : 400 }),
    },
  };
  const value = {
    beginAtZero: true,
    grace: horizontal ? "35%" : stacked ? "12%" : "30%",
    stacked,
    border: { display: false },
    grid: { color: p.border },
    ticks: { color: p.muted, callback: money, maxTicksLimit: horizontal ? 4 : 6, maxRotation: 0 },
    // Under a horizontal chart the title reads left to right; beside a vertical one Chart.js would turn it on
    // its side, so there the axisTitle plugin writes it level above the axis instead.
    title: { display: horizontal, text: axisTitle, color: p.muted },
  };
  return {
    type: "bar",
    data: {
      labels: view.categories,
      datasets: view.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: seriesFill(s.key, p),
        borderColor: seriesBorder(s.key, p),
        borderWidth: s.key === "japan" ? 3 : 2,
        maxBarThickness: 160,
        // Totals and donors put each series in its own categories; skipNull keeps those bars full width.
        skipNull: true,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? "y" : "x",
      animation: animate ? { duration: 400 } : false,
      events: [],
      layout: { padding: { top: (view.band ? 36 : 8) + (horizontal ? 0 : 18), right: horizontal ? 8 : 0 } },
      scales: horizontal ? { x: value, y: category } : { x: category, y: value },
    },
    plugins: [band(view, palette), valueLabels(view, palette), ...(horizontal ? [] : [levelTitle(axisTitle, palette)])],
  };
}
