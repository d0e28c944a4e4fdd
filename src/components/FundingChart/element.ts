// <funding-chart>: enhances the server-rendered tables with a Chart.js bar chart.
// The tables stay the content; this script only draws over them and switches views.
import type { Chart } from "chart.js";
import type { ClientPayload } from "../../lib/chart-data";
import { isShow, isView, type ShowKey, type ViewKey } from "./keys";
import { chartConfig, readPalette, seriesFill, type Palette } from "./config";
import { downloadPng } from "./png";

type ChartModule = typeof import("./chart-setup");
let chartModule: Promise<ChartModule> | undefined;
let ChartClass: ChartModule["Chart"] | undefined;
// Chart.js is fetched once, the first time any chart on the page comes into view.
const loadChart = () =>
  (chartModule ??= import("./chart-setup").then((m) => {
    ChartClass = m.Chart;
    return m;
  }));

/** Gives the main thread back between steps (scheduler.yield where the browser has it). */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
const darkScheme = matchMedia("(prefers-color-scheme: dark)");

export class FundingChart extends HTMLElement {
  static observedAttributes = ["view", "show"];
  /** The live Chart instance, for tests and for the embed page. */
  chart: Chart<"bar", (number | null)[], string[]> | undefined;
  #payload: ClientPayload | undefined;
  #payloadLoad: Promise<ClientPayload> | undefined;
  #connected = false;
  #palette: Palette | undefined;
  #visible = false;
  #cleanup: (() => void)[] = [];

  get view(): ViewKey {
    const v = this.getAttribute("view");
    return isView(v) ? v : "totals";
  }
  get show(): ShowKey {
    const s = this.getAttribute("show");
    return isShow(s) ? s : "chart";
  }
  /** How many Chart instances exist on the page: stays 1 per element however often it redraws. */
  get liveCharts(): number {
    return ChartClass ? Object.keys(ChartClass.instances).length : 0;
  }

