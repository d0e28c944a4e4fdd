import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CACHE_IMMUTABLE, contentTypeFor, headersFor } from "../../../../tooling/delivery/policy";
import { renderHeadersFile } from "../../../../tooling/delivery/hosts/cloudflare";
import { renderNetlifyToml } from "../../../../tooling/delivery/hosts/netlify";
import { renderNginxConf } from "../../../../tooling/delivery/hosts/nginx";
import { contentPagePaths, deliveryFiles } from "../../../../tooling/delivery/delivery-files";
import { contentIds } from "../../../../tooling/delivery/gen-headers";
import { localConf } from "../../../../tooling/delivery/nginx";
import { isCompressible, precompressDir } from "../../../../tooling/delivery/precompress";

describe("headersFor", () => {
  it("lets any origin read the embed's modules and data, the downloads, oEmbed and the parent script (CORS)", () => {
    for (const path of ["/_astro/a.js", "/data/chart-en.json", "/ja/data/x.json", "/oembed/funding.json", "/embed.js"])
      expect(headersFor(path)["Access-Control-Allow-Origin"], path).toBe("*");
    expect(headersFor("/embed.v1.0123456789ab.js")).toMatchObject({
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": CACHE_IMMUTABLE,
    });
    for (const path of ["/", "/funding/", "/embed/funding/"])
      expect(headersFor(path)["Access-Control-Allow-Origin"], path).toBeUndefined();
  });
  it("refuses framing everywhere but the embed pages, matched exactly", () => {
    for (const path of [
      "/",
      "/funding/",
      "/ja/funding/",
      "/_astro/a.js",
      "/data/x.csv",
      "/embedded/",
      "/embed/",
      "/embed/other/",
      "/EMBED/funding/",
      "/embed.js",
    ]) {
      expect(headersFor(path)["Content-Security-Policy"]).toMatch(/^frame-ancestors 'none';/);
      expect(headersFor(path)["X-Frame-Options"]).toBe("DENY");
    }
    for (const path of ["/embed/funding/", "/ja/embed/funding/", "/embed/funding/index.html"]) {
      // No frame-ancestors at all: `*` would still refuse a sandboxed (opaque-origin) ancestor.
      expect(headersFor(path)["Content-Security-Policy"]).not.toContain("frame-ancestors");
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
    expect(contentTypeFor("/_astro/x.JS")).toBe("application/javascript; charset=utf-8");
    expect(contentTypeFor("/favicon.png")).toBe("image/png");
    expect(contentTypeFor("/README")).toBeUndefined();
  });
});

describe("renderNginxConf (deploy/nginx.conf)", () => {
  const conf = renderNginxConf({ notFound: { "/": "/404.html", "/ja/": "/ja/404.html" }, brotli: true });
  it("repeats the whole header list in every location, because nginx does not inherit add_header", () => {
    const blocks = conf
      .split(/\n\s*location /)
      .slice(1)
      .filter((b) => !b.startsWith("~"));
    expect(blocks.length).toBeGreaterThanOrEqual(10);
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
    expect(conf).toContain("error_page 404 /ja/404.html;");
    // A folder without index.html is our 404, not nginx's 403.
    expect(conf).toContain("error_page 403 =404 /404.html;");
    expect(conf).toContain(`add_header Cache-Control "${CACHE_IMMUTABLE}" always;`);
    expect(conf).toContain("text/csv csv;");
  });
  it("includes the standard MIME list before its additions, which only add what that list lacks", () => {
    expect(conf.indexOf("include /etc/nginx/mime.types;")).toBeGreaterThan(0);
    expect(conf.indexOf("include /etc/nginx/mime.types;")).toBeLessThan(conf.indexOf("types {"));
    const stock = readFileSync("/etc/nginx/mime.types", "utf8");
    const added = /\n {2}types \{\n([^}]*)\n {2}\}/.exec(conf)?.[1] ?? "";
    const exts = [...added.matchAll(/ (\w+);$/gm)].map((m) => m[1] ?? "");
    expect(exts).toEqual(["csv", "mjs", "webmanifest"]);
    for (const ext of exts) expect(stock, ext).not.toMatch(new RegExp(`\\s${ext}[\\s;]`));
    // Control: an extension the stock list has is found by the same check.
    expect(stock).toMatch(new RegExp(`\\sjs[\\s;]`));
  });
  it("does not serve other hosts' configuration files, and starts in an empty folder", () => {
    expect(conf).toMatch(/location ~ \^\/\(_headers\|_redirects\|netlify\\\.toml\)\$ \{\n\s+return 404;/);
    // Logs go to stderr/stdout; temp folders are single names nginx creates under its prefix.
    expect(conf).toContain("error_log stderr crit;");
    expect(conf).not.toMatch(/\blogs\//);
    expect(conf).toMatch(/client_body_temp_path client_body_temp;/);
  });
  it("keeps no client IPs in its access log, and logs no per-request errors (which name the client)", () => {
    const format = /log_format noip '([^']*)'/.exec(conf)?.[1] ?? "";
    expect(format).not.toBe("");
    expect(format).not.toMatch(/remote_addr|x_forwarded_for|realip/);
    expect(conf).toMatch(/access_log \S+ noip;/);
    expect(conf).not.toMatch(/access_log [^\n]*(?<!noip);\n/);
  });
  it("fits production: a worker per core", () => {
    expect(conf).toContain("worker_processes auto;");
    expect(conf).toMatch(/worker_connections (\d{4,});/);
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
  it("route Japanese misses to the Japanese 404 only when it exists, on nginx and Netlify", () => {
    expect(deliveryFiles(["en/index", "en/404"])["deploy/nginx.conf"]).not.toContain("/ja/404");
    const both = deliveryFiles(["en/index", "en/404", "ja/404"]);
    expect(both["deploy/nginx.conf"]).toContain("error_page 404 /ja/404.html;");
    expect(both["netlify.toml"]).toMatch(/from = "\/ja\/\*"\n\s+to = "\/ja\/404\.html"\n\s+status = 404/);
  });
  it("build with the editors' whole check on every host, so a deploy fails where `npm run check` fails", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["check"]).toBeDefined();
    expect(readFileSync("netlify.toml", "utf8")).toMatch(
      /^\[build\]\n {2}command = "npm run check && rm dist\/_headers"$/m,
    );
    // The Cloudflare Pages settings are typed into its dashboard, from docs/deploy.md.
    expect(readFileSync("docs/deploy.md", "utf8")).toMatch(/Cloudflare Pages:\*\* build command `npm run check`/);
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
    expect(localConf(conf, 4999, "/tmp/dist", true)).toMatch(/^user root;\nworker_processes auto;$/m);
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

// Platform limits no local runtime enforces (wrangler and netlify dev accept files production would refuse),
// so they stay checked here, from the hosts' docs.
describe("limits of the hosts' files", () => {
  it("_headers stays under Cloudflare's 100 rules and 2,000 characters a line", () => {
    // https://developers.cloudflare.com/pages/configuration/headers/ ("Limits")
    const text = renderHeadersFile();
    const rules = text.split("\n").filter((l) => l.startsWith("/"));
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.length).toBeLessThan(100);
    for (const line of text.split("\n")) expect(line.length).toBeLessThan(2000);
  });
  it("netlify.toml replaces the X-Frame-Options it cannot remove, and sets it nowhere else but DENY", () => {
    const toml = renderNetlifyToml({ "/": "/404.html", "/ja/": "/ja/404.html" });
    const values = [...toml.matchAll(/X-Frame-Options = "([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(values)).toEqual(new Set(["DENY", "ALLOWALL"]));
  });
});
