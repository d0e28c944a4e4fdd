// What only our nginx does, with deploy/nginx.conf, for every file in dist/: the full policy header set,
// the precompressed copies, each 404 page and the trailing-slash redirect. Plain HTTP requests: nothing
// here needs a browser. (The same requests on every host: paths.test.ts.)
import { existsSync, readFileSync } from "node:fs";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import {
  CACHE_IMMUTABLE,
  COMPRESSIBLE_EXTENSIONS,
  contentTypeFor,
  headersFor,
  isFramable,
} from "../../tooling/delivery/policy.ts";
import { distFiles, urlOfBuiltFile } from "../support/built-site.ts";
import { header, request } from "./support/http.ts";

const nginx = inject("hosts").nginx;
const files = distFiles()
  .filter((f) => /\.[a-z0-9_]+$/i.test(f) && !/\.(gz|br)$/.test(f) && f !== "_headers")
  .map((f) => `/${f}`);

describe("nginx with deploy/nginx.conf", () => {
  it("dist/ holds pages, a hashed asset and the other file types the checks below cover", () => {
    expect(files.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(3);
    expect(files.some((f) => f.startsWith("/_astro/"))).toBe(true);
  });

  it("sends each built file with the policy's headers, each once, and its own type and length", async () => {
    for (const file of files) {
      const url = urlOfBuiltFile(file.slice(1));
      const res = await request(nginx + url);
      expect(res.status, `${url} should be served`).toBe(200);
      // header() throws when a header comes twice: two CSP headers would be two policies that both apply.
      for (const [name, value] of Object.entries(headersFor(url)))
        expect(header(res, name), `${name} on ${url}`).toBe(value);
      expect(header(res, "content-type"), url).toBe(contentTypeFor(file));
      expect(header(res, "content-encoding"), url).toBeUndefined();
      expect(Number(header(res, "content-length")), url).toBe(readFileSync(`dist${file}`).length);
      // The rules themselves, spelled out, so a wrong policy cannot pass by agreeing with itself.
      if (file.startsWith("/_astro/") || /^\/embed\.v1\.[0-9a-f]{12}\.js$/.test(file))
        expect(header(res, "cache-control"), url).toBe(CACHE_IMMUTABLE);
      else expect(header(res, "cache-control"), url).toMatch(/^(no-cache|max-age=[0-9]{1,3})\b/);
      if (isFramable(url)) {
        expect(header(res, "x-frame-options"), url).toBeUndefined();
        expect(header(res, "content-security-policy"), url).not.toContain("frame-ancestors");
      } else {
        expect(header(res, "x-frame-options"), url).toBe("DENY");
        expect(header(res, "content-security-policy"), url).toContain("frame-ancestors 'none'");
      }
    }
  });

  it("picks the precompressed gzip and brotli copies, byte for byte", async () => {
    for (const file of files.filter((f) => COMPRESSIBLE_EXTENSIONS.includes(f.split(".").pop() ?? ""))) {
      const url = urlOfBuiltFile(file.slice(1));
      const original = readFileSync(`dist${file}`);
      for (const [encoding, ext, decode] of [
        ["gzip", "gz", gunzipSync],
        ["br", "br", brotliDecompressSync],
      ] as const) {
        const res = await request(nginx + url, { "Accept-Encoding": encoding });
        const copy = `dist${file}.${ext}`;
        // Tiny files stay uncompressed when compression would not shrink them (tooling/delivery/precompress.ts).
        if (!existsSync(copy)) {
          expect(original.length, `${copy} is missing though ${file} is not tiny`).toBeLessThan(200);
          expect(header(res, "content-encoding"), url).toBeUndefined();
          expect(res.bytes.equals(original), url).toBe(true);
          continue;
        }
        expect(header(res, "content-encoding"), `${encoding} ${url}`).toBe(encoding);
        expect(res.bytes.equals(readFileSync(copy)), `${encoding} ${url}`).toBe(true);
        expect(decode(res.bytes).equals(original), `${encoding} ${url}`).toBe(true);
        expect(header(res, "vary"), url).toContain("Accept-Encoding");
      }
    }
  });

  it("answers a missing page with the site's own 404 page and the same headers", async () => {
    const res = await request(`${nginx}/no-such-page/`);
    expect(res.status).toBe(404);
    expect(res.body).toBe(readFileSync("dist/404.html", "utf8"));
    for (const [name, value] of Object.entries(headersFor("/404.html"))) expect(header(res, name), name).toBe(value);
  });

  it("answers a folder without index.html with the 404 page in its language, not a 403", async () => {
    for (const [path, page] of [
      ["/_astro/", "/404.html"],
      ["/data/", "/404.html"],
      ["/ja/data/", "/ja/404.html"],
    ] as const) {
      const res = await request(nginx + path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).toBe(readFileSync(`dist${page}`, "utf8"));
      expect(header(res, "x-frame-options"), path).toBe("DENY");
    }
  });

  it("does not serve other hosts' configuration files", async () => {
    expect(readFileSync("dist/_headers", "utf8")).toContain("/*");
    for (const path of ["/_headers", "/_redirects", "/netlify.toml"]) {
      const res = await request(nginx + path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).toBe(readFileSync("dist/404.html", "utf8"));
    }
  });

  it("lets a sandboxed (opaque-origin) embed read the modules and data with CORS, not the pages", async () => {
    const asset = files.find((f) => f.startsWith("/_astro/") && f.endsWith(".js")) ?? "";
    for (const path of [
      asset,
      "/data/chart-en.json",
      "/data/funding-totals.csv",
      "/oembed/funding.json",
      "/embed.js",
    ]) {
      const res = await request(nginx + path, { Origin: "null" });
      expect(res.status, path).toBe(200);
      expect(header(res, "access-control-allow-origin"), path).toBe("*");
    }
    const page = await request(`${nginx}/funding/`, { Origin: "null" });
    expect(header(page, "access-control-allow-origin")).toBeUndefined();
  });

  it("redirects an address without its trailing slash on the same host", async () => {
    const res = await request(`${nginx}/funding`);
    expect(res.status).toBe(301);
    expect(header(res, "location")).toBe("/funding/");
  });
});
