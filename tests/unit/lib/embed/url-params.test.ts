import { describe, expect, it } from "vitest";
import { defaultParams, parseEmbedParams } from "../../../../src/lib/embed/url-params";
import {
  EMBED_WIDTH,
  START_HEIGHT,
  WP_SECRET,
  embedSnippet,
  embedSrc,
  oembedDocument,
} from "../../../../src/lib/embed/snippet";

describe("parseEmbedParams", () => {
  it("gives the defaults for an empty query", () => {
    expect(parseEmbedParams("")).toEqual(defaultParams);
    // Light by default (the partner page is usually light); "auto" follows the reader and is a choice.
    expect(defaultParams).toEqual({ theme: "light", view: "totals", show: "chart", year: "", id: "" });
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
    expect(parseEmbedParams(new URLSearchParams({ theme: "auto" })).theme).toBe("auto");
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
    expect(parseEmbedParams("?theme=__proto__").theme).toBe("light");
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
  const base = {
    embedUrl: "https://example.org/embed/funding/",
    scriptUrl: "https://example.org/embed.v1.0123456789ab.js",
    integrity: "sha384-abc+/=",
  };
  it("leaves defaults out of the URL and keeps an id per view", () => {
    expect(embedSrc(base.embedUrl, "totals", "light")).toBe(
      "https://example.org/embed/funding/?id=japan-ilo-funding-totals",
    );
    expect(embedSrc(base.embedUrl, "annual", "dark")).toBe(
      "https://example.org/embed/funding/?view=annual&theme=dark&id=japan-ilo-funding-annual",
    );
    expect(embedSrc(base.embedUrl, "totals", "auto")).toBe(
      "https://example.org/embed/funding/?theme=auto&id=japan-ilo-funding-totals",
    );
  });
  it("has the attributes the issue asks for, escaped, a width and a height, and no scrolling attribute", () => {
    const s = embedSnippet({ ...base, title: 'Japan\'s "funding" & <more>', view: "annual", theme: "dark" });
    const [iframe, script] = s.split("\n");
    expect(iframe).toMatch(/^<iframe src="[^"]+\?view=annual&amp;theme=dark&amp;id=japan-ilo-funding-annual"/);
    expect(iframe).toContain('title="Japan\'s &quot;funding&quot; &amp; &lt;more&gt;"');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('style="width:100%;border:0"');
    expect(iframe).toContain(` width="${EMBED_WIDTH}" height="${START_HEIGHT}"`);
    expect(iframe).toContain('data-japan-ilo-embed="japan-ilo-funding-annual"');
    expect(iframe).not.toContain("scrolling");
    expect(script).toBe(
      '<script src="https://example.org/embed.v1.0123456789ab.js" integrity="sha384-abc+/=" crossorigin="anonymous" async></script>',
    );
  });
  it("gives oEmbed the snippet's width and height, and a cache_age", () => {
    const o = oembedDocument({
      ...base,
      title: "T",
      providerName: "P",
      providerUrl: "https://example.org/",
      source: [],
    });
    expect([o.width, o.height]).toEqual([EMBED_WIDTH, START_HEIGHT]);
    expect(o.html).toContain(` width="${o.width}" height="${o.height}"`);
    expect(o.cache_age).toBeGreaterThan(0);
  });
  it("takes every absolute URL from the site it is given (SITE_URL), none typed in", () => {
    const site = "https://charts.example.net";
    const o = oembedDocument({
      embedUrl: `${site}/embed/funding/`,
      scriptUrl: `${site}/embed.v1.x.js`,
      integrity: "sha384-x",
      title: "T",
      providerName: "P",
      providerUrl: `${site}/`,
      source: [],
    });
    const urls = [...o.html.matchAll(/(?:src)="(https?:\/\/[^/"]+)/g)].map((m) => m[1]);
    expect(urls).toEqual([site, site]);
  });
});

describe("WordPress's secret", () => {
  it("is read from #?secret=… only when it is letters and digits, as wp-embed.js requires", () => {
    expect(WP_SECRET.exec("#?secret=abcDEF1234")?.[1]).toBe("abcDEF1234");
    expect(WP_SECRET.exec("#?secret=abc%22")).toBeNull();
    expect(WP_SECRET.exec("#?secret=")).toBeNull();
    expect(WP_SECRET.exec("#secret=abc")).toBeNull();
  });
});
