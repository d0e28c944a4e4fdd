// <funding-chart>: enhances the server-rendered tables with a Chart.js bar chart.
// The tables stay the content; this script only draws over them, switches views and years, and keeps the
// page's URL (?view=donors&year=2023) in step so a view can be linked.
import type { Chart } from "chart.js";
import type { ClientPayload, ClientView, DonorYearView } from "../../lib/funding/chart-payload";
import { isShow, isView, type ShowKey, type ViewKey } from "../../lib/funding/chart-keys";
import { donorRowModel } from "../../lib/funding/donor-row";
import type { Palette } from "./config";
import { afterFirstPaint, yieldToMain } from "../../lib/browser/main-thread";

type ChartModule = typeof import("./chart-setup");
let chartModule: Promise<ChartModule> | undefined;
/** Chart.js and the chart's configuration, once loaded. */
let loaded: ChartModule | undefined;
/** Resolves once the page has painted: Chart.js and the numbers are not needed for that, so they wait. */
const painted = new Promise<void>((resolve) => afterFirstPaint(resolve));
// Chart.js is fetched once, the first time any chart on the page comes into view after the first paint.
const loadChart = () => (chartModule ??= painted.then(() => import("./chart-setup")).then((m) => (loaded = m)));

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
const darkScheme = matchMedia("(prefers-color-scheme: dark)");

export class FundingChart extends HTMLElement {
  static observedAttributes = ["view", "show", "year"];
  /** The live Chart instance, for tests and for the embed page. */
  chart: Chart<"bar", (number | null)[], string[]> | undefined;
  #payload: ClientPayload | undefined;
  #payloadLoad: Promise<ClientPayload> | undefined;
  #connected = false;
  #palette: Palette | undefined;
  #visible = false;
  /** Which view and year the current chart shows ("donors:2023"), so a redraw happens only when needed. */
  #drawn = "";
  #cleanup: (() => void)[] = [];

  get view(): ViewKey {
    const v = this.getAttribute("view");
    return isView(v) ? v : "totals";
  }
  get show(): ShowKey {
    const s = this.getAttribute("show");
    return isShow(s) ? s : "chart";
  }
  /** The year of the donors view; the server sets the latest. */
  get year(): number {
    return Number(this.getAttribute("year"));
  }
  /** How many Chart instances exist on the page: stays 1 per element however often it redraws. */
  get liveCharts(): number {
    return loaded ? Object.keys(loaded.Chart.instances).length : 0;
  }

  connectedCallback() {
    if (!this.dataset.payload) return;
    if (this.hasAttribute("data-url-state")) this.#readUrl();
    this.#connected = true;
    const on = (target: EventTarget, type: string, fn: (e: Event) => void) => {
      target.addEventListener(type, fn);
      this.#cleanup.push(() => target.removeEventListener(type, fn));
    };
    on(this, "click", (e) => this.#onClick(e));
    on(this, "change", (e) => {
      const select = e.target as HTMLSelectElement;
      if (select.matches("select[data-year]")) this.setAttribute("year", select.value);
    });
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
    if (this.view === "donors") void this.#showYear(false);
  }

  /** A linked view (?view=donors&year=2023): only values the page offers are taken. */
  #readUrl() {
    const q = new URLSearchParams(location.search);
    const view = q.get("view");
    if (isView(view)) this.setAttribute("view", view);
    const year = q.get("year");
    const select = this.querySelector<HTMLSelectElement>("select[data-year]");
    if (year && select && [...select.options].some((o) => o.value === year)) this.setAttribute("year", year);
  }

