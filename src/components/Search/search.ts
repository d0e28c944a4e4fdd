/**
 * <site-search>: runs Pagefind in the browser and renders its results as a plain list.
 * Pagefind's own UI is not used: it writes inline styles, which the site's CSP (no 'unsafe-inline') blocks.
 * Pagefind is loaded on the first query, so opening the page costs only this small script.
 */
import { PAGEFIND_MODULE } from "../../lib/site/routes";

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps Vite from bundling a file that exists only after the build.
  const path = PAGEFIND_MODULE;
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
}

/** Lets the browser paint and handle input between steps, so no task runs long. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Pagefind's excerpt is HTML with <mark> around the hits. Keep only its text and the marks. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

class SiteSearch extends HTMLElement {
  private run = 0;

  connectedCallback() {
    const form = this.querySelector("form");
    const input = this.querySelector<HTMLInputElement>("input[name=q]");
    if (!form || !input) return;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.search(input.value), 250);
    });
    // Arriving from the header's form: /search/?q=…
    const q = new URLSearchParams(location.search).get("q") ?? "";
    if (q.trim()) {
      input.value = q;
      void this.search(q);
    }
  }

  private message(key: "searching" | "one" | "many" | "none" | "failed", q = "", n = 0): string {
    return (this.dataset[key] ?? "").replace("{q}", q).replace("{n}", String(n));
  }

  async search(raw: string) {
    const q = raw.trim();
    const run = ++this.run;
    const status = this.querySelector(".search-status");
    const list = this.querySelector(".search-results");
    if (!status || !list) return;
    const url = new URL(location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!q) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    status.textContent = this.message("searching");
    try {
      const found = await (await loadPagefind()).search(q);
      if (run !== this.run || !found) return;
      const items: HTMLLIElement[] = [];
      for (const result of found.results.slice(0, 20)) {
        const data = await result.data();
        if (run !== this.run) return;
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = data.url;
        a.className = "search-hit font-semibold";
        a.textContent = data.meta.title ?? data.url;
        const p = document.createElement("p");
        p.className = "text-sm";
        p.append(...excerptNodes(data.excerpt));
        li.append(a, p);
        items.push(li);
        await yieldToBrowser();
      }
      list.replaceChildren(...items);
      const n = found.results.length;
      status.textContent = this.message(n === 0 ? "none" : n === 1 ? "one" : "many", q, n);
    } catch {
      if (run === this.run) status.textContent = this.message("failed");
    }
  }
}

customElements.define("site-search", SiteSearch);
