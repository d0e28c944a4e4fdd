import { describe, expect, it } from "vitest";
import { afterFirstPaint, PAINT_FALLBACK_MS } from "../../../../src/lib/browser/main-thread";

/** A browser double: records what afterFirstPaint asked for, and lets the test fire each signal. */
function fakeBrowser(supportedEntryTypes: string[]) {
  const calls = { observed: [] as string[], disconnected: 0, frame: undefined as (() => void) | undefined };
  let entry: (() => void) | undefined;
  let load: { fn: () => void; delayMs: number } | undefined;
  const env = {
    supportedEntryTypes,
    observe: (callback: () => void) => {
      entry = callback;
      return {
        observe: ({ type }: { type: string }) => void calls.observed.push(type),
        disconnect: () => void calls.disconnected++,
      };
    },
    nextFrame: (callback: () => void) => void (calls.frame = callback),
    afterLoad: (fn: () => void, delayMs: number) => void (load = { fn, delayMs }),
  };
  return { env, calls, paint: () => entry?.(), loadTimeout: () => load };
}

describe("afterFirstPaint", () => {
  it("waits for the largest-contentful-paint entry where the browser reports one, and runs once", () => {
    const b = fakeBrowser(["paint", "largest-contentful-paint", "longtask"]);
    let runs = 0;
    afterFirstPaint(() => runs++, b.env);
    expect(b.calls.observed).toEqual(["largest-contentful-paint"]);
    expect(runs).toBe(0);
    b.paint();
    b.paint(); // a later, larger paint
    b.loadTimeout()?.fn();
    expect(runs).toBe(1);
    expect(b.calls.disconnected).toBe(1);
  });

  it("falls back to the first paint entry (Safari), then to the next frame", () => {
    const safari = fakeBrowser(["paint"]);
    afterFirstPaint(() => {}, safari.env);
    expect(safari.calls.observed).toEqual(["paint"]);

    const old = fakeBrowser([]);
    let runs = 0;
    afterFirstPaint(() => runs++, old.env);
    expect(old.calls.observed).toEqual([]);
    expect(runs).toBe(0);
    old.calls.frame?.();
    expect(runs).toBe(1);
  });

  it("stops waiting a while after load, for a page that never paints (a background tab)", () => {
    const b = fakeBrowser(["largest-contentful-paint"]);
    let runs = 0;
    afterFirstPaint(() => runs++, b.env);
    expect(b.loadTimeout()?.delayMs).toBe(PAINT_FALLBACK_MS);
    b.loadTimeout()?.fn();
    expect(runs).toBe(1);
    b.paint();
    expect(runs).toBe(1);
  });
});
