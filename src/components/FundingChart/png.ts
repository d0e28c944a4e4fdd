// "Download PNG": the chart as an image people can put in a report, with its title, its source and the date
// the figures were checked, and the site's name and address, on a filled background (a transparent PNG shows
// dark text on dark slides). The file name carries the view (and year) and that date.
import type { ClientView } from "../../lib/funding/chart-payload";
import type { Palette } from "./config";

/** Breaks text into lines that fit `width` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  // Japanese has no spaces: fall back to breaking between characters.
  const parts = text.includes(" ") ? text.split(" ") : [...text];
  const joiner = text.includes(" ") ? " " : "";
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(last + joiner + part).width <= width)
      lines[lines.length - 1] = last + joiner + part;
    else lines.push(part);
  }
  return lines;
}

export async function downloadPng(chart: HTMLCanvasElement, view: ClientView, p: Palette, credit: string) {
  const scale = chart.width / chart.clientWidth || 1;
  const pad = 16 * scale;
  const font = getComputedStyle(chart).fontFamily;
  const out = document.createElement("canvas");
  const ctx = out.getContext("2d");
  if (!ctx) return;
  const title = (size: number) => `700 ${size * scale}px ${font}`;
  const small = (size: number) => `${size * scale}px ${font}`;
  const inner = chart.width - 2 * pad;
  ctx.font = title(16);
  const titleLines = wrap(ctx, view.title, inner);
  ctx.font = small(11);
  const sourceLines = [...wrap(ctx, view.source, inner), ...wrap(ctx, credit, inner)];
  const titleHeight = titleLines.length * 22 * scale;
  const sourceHeight = sourceLines.length * 15 * scale;
  out.width = chart.width + 2 * pad;
  out.height = chart.height + titleHeight + sourceHeight + 4 * pad;
  ctx.fillStyle = p.bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = p.fg;
  ctx.textBaseline = "top";
  ctx.font = title(16);
  titleLines.forEach((line, i) => ctx.fillText(line, pad, pad + i * 22 * scale));
  ctx.drawImage(chart, pad, 2 * pad + titleHeight);
  ctx.fillStyle = p.muted;
  ctx.font = small(11);
  const top = 3 * pad + titleHeight + chart.height;
  sourceLines.forEach((line, i) => ctx.fillText(line, pad, top + i * 15 * scale));
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, "image/png"));
  if (!blob) return;
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = view.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
