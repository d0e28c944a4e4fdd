// The host models (tests/support/host-models.ts) checked against the examples in the hosts' own docs, and
// the generated _headers and netlify.toml checked through them on representative paths. The gate
// tests/gates/host-framing.test.ts replays every file in dist/ the same way.
import { describe, expect, it } from "vitest";
import {
  cloudflareHeaders,
  cloudflareRequest,
  framing,
  netlifyHeaders,
  parseCloudflareHeaders,
  parseNetlifyToml,
} from "../../support/host-models";
import { headersFor, renderHeadersFile, renderNetlifyToml } from "../../../tooling/delivery/headers-policy";

describe("the Cloudflare model reproduces Cloudflare's documented example", () => {
  // https://developers.cloudflare.com/pages/configuration/headers/ ("Attach a header").
  const rules = parseCloudflareHeaders(
    [
      "# This is a comment",
      "/secure/page",
      "  X-Frame-Options: DENY",
      "  X-Content-Type-Options: nosniff",
      "  Referrer-Policy: no-referrer",
      "",
      "/static/*",
      "  Access-Control-Allow-Origin: *",
      "  X-Robots-Tag: nosnippet",
      "",
      "/*",
      "  X-Robots-Tag: noindex",
      "",
      "/*.jpg",
      "  ! X-Robots-Tag",
    ].join("\n"),
  );
  it("joins a header two rules set with a comma", () => {
    expect(cloudflareHeaders(rules, "/static/styles.css")).toEqual({
      "access-control-allow-origin": "*",
      "x-robots-tag": "nosnippet, noindex",
    });
  });
  it("applies every matching rule, and a detach removes what a broader rule added", () => {
    expect(cloudflareHeaders(rules, "/secure/page")).toMatchObject({
      "x-frame-options": "DENY",
      "x-robots-tag": "noindex",
    });
    expect(cloudflareHeaders(rules, "/static/image.jpg")).toEqual({ "access-control-allow-origin": "*" });
  });
});

describe("framing (what a browser does with the headers)", () => {
  it("lets frame-ancestors decide alone, the stricter of two joined policies winning", () => {
    expect(framing({ "Content-Security-Policy": "frame-ancestors *", "X-Frame-Options": "DENY" })).toBe("allow");
    expect(framing({ "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none', frame-ancestors *" })).toBe(
      "deny",
    );
  });
  it("falls back to X-Frame-Options, where DENY, SAMEORIGIN or a conflict block", () => {
    expect(framing({ "X-Frame-Options": "DENY" })).toBe("deny");
    expect(framing({ "X-Frame-Options": "DENY, DENY" })).toBe("deny");
    expect(framing({ "X-Frame-Options": "DENY, ALLOWALL" })).toBe("deny");
    expect(framing({ "Content-Security-Policy": "object-src 'none'" })).toBe("allow");
    expect(framing({})).toBe("allow");
  });
});

describe("the generated files, replayed through the models", () => {
  const cf = parseCloudflareHeaders(renderHeadersFile());
  const nl = parseNetlifyToml(renderNetlifyToml({ "/": "/404.html", "/ja/": "/ja/404.html" }));
  const paths = [
    "/",
    "/funding/",
    "/ja/",
    "/404.html",
    "/404",
    "/no-such/",
    "/embed/funding/",
    "/ja/embed/funding/",
    "/embed/funding/?theme=dark",
    "/_astro/x.js",
    "/data/funding-totals.csv",
    "/embed.js",
    "/embed.v1.abc.js",
    "/embedded/",
  ];
  it("frames only /embed/* on every host, as nginx's policy does", () => {
    for (const path of paths) {
      const want = framing(headersFor(path));
      expect(want, path).toBe(path.startsWith("/embed/") || path.startsWith("/ja/embed/") ? "allow" : "deny");
      expect(framing(cloudflareHeaders(cf, path.split("?")[0] ?? path)), `Cloudflare ${path}`).toBe(want);
      expect(framing(netlifyHeaders(nl, path.split("?")[0] ?? path)), `Netlify ${path}`).toBe(want);
    }
  });
  it("sends the same CORS, caching and security headers as nginx, except where the host's default stands in", () => {
    for (const path of paths.filter((p) => !p.includes("?"))) {
      const want = Object.fromEntries(Object.entries(headersFor(path)).map(([k, v]) => [k.toLowerCase(), v]));
      const netlify = netlifyHeaders(nl, path);
      const cloudflare = cloudflareHeaders(cf, path);
      for (const name of [
        "strict-transport-security",
        "x-content-type-options",
        "referrer-policy",
        "permissions-policy",
        "cross-origin-opener-policy",
        "access-control-allow-origin",
      ]) {
        expect(netlify[name], `Netlify ${name} ${path}`).toBe(want[name]);
        expect(cloudflare[name], `Cloudflare ${name} ${path}`).toBe(want[name]);
      }
      expect(netlify["cache-control"], path).toBe(want["cache-control"]);
      // Cloudflare: /* leaves Cache-Control to the host (max-age=0, must-revalidate), which revalidates like no-cache.
      if (want["cache-control"] === "no-cache") expect(cloudflare["cache-control"], path).toBeUndefined();
      else expect(cloudflare["cache-control"], path).toBe(want["cache-control"]);
    }
  });
  it("_headers stays under Cloudflare's 100 rules and 2,000 characters a line", () => {
    const text = renderHeadersFile();
    expect(cf.length).toBeLessThan(100);
    for (const line of text.split("\n")) expect(line.length).toBeLessThan(2000);
  });
  it("a Cloudflare request for /404.html redirects to /404, and both deny framing", () => {
    const files = new Set(["/404.html", "/index.html"]);
    const r = cloudflareRequest(cf, files, "/404.html");
    expect(r.status).toBe(308);
    expect(r.location).toBe("/404");
    expect(framing(r.headers)).toBe("deny");
    const target = cloudflareRequest(cf, files, "/404");
    expect([target.status, target.file, framing(target.headers)]).toEqual([200, "/404.html", "deny"]);
  });
});
