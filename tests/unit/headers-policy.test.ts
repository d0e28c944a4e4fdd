import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  CACHE_IMMUTABLE,
  contentTypeFor,
  headersFor,
  renderHeadersFile,
  renderNginxConf,
} from "../../tooling/delivery/headers-policy";
import { contentPagePaths, deliveryFiles } from "../../tooling/delivery/delivery-files";
import { contentIds } from "../../tooling/delivery/gen-headers";
import { localConf } from "../../tooling/delivery/nginx";
import { isCompressible, precompressDir } from "../../tooling/delivery/precompress";

describe("headersFor", () => {
  it("refuses framing everywhere but /embed/*", () => {
    for (const path of ["/", "/funding/", "/ja/funding/", "/_astro/a.js", "/data/x.csv", "/embedded/"]) {
      expect(headersFor(path)["Content-Security-Policy"]).toMatch(/^frame-ancestors 'none';/);
      expect(headersFor(path)["X-Frame-Options"]).toBe("DENY");
    }
    for (const path of ["/embed/funding/", "/ja/embed/funding/"]) {
      expect(headersFor(path)["Content-Security-Policy"]).toMatch(/^frame-ancestors \*;/);
      expect(headersFor(path)).not.toHaveProperty("X-Frame-Options");
    }
  });
  it("caches hashed assets for a year and makes everything else revalidate", () => {
    expect(headersFor("/_astro/routes.abc123.css")["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    for (const path of ["/", "/funding/", "/data/funding-totals.csv", "/favicon.svg", "/embed/funding/"]) {
      expect(headersFor(path)["Cache-Control"]).toBe("no-cache");
    }
  });
  it("sends the security headers the issue lists on every path", () => {
    const h = headersFor("/embed/funding/");
    expect(h["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["Permissions-Policy"]).toContain("camera=()");
    expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    // The header CSP must never carry script-src/style-src: that would block Astro's hashed <meta> policy.
    expect(h["Content-Security-Policy"]).not.toMatch(/script-src|style-src|default-src/);
  });
  it("gives data downloads and oEmbed JSON a UTF-8 content type", () => {
    expect(contentTypeFor("/data/funding-totals.csv")).toBe("text/csv; charset=utf-8");
    expect(contentTypeFor("/data/funding-totals.json")).toBe("application/json; charset=utf-8");
    expect(contentTypeFor("/_astro/x.JS")).toBe("text/javascript; charset=utf-8");
    expect(contentTypeFor("/favicon.png")).toBe("image/png");
    expect(contentTypeFor("/README")).toBeUndefined();
  });
});

/** Which _headers rules match a path, with Netlify/Cloudflare semantics for our two forms: exact and prefix/*. */
function matchingRules(file: string, path: string): Record<string, string>[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  let current: Record<string, string> | undefined;
  for (const line of file.split("\n")) {
    if (line.startsWith("/")) rules.push({ pattern: line, headers: (current = {}) });
    else if (line.startsWith("  ") && current) {
      const [name = "", ...value] = line.trim().split(": ");
      current[name] = value.join(": ");
    }
  }
  return rules
    .filter(({ pattern }) => (pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern))
    .map((r) => r.headers);
}

describe("renderHeadersFile (public/_headers)", () => {
  const pages = ["/", "/funding/", "/ja/", "/ja/funding/", "/404.html"];
  const file = renderHeadersFile(pages);
  const paths = [...pages, "/embed/funding/", "/ja/embed/funding/", "/_astro/a.js", "/favicon.svg"];

  it("never sets one header from two rules that match the same path (hosts would merge them)", () => {
    for (const path of paths) {
      const names = matchingRules(file, path).flatMap((h) => Object.keys(h));
      expect(names, path).toEqual([...new Set(names)]);
    }
  });
  it("gives every page and embed the same headers as the nginx policy", () => {
    for (const path of [...pages, "/embed/funding/", "/ja/embed/funding/"]) {
      expect(Object.assign({}, ...matchingRules(file, path)), path).toEqual(headersFor(path));
    }
  });
  it("gives hashed assets the policy's caching; framing headers are for documents only", () => {
    const rest: Record<string, string> = headersFor("/_astro/a.js");
    delete rest["Content-Security-Policy"];
    delete rest["X-Frame-Options"];
    expect(Object.assign({}, ...matchingRules(file, "/_astro/a.js"))).toEqual(rest);
  });
  it("refuses framing of every page even if it is listed twice", () => {
    const twice = renderHeadersFile(["/funding/", "/funding/"]);
    expect(twice.match(/^\/funding\/$/gm)).toHaveLength(1);
  });
});

describe("renderNginxConf (deploy/nginx.conf)", () => {
  const conf = renderNginxConf({ notFound: { "/": "/404.html", "/ja/": "/ja/404/index.html" }, brotli: true });
  it("repeats the whole header list in every location, because nginx does not inherit add_header", () => {
    const blocks = conf.split(/\n\s*location /).slice(1);
    expect(blocks.length).toBe(5);
    for (const block of blocks) {
      const path = block.split(/\s/).filter((w) => w.startsWith("/"))[0] ?? "";
      const sent = [...block.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]);
      expect(Object.fromEntries(sent), path).toEqual(headersFor(path));
    }
  });
  it("serves precompressed files and our 404 pages", () => {
    expect(conf).toContain("gzip_static on;");
    expect(conf).toContain("brotli_static on;");
    expect(conf).toContain("error_page 404 /404.html;");
    expect(conf).toContain("error_page 404 /ja/404/index.html;");
    expect(conf).toContain(`add_header Cache-Control "${CACHE_IMMUTABLE}" always;`);
    expect(conf).toContain("text/csv csv;");
  });
  it("leaves brotli out when asked, and needs a site-wide 404", () => {
    expect(renderNginxConf({ notFound: { "/": "/404.html" }, brotli: false })).not.toMatch(/brotli/);
    expect(() => renderNginxConf({ notFound: {}, brotli: false })).toThrow(/"\/" entry/);
  });
});

describe("the committed configuration files", () => {
  it("are what `npm run gen:headers` writes today", () => {
    for (const [file, expected] of Object.entries(deliveryFiles(contentIds()))) {
      expect(readFileSync(file, "utf8"), `${file} is stale: run \`npm run gen:headers\` and commit the result.`).toBe(
        expected,
      );
    }
  });
  it("list every content page, with the English 404 at /404.html", () => {
    expect(contentPagePaths(["en/index", "en/funding", "en/404", "ja/index", "ja/404"])).toEqual([
      "/",
      "/funding/",
      "/404.html",
      "/ja/",
      "/ja/404/",
    ]);
  });
  it("route Japanese misses to the Japanese 404 only when it exists", () => {
    expect(deliveryFiles(["en/index", "en/404"])["deploy/nginx.conf"]).not.toContain("/ja/404/");
    expect(deliveryFiles(["en/index", "en/404", "ja/404"])["deploy/nginx.conf"]).toContain(
      "error_page 404 /ja/404/index.html;",
    );
  });
});

describe("localConf (npm run serve)", () => {
  it("changes only listen and root", () => {
    const conf = readFileSync("deploy/nginx.conf", "utf8");
    const local = localConf(conf, 4999, "/tmp/dist", false);
    expect(local).toContain("listen 127.0.0.1:4999;");
    expect(local).toContain("root /tmp/dist;");
    expect(local.split("\n").filter((l, i) => l !== conf.split("\n")[i])).toHaveLength(2);
  });
  it("keeps root's workers root, so they can read a checkout in a private folder", () => {
    const conf = readFileSync("deploy/nginx.conf", "utf8");
    expect(localConf(conf, 4999, "/tmp/dist", true)).toMatch(/^user root;\nworker_processes 1;$/m);
    expect(localConf(conf, 4999, "/tmp/dist", false)).not.toContain("user root;");
  });
  it("says how to fix a configuration it cannot adapt", () => {
    expect(() => localConf("http {}", 1, "/x")).toThrow(/npm run gen:headers/);
  });
});

describe("precompress", () => {
  it("compresses text formats only, and only when that saves bytes", () => {
    expect(["a.html", "b.CSS", "c.js", "d.svg", "e.json", "f.csv", "g.xml"].every(isCompressible)).toBe(true);
    expect(["a.png", "b.woff2", "c.gz", "d.br", "_headers"].some(isCompressible)).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), "precompress-"));
    const big = "<p>Japan and the ILO</p>\n".repeat(200);
    writeFileSync(join(dir, "page.html"), big);
    writeFileSync(join(dir, "tiny.txt"), "x");
    const totals = precompressDir(dir);
    expect(totals.files).toBe(2);
    expect(gunzipSync(readFileSync(join(dir, "page.html.gz"))).toString()).toBe(big);
    expect(brotliDecompressSync(readFileSync(join(dir, "page.html.br"))).toString()).toBe(big);
    expect(() => readFileSync(join(dir, "tiny.txt.gz"))).toThrow();
  });
});
