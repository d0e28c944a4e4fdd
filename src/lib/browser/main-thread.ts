// When browser code runs, so that no task holds the main thread for long (a phone's taps wait behind it):
// afterFirstPaint for what the first paint does not need, yieldToMain between the steps of long work.
// Chart.js and the chart's numbers (about 50 KB gzipped) enhance tables already on the page; fetched before
// the first paint, they would share a slow connection with the HTML and the stylesheet and delay the text.

/** Gives the main thread back between steps (scheduler.yield where the browser has it, else a new task). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

type Observer = { observe(options: { type: string; buffered: boolean }): void; disconnect(): void };
interface PaintEnv {
  /** The entry types this browser reports (PerformanceObserver.supportedEntryTypes). */
  supportedEntryTypes: readonly string[];
  observe(callback: () => void): Observer;
  /** After the next frame: rAF then a task, for browsers that report no paint entries. */
  nextFrame(callback: () => void): void;
  /** A last resort a while after `load`, for a page that never paints (opened in a background tab). */
  afterLoad(callback: () => void, delayMs: number): void;
}

/** How long after `load` to stop waiting for a paint entry that a hidden page may never report. */
export const PAINT_FALLBACK_MS = 3000;

const browser = (): PaintEnv => ({
  supportedEntryTypes: PerformanceObserver.supportedEntryTypes ?? [],
  observe: (callback) => new PerformanceObserver(callback),
  nextFrame: (callback) => requestAnimationFrame(() => setTimeout(callback, 0)),
  afterLoad: (callback, delayMs) => {
    const later = () => setTimeout(callback, delayMs);
    if (document.readyState === "complete") later();
    else addEventListener("load", later, { once: true });
  },
});

/**
 * Calls `fn` once, after the first largest-contentful-paint entry (Chromium, Firefox), or else the first
 * paint entry (Safari), or else after the next frame; at the latest PAINT_FALLBACK_MS after `load`.
 */
export function afterFirstPaint(fn: () => void, env: PaintEnv = browser()): void {
  let observer: Observer | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    fn();
  };
  const type = ["largest-contentful-paint", "paint"].find((t) => env.supportedEntryTypes.includes(t));
  if (type) {
    observer = env.observe(run);
    observer.observe({ type, buffered: true });
  } else env.nextFrame(run);
  env.afterLoad(run, PAINT_FALLBACK_MS);
}