  #writeUrl() {
    if (!this.hasAttribute("data-url-state")) return;
    const url = new URL(location.href);
    url.searchParams.delete("view");
    url.searchParams.delete("year");
    if (this.view !== "totals") url.searchParams.set("view", this.view);
    if (this.view === "donors") url.searchParams.set("year", String(this.year));
    history.replaceState(history.state, "", url);
  }

  /** The numbers to draw, fetched once, the first time this chart comes into view. */
  #loadPayload(): Promise<ClientPayload> {
    const src = this.dataset.payload ?? "";
    return (this.#payloadLoad ??= painted.then(async () => {
      const res = await fetch(src);
      if (!res.ok) throw new Error(`The chart's data ${src} answered ${res.status}.`);
      return res.json() as Promise<ClientPayload>;
    }));
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#cleanup.splice(0).forEach((fn) => fn());
    this.#destroyChart();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (old === value || !this.#connected) return;
    this.#sync();
    this.#writeUrl();
    if (name === "year" || (name === "view" && value === "donors")) void this.#showYear(true);
    else if (name === "view") this.#announce(this.querySelector(`[data-view-panel="${this.view}"] [data-title]`));
    void this.#render();
  }

  /** The view as drawn now: for the donors view, the chosen year's. */
  #current(payload: ClientPayload): ClientView | DonorYearView {
    if (this.view !== "donors") return payload.views[this.view];
    return payload.donorYears.find((y) => y.year === this.year) ?? payload.views.donors;
  }

  /** Puts the chosen year's title, canvas label, caption and rows in the donors panel, and says so politely. */
  async #showYear(announce: boolean) {
    const panel = this.querySelector('[data-view-panel="donors"]');
    if (!panel) return;
    let payload: ClientPayload;
    try {
      payload = await this.#loadPayload();
    } catch {
      return; // #render shows the failure; the server's table (the latest year) stays.
    }
    const y = payload.donorYears.find((d) => d.year === this.year);
    if (!y) return;
    const title = panel.querySelector("[data-title]");
    if (title) title.textContent = y.title;
    panel.querySelector("canvas")?.setAttribute("aria-label", y.summary);
    const caption = panel.querySelector("[data-donor-caption]");
    if (caption) caption.textContent = y.caption;
    const body = panel.querySelector("[data-donor-rows]");
    body?.replaceChildren(
      ...y.rows.map((r) => {
        const row = donorRowModel(r);
        const tr = document.createElement("tr");
        if (row.className) tr.className = row.className;
        for (const c of row.cells) {
          const cell = document.createElement(c.tag);
          if (c.scope) cell.setAttribute("scope", c.scope);
          cell.textContent = c.text;
          tr.append(cell);
        }
        return tr;
      }),
    );
    if (announce) this.#announce(title);
  }

  #announce(title: Element | null) {
    const live = this.querySelector("[data-live]");
    if (live && title?.textContent) live.textContent = title.textContent.trim();
  }

  #onClick(e: Event) {
    const button = (e.target as Element).closest("button");
    if (!button || !this.contains(button)) return;
    const view = button.dataset.setView;
    if (isView(view)) this.setAttribute("view", view);
    else if (button.hasAttribute("data-toggle-show"))
      this.setAttribute("show", this.show === "chart" ? "table" : "chart");
    else if (button.hasAttribute("data-download") && this.chart && this.#payload && this.#palette) {
      const args = [this.chart.canvas, this.#current(this.#payload), this.#palette, this.#payload.credit] as const;
      // The PNG export is fetched on the first click: most readers never use it.
      void import("./png").then(({ downloadPng }) => downloadPng(...args));
    }
  }

  /** Control states follow the attributes, whoever set them (a click, the URL, or the embed page). */
  #sync() {
    for (const b of this.querySelectorAll<HTMLButtonElement>("button[data-set-view]")) {
      b.setAttribute("aria-pressed", String(b.dataset.setView === this.view));
    }
    // "Show table" is a toggle button: its name stays, its pressed state says whether the table shows.
    this.querySelector("button[data-toggle-show]")?.setAttribute("aria-pressed", String(this.show === "table"));
    const select = this.querySelector<HTMLSelectElement>("select[data-year]");
    if (select && select.value !== String(this.year)) select.value = String(this.year);
    this.#syncTableFocus();
  }

  /**
   * Until its chart is drawn, a panel's table sits in the chart's box and scrolls there if taller, so a
   * keyboard must be able to reach it to scroll it (WCAG 2.1.1; axe's scrollable-region-focusable). Once the
   * chart is drawn the table is there for screen readers only, and leaves the tab order.
   */
  #syncTableFocus() {
    for (const wrap of this.querySelectorAll<HTMLElement>(".chart-stage > .table-wrap")) {
      const drawn = wrap.closest("[data-view-panel]")?.hasAttribute("data-drawn");
      if (drawn || this.show !== "chart") wrap.removeAttribute("tabindex");
      else wrap.tabIndex = 0;
    }
  }

  #key() {
    return this.view === "donors" ? `donors:${this.year}` : this.view;
  }

  async #render() {
    if (!this.#connected || !this.#visible || this.hasAttribute("data-failed")) return this.#changed();
    const canvas = this.#wantedCanvas();
    const key = this.#key();
    if (!canvas || (this.chart?.canvas === canvas && this.#drawn === key)) return this.#changed();
    // Another render may start while this one waits (a click, a year, the theme); the latest one draws.
    const stale = () => this.#wantedCanvas() !== canvas || this.#key() !== key;
    try {
      // Each step runs in its own task, so no single task does the Chart.js work: the chunk's evaluation,
      // the data, the configuration and the first draw are separated by yields to the main thread.
      const [{ Chart, chartConfig, readPalette }, payload] = await Promise.all([loadChart(), this.#loadPayload()]);
      this.#payload = payload;
      await yieldToMain();
      if (stale()) return;
      if (!canvas.getContext("2d")) throw new Error("This browser gives the chart no 2D canvas to draw on.");
      this.#palette = readPalette(this);
      const palette = () => this.#palette ?? readPalette(this);
      const config = chartConfig(
        payload.locale,
        payload.axisTitle,
        this.#current(payload),
        palette,
        !reducedMotion.matches,
      );
      await yieldToMain();
      if (stale()) return;
      this.#destroyChart();
      // Chart.js's first update is its longest piece of work (about 130 ms on a phone-speed CPU for two bars).
      // It is done in three tasks: the empty chart (options, axes, layout), then the categories, then the bars.
      const { labels, datasets } = config.data;
      const empty: typeof config.data = { labels: [], datasets: [] };
      const chart = new Chart(canvas, { ...config, data: empty });
      this.chart = chart;
      const steps = [() => (chart.data.labels = labels), () => (chart.data.datasets = datasets)];
      for (const step of steps) {
        await yieldToMain();
        if (this.chart !== chart || stale()) return;
        step();
        chart.update();
      }
      this.#drawn = key;
      canvas.closest("[data-view-panel]")?.toggleAttribute("data-drawn", true);
      this.toggleAttribute("data-drawn", true);
      this.#syncTableFocus();
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
    this.#drawn = "";
    this.removeAttribute("data-drawn");
    this.#syncTableFocus();
  }

  /** The canvas that should hold a chart now, or null in table mode. */
  #wantedCanvas(): HTMLCanvasElement | null {
    if (this.show !== "chart") return null;
    return this.querySelector<HTMLCanvasElement>(`[data-view-panel="${this.view}"] canvas`);
  }

  #retheme() {
    if (!this.chart || !this.#payload || !loaded) return;
    const { readPalette, seriesBorder, seriesFill } = loaded;
    const p = (this.#palette = readPalette(this));
    const view = this.#current(this.#payload);
    this.chart.data.datasets.forEach((ds, i) => {
      const key = view.series[i]?.key ?? "assessed";
      ds.backgroundColor = seriesFill(key, p);
      ds.borderColor = seriesBorder(key, p);
    });
    for (const scale of Object.values(this.chart.options.scales ?? {})) {
      if (!scale) continue;
      const s = scale as {
        ticks?: { color?: unknown };
        grid?: { color?: unknown };
        border?: { color?: unknown };
        title?: { color?: unknown };
      };
      if (s.ticks) s.ticks.color = s.title ? p.muted : p.fg;
      if (s.grid) s.grid.color = p.border;
      if (s.border) s.border.color = p.border;
      if (s.title) s.title.color = p.muted;
    }
    this.chart.update("none");
    this.#changed();
  }

  /** Tells an embedding page to re-measure: the view, the mode, the year or the drawing changed. */
  #changed() {
    this.dispatchEvent(
      new CustomEvent("funding-chart:change", {
        bubbles: true,
        detail: { view: this.view, show: this.show, year: this.year, drawn: !!this.chart },
      }),
    );
  }
}

/** Defines <funding-chart>; src/components/FundingChart/enhance.ts calls it once the embed's settings are in place. */
export function defineFundingChart(): void {
  if (!customElements.get("funding-chart")) customElements.define("funding-chart", FundingChart);
}
