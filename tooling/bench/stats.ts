// Pure helpers for the bench: medians and the Markdown report. Unit-tested in tests/unit/tooling/bench/stats.test.ts.

/** Median of the finite numbers in `values`, or null when there are none. */
export function median(values: readonly unknown[]): number | null {
  const xs = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

/**
 * Least-squares slope and intercept of build seconds against page count, and the largest relative
 * residual: a straight line with small residuals means build time grows linearly with pages.
 */
export function linearFit(
  points: readonly { pages: number; seconds: number }[],
): { slope: number; intercept: number; maxResidual: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.pages, 0) / n;
  const my = points.reduce((s, p) => s + p.seconds, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.pages - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.pages - mx) * (p.seconds - my), 0) / sxx;
  const intercept = my - slope * mx;
  const maxResidual = Math.max(...points.map((p) => Math.abs(p.seconds - (intercept + slope * p.pages)) / p.seconds));
  return { slope, intercept, maxResidual };
}
