import { embedSnippet } from "../../lib/embed/snippet";
import { parseEmbedParams } from "../../lib/embed/url-params";

/** Enhances the server-rendered snippet: radio choices rewrite it, the Copy button copies it. */
class EmbedBox extends HTMLElement {
  connectedCallback() {
    const titles = JSON.parse(this.dataset.titles ?? "{}") as Record<string, string>;
    const code = this.querySelector<HTMLElement>("[data-snippet]");
    // The script's URL and integrity are read from the server-rendered snippet rather than sent twice.
    const script = /<script src="([^"]+)" integrity="([^"]+)"/.exec(code?.textContent ?? "");
    const base = { embedUrl: this.dataset.embedUrl ?? "", scriptUrl: script?.[1] ?? "", integrity: script?.[2] ?? "" };
    const status = this.querySelector<HTMLElement>("[data-status]");
    const preview = this.closest("section")?.querySelector<HTMLAnchorElement>("[data-preview]");
    for (const el of this.querySelectorAll<HTMLElement>("[data-js-only]")) el.hidden = false;

    const update = () => {
      const form = new URLSearchParams();
      for (const input of this.querySelectorAll<HTMLInputElement>("input[type=radio]:checked")) {
        form.set(input.name.replace("embed-", ""), input.value);
      }
      // The same parser as the embed page, so the box can only ever offer settings the page accepts.
      const { view, theme } = parseEmbedParams(form);
      const snippet = embedSnippet({ ...base, title: titles[view] ?? "", view, theme });
      if (code) code.textContent = snippet;
      // Relative, so a preview deployment previews itself rather than the canonical site.
      const src = new URL(snippet.match(/src="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&") ?? base.embedUrl);
      if (preview) preview.href = src.pathname + src.search;
      if (status) status.textContent = "";
    };
    this.addEventListener("change", update);

    this.querySelector("[data-copy]")?.addEventListener("click", async () => {
      if (!status || !code) return;
      try {
        await navigator.clipboard.writeText(code.textContent ?? "");
        status.textContent = status.dataset.copied ?? "";
      } catch {
        // Clipboard access can be refused (permissions, insecure context): select the text so Ctrl+C works.
        getSelection()?.selectAllChildren(code);
        status.textContent = status.dataset.failed ?? "";
      }
    });
  }
}

/** Defines <embed-box>; src/components/FundingChart/enhance.ts calls it. */
export function defineEmbedBox(): void {
  if (!customElements.get("embed-box")) customElements.define("embed-box", EmbedBox);
}
