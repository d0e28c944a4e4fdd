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
    if (file.startsWith("/_astro/")) expect(got["cache-control"]).toBe(CACHE_IMMUTABLE);
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

test("an address without its trailing slash redirects on the same host", async ({ request }) => {
  const res = await request.get("/funding", { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers()["location"]).toBe("/funding/");
});

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
