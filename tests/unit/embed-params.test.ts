import { describe, expect, it } from "vitest";
import { defaultParams, parseEmbedParams } from "../../src/lib/embed-params";
import { embedSnippet, embedSrc } from "../../src/lib/embed-snippet";

describe("parseEmbedParams", () => {
  it("gives the defaults for an empty query", () => {
    expect(parseEmbedParams("")).toEqual(defaultParams);
    expect(defaultParams).toEqual({ theme: "auto", view: "totals", show: "chart", year: "", id: "" });
  });
  it("reads every valid setting", () => {
    expect(parseEmbedParams("?theme=dark&view=annual&show=table&id=my-chart_2")).toEqual({
      theme: "dark",
      view: "annual",
      show: "table",
      year: "",
      id: "my-chart_2",
    });
    expect(parseEmbedParams("?view=donors&year=2019")).toMatchObject({ view: "donors", year: "2019" });
    expect(parseEmbedParams("?view=donors&year=19%3Cb%3E").year).toBe("");
    expect(parseEmbedParams(new URLSearchParams({ theme: "light" })).theme).toBe("light");
  });
  it("tolerates case and spaces that CMSs and people add", () => {
    expect(parseEmbedParams("?theme=%20Dark%20&view=ANNUAL").view).toBe("annual");
    expect(parseEmbedParams("?theme=%20Dark%20").theme).toBe("dark");
  });
  it("falls back to the default for each bad value, keeping the good ones", () => {
    const p = parseEmbedParams("?theme=purple&view=annual&show=pie");
    expect(p).toEqual({ ...defaultParams, view: "annual" });
    expect(parseEmbedParams("?view=").view).toBe("totals");
    expect(parseEmbedParams("?view=totals,annual").view).toBe("totals");
    expect(parseEmbedParams("?theme=__proto__").theme).toBe("auto");
  });
  it("drops ids that are not short plain tokens, since they are echoed to the parent", () => {
    expect(parseEmbedParams("?id=%3Cscript%3E").id).toBe("");
    expect(parseEmbedParams(`?id=${"a".repeat(65)}`).id).toBe("");
    expect(parseEmbedParams(`?id=${"a".repeat(64)}`).id).toHaveLength(64);
  });
  it("uses the first value when a setting is repeated", () => {
    expect(parseEmbedParams("?view=annual&view=totals").view).toBe("annual");
  });
});

describe("embed snippet", () => {
  const base = { embedUrl: "https://example.org/embed/funding/", scriptUrl: "https://example.org/embed.js" };
  it("leaves defaults out of the URL and keeps an id per view", () => {
    expect(embedSrc(base.embedUrl, "totals", "auto")).toBe(
      "https://example.org/embed/funding/?id=japan-ilo-funding-totals",
    );
    expect(embedSrc(base.embedUrl, "annual", "dark")).toBe(
      "https://example.org/embed/funding/?view=annual&theme=dark&id=japan-ilo-funding-annual",
    );
  });
  it("has the attributes the issue asks for, escaped, and no scrolling attribute", () => {
    const s = embedSnippet({ ...base, title: 'Japan\'s "funding" & <more>', view: "annual", theme: "light" });
    const [iframe, script] = s.split("\n");
    expect(iframe).toMatch(/^<iframe src="[^"]+\?view=annual&amp;theme=light&amp;id=japan-ilo-funding-annual"/);
    expect(iframe).toContain('title="Japan\'s &quot;funding&quot; &amp; &lt;more&gt;"');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('style="width:100%;border:0"');
    expect(iframe).toMatch(/ height="\d{3,4}"/);
    expect(iframe).toContain('data-japan-ilo-embed="japan-ilo-funding-annual"');
    expect(iframe).not.toContain("scrolling");
    expect(script).toBe('<script src="https://example.org/embed.js" async></script>');
  });
});