  connectedCallback() {
    if (!this.dataset.payload) return;
    this.#connected = true;
    const on = (target: EventTarget, type: string, fn: (e: Event) => void) => {
      target.addEventListener(type, fn);
      this.#cleanup.push(() => target.removeEventListener(type, fn));
    };
    on(this, "click", (e) => this.#onClick(e));
    const retheme = () => this.#retheme();
    on(darkScheme, "change", retheme);
    const themeObserver = new MutationObserver(retheme);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "style"] });
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#visible = true;
        io.disconnect();
        void this.#render();
      },
      { rootMargin: "200px" },
    );
    io.observe(this);
    this.#cleanup.push(
      () => themeObserver.disconnect(),
      () => io.disconnect(),
    );
    this.#sync();
  }

  /** The numbers to draw, fetched once, the first time this chart comes into view. */
  #loadPayload(): Promise<ClientPayload> {
    const src = this.dataset.payload ?? "";
    return (this.#payloadLoad ??= fetch(src).then((res) => {
      if (!res.ok) throw new Error(`The chart's data ${src} answered ${res.status}.`);
      return res.json() as Promise<ClientPayload>;
    }));
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#cleanup.splice(0).forEach((fn) => fn());
    this.#destroyChart();
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null) {
    if (old === value || !this.#connected) return;
    this.#sync();
    void this.#render();
  }

  #onClick(e: Event) {
    const button = (e.target as Element).closest("button");
    if (!button || !this.contains(button)) return;
    const view = button.dataset.setView;
    if (isView(view)) this.setAttribute("view", view);
    else if (button.hasAttribute("data-toggle-show"))
      this.setAttribute("show", this.show === "chart" ? "table" : "chart");
    else if (button.hasAttribute("data-download") && this.chart && this.#payload && this.#palette)
      void downloadPng(
        this.chart.canvas,
        this.#payload.views[this.view],
        this.#palette,
        `japan-ilo-funding-${this.view}.png`,
      );
  }

  /** Button states follow the attributes, whoever set them (a click, or the embed page's URL). */
  #sync() {
    for (const b of this.querySelectorAll<HTMLButtonElement>("button[data-set-view]")) {
      b.setAttribute("aria-pressed", String(b.dataset.setView === this.view));
    }
    // "Show table" is a toggle button: its name stays, its pressed state says whether the table shows.
    this.querySelector("button[data-toggle-show]")?.setAttribute("aria-pressed", String(this.show === "table"));
  }

  async #render() {
    if (!this.#connected || !this.#visible || this.hasAttribute("data-failed")) return this.#changed();
    const canvas = this.#wantedCanvas();
    if (!canvas || this.chart?.canvas === canvas) return this.#changed();
    try {
      // Each step runs in its own task, so no single task does the Chart.js work: the chunk's evaluation,
      // the data, the configuration and the first draw are separated by yields to the main thread.
      const [{ Chart }, payload] = await Promise.all([loadChart(), this.#loadPayload()]);
      this.#payload = payload;
      await yieldToMain();
      // A later attribute change may have won the race while Chart.js loaded; its own render draws.
      if (this.#wantedCanvas() !== canvas) return;
      if (!canvas.getContext("2d")) throw new Error("This browser gives the chart no 2D canvas to draw on.");
      this.#palette = readPalette(this);
      const palette = () => this.#palette ?? readPalette(this);
      const config = chartConfig(
        payload.locale,
        payload.axisTitle,
        payload.views[this.view],
        palette,
        !reducedMotion.matches,
      );
      await yieldToMain();
      if (this.#wantedCanvas() !== canvas) return;
      this.#destroyChart();
      this.chart = new Chart(canvas, config);
      canvas.closest("[data-view-panel]")?.toggleAttribute("data-drawn", true);
      this.toggleAttribute("data-drawn", true);
    } catch (error) {
      // The tables are already there: show them all and hide the controls that could no longer work.
      this.#destroyChart();
      this.toggleAttribute("data-failed", true);
      console.warn("The funding chart could not be drawn; the tables show the same figures.", error);
    }
    this.#changed();
  }

  /** Removes the current chart, and its panel's mark, so that panel shows its table again if shown. */
  #destroyChart() {
    this.chart?.canvas.closest("[data-view-panel]")?.removeAttribute("data-drawn");
    this.chart?.destroy();
    this.chart = undefined;
    this.removeAttribute("data-drawn");
  }

  /** The canvas that should hold a chart now, or null in table mode. */
  #wantedCanvas(): HTMLCanvasElement | null {
    if (this.show !== "chart") return null;
    return this.querySelector<HTMLCanvasElement>(`[data-view-panel="${this.view}"] canvas`);
  }

  #retheme() {
    if (!this.chart || !this.#payload) return;
    const p = (this.#palette = readPalette(this));
    const view = this.#payload.views[this.view];
    this.chart.data.datasets.forEach((ds, i) => {
      const key = view.series[i]?.key ?? "assessed";
      ds.backgroundColor = seriesFill(key, p);
      ds.borderColor = key === "assessed" ? p.assessed : p.voluntary;
    });
    const { x, y } = this.chart.options.scales ?? {};
    if (x?.ticks && x.border) {
      Object.assign(x.ticks, { color: p.fg });
      Object.assign(x.border, { color: p.border });
    }
    if (y?.ticks && y.grid && y.title) {
      Object.assign(y.ticks, { color: p.muted });
      Object.assign(y.grid, { color: p.border });
      Object.assign(y.title, { color: p.muted });
    }
    this.chart.update("none");
    this.#changed();
  }

  /** Tells an embedding page to re-measure: the view, the mode or the drawing changed. */
  #changed() {
    this.dispatchEvent(
      new CustomEvent("funding-chart:change", {
        bubbles: true,
        detail: { view: this.view, show: this.show, drawn: !!this.chart },
      }),
    );
  }
}

if (!customElements.get("funding-chart")) customElements.define("funding-chart", FundingChart);
