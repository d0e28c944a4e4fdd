// Every file in dist/, a miss under every folder, and /404.html, replayed through the models of Cloudflare
// Pages and Netlify (tests/support/host-models.ts) with the committed public/_headers and netlify.toml:
// framing is denied everywhere but /embed/* and /ja/embed/*, misses under /ja/ get the Japanese 404,
// and the text files carry charset=utf-8. nginx is checked with real requests in tests/e2e/headers.spec.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { distFiles, urlOfBuiltFile } from "../support/built-site";
import {
  cloudflareRequest,
  framing,
  netlifyRequest,
  parseCloudflareHeaders,
  parseNetlifyToml,
  type HostResponse,
} from "../support/host-models";
import { isFramable } from "../../tooling/delivery/headers-policy";

const files = distFiles()
  .filter((f) => !/\.(gz|br)$/.test(f) && f !== "_headers")
  .map((f) => `/${f}`);
const fileSet = new Set(files);
const urls = files.map((f) => urlOfBuiltFile(f.slice(1)));
const folders = [...new Set(files.map((f) => f.slice(0, f.lastIndexOf("/") + 1)))];
const misses = folders.map((d) => `${d}no-such-page/`).concat(folders.map((d) => `${d}missing.csv`));

const hosts: Record<string, (path: string) => HostResponse> = {
  "Cloudflare Pages": (p) =>
    cloudflareRequest(parseCloudflareHeaders(readFileSync("dist/_headers", "utf8")), fileSet, p),
  Netlify: (p) => netlifyRequest(parseNetlifyToml(readFileSync("netlify.toml", "utf8")), fileSet, p),
};

describe.each(Object.entries(hosts))("%s", (_, request) => {
  it("denies framing of every built file but the embed pages, and allows those", () => {
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      const r = request(url);
      expect(framing(r.headers), `${url} (${r.status})`).toBe(isFramable(url) ? "allow" : "deny");
      // Following a host's redirect (Cloudflare: /x.html → /x) must not lift the denial either.
      if (r.location) expect(framing(request(r.location).headers), `${url} → ${r.location}`).toBe(framing(r.headers));
    }
  });
  it("answers every miss with a 404 page that denies framing, Japanese under /ja/", () => {
    for (const miss of misses) {
      const r = request(miss);
      expect(r.status, miss).toBe(404);
      // Static hosts match headers on the requested URL, so a miss under /embed/ keeps the embed's rule:
      // the 404 page (no forms, no actions) may be framed there, as the embed may. Everywhere else: denied.
      expect(framing(r.headers), miss).toBe(isFramable(miss) ? "allow" : "deny");
      expect(r.file, miss).toBe(miss.startsWith("/ja/") ? "/ja/404.html" : "/404.html");
    }
  });
  it("denies framing of /404.html", () => {
    expect(framing(request("/404.html").headers)).toBe("deny");
  });
});

describe("charset on the static hosts", () => {
  const cf = parseCloudflareHeaders(readFileSync("dist/_headers", "utf8"));
  const nl = parseNetlifyToml(readFileSync("netlify.toml", "utf8"));
  it("serves every CSV and JSON with charset=utf-8", () => {
    const data = urls.filter((u) => /\.(csv|json)$/.test(u));
    expect(data.length).toBeGreaterThanOrEqual(6);
    for (const url of data) {
      for (const r of [cloudflareRequest(cf, fileSet, url), netlifyRequest(nl, fileSet, url)])
        expect(r.headers["content-type"], url).toMatch(/^(text\/csv|application\/json); charset=utf-8$/);
    }
  });
});
