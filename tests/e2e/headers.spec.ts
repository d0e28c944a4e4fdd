// The production headers, as nginx sends them with deploy/nginx.conf, for every file in dist/.
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  CACHE_IMMUTABLE,
  COMPRESSIBLE_EXTENSIONS,
  contentTypeFor,
  headersFor,
  isFramable,
} from "../../tooling/delivery/headers-policy.ts";
import { builtFiles, NO_NGINX_MESSAGE, SERVED_BY_NGINX } from "./support/servers.ts";
import { urlOfBuiltFile } from "../support/built-site.ts";

test.skip(!SERVED_BY_NGINX, NO_NGINX_MESSAGE);

const files = builtFiles();

test("dist/ holds pages, a hashed asset and the other file types the checks below cover", () => {
  expect(files.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(3);
  expect(files.some((f) => f.startsWith("/_astro/"))).toBe(true);
});

for (const file of files) {
  const url = urlOfBuiltFile(file);
  test(`headers for ${url}`, async ({ request }) => {
    const res = await request.get(url, { headers: { "Accept-Encoding": "identity" } });
    expect(res.status(), `${url} should be served`).toBe(200);
    const all = res.headersArray();
    const got = res.headers();
    // Two CSP headers would be two policies that both apply; each header must come exactly once.
    for (const name of Object.keys(headersFor(url))) {
      expect(
        all.filter((h) => h.name.toLowerCase() === name.toLowerCase()),
        `${name} on ${url}`,
      ).toHaveLength(1);
    }
    expect(got).toMatchObject(lower(headersFor(url)));
    expect(got["content-type"]).toBe(contentTypeFor(file));
    expect(res.headers()["content-encoding"]).toBeUndefined();
    expect(Number(got["content-length"])).toBe(readFileSync(`dist${file}`).length);

    // The rules themselves, spelled out, so a wrong policy cannot pass by agreeing with itself.
    if (file.startsWith("/_astro/") || /^\/embed\.v1\.[0-9a-f]{12}\.js$/.test(file))
      expect(got["cache-control"]).toBe(CACHE_IMMUTABLE);
    else expect(got["cache-control"]).toMatch(/^(no-cache|max-age=[0-9]{1,3})\b/);
    if (isFramable(url)) {
      expect(got["x-frame-options"]).toBeUndefined();
      expect(got["content-security-policy"]).toContain("frame-ancestors *");
    } else {
      expect(got["x-frame-options"]).toBe("DENY");
      expect(got["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
  });

  const ext = file.split(".").pop() ?? "";
  if (!COMPRESSIBLE_EXTENSIONS.includes(ext)) continue;
  for (const encoding of ["gzip", "br"]) {
    test(`${encoding} for ${url}`, async ({ request }) => {
      const res = await request.get(url, { headers: { "Accept-Encoding": encoding } });
      const original = readFileSync(`dist${file}`);
      expect(await res.body()).toEqual(original);
      const copy = `dist${file}.${encoding === "gzip" ? "gz" : "br"}`;
      // Tiny files stay uncompressed when compression would not shrink them (tooling/delivery/precompress.ts).
      if (!existsSync(copy)) {
        expect(original.length, `${copy} is missing though ${file} is not tiny`).toBeLessThan(200);
        expect(res.headers()["content-encoding"]).toBeUndefined();
        return;
      }
      const precompressed = readFileSync(copy);
      expect(res.headers()["content-encoding"]).toBe(encoding);
      expect(Number(res.headers()["content-length"])).toBe(precompressed.length);
      expect(res.headers()["vary"]).toContain("Accept-Encoding");
    });
  }
}

test("a missing page answers 404 with the site's own 404 page and the same headers", async ({ request }) => {
  const res = await request.get("/no-such-page/");
  expect(res.status()).toBe(404);
  expect(await res.text()).toBe(readFileSync("dist/404.html", "utf8"));
  expect(res.headers()).toMatchObject(lower(headersFor("/404.html")));
});

test("a missing Japanese page answers with the Japanese 404 page where there is one", async ({ request }) => {
  const ja404 = files.find((f) => f === "/ja/404/index.html");
  const res = await request.get("/ja/no-such-page/");
  expect(res.status()).toBe(404);
  expect(await res.text()).toBe(readFileSync(`dist${ja404 ?? "/404.html"}`, "utf8"));
});

test("a folder without index.html is our 404, not a 403, in its language", async ({ request }) => {
  for (const [path, page] of [
    ["/_astro/", "/404.html"],
    ["/data/", "/404.html"],
    ["/ja/data/", "/ja/404.html"],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toBe(readFileSync(`dist${page}`, "utf8"));
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("every miss under /ja/ gets the Japanese 404, framing denied, even under /ja/embed/ and /ja/data/", async ({
  request,
}) => {
  const ja404 = readFileSync("dist/ja/404.html", "utf8");
  expect(ja404).toContain('lang="ja"');
  for (const path of ["/ja/nope/", "/ja/embed/nope/", "/ja/data/nope.csv", "/ja/oembed/nope.json", "/ja/x.html"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toBe(ja404);
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  const en = await request.get("/embed/nope/");
  expect(en.status()).toBe(404);
  expect(en.headers()["x-frame-options"]).toBe("DENY");
});

test("other hosts' configuration files are not served", async ({ request }) => {
  expect(readFileSync("dist/_headers", "utf8")).toContain("/*");
  for (const path of ["/_headers", "/_redirects", "/netlify.toml"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toBe(readFileSync("dist/404.html", "utf8"));
  }
});

test("CORS: a sandboxed (opaque-origin) embed may read the modules and data, not the pages", async ({ request }) => {
  const asset = files.find((f) => f.startsWith("/_astro/") && f.endsWith(".js")) ?? "";
  for (const path of [asset, "/data/chart-en.json", "/data/funding-totals.csv", "/oembed/funding.json", "/embed.js"]) {
    const res = await request.get(path, { headers: { Origin: "null" } });
    expect(res.status(), path).toBe(200);
    expect(res.headers()["access-control-allow-origin"], path).toBe("*");
  }
  const page = await request.get("/funding/", { headers: { Origin: "null" } });
  expect(page.headers()["access-control-allow-origin"]).toBeUndefined();
});

test("an address without its trailing slash redirects on the same host", async ({ request }) => {
  const res = await request.get("/funding", { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers()["location"]).toBe("/funding/");
});

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
