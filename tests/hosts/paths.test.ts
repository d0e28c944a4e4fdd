// Every host's real runtime (tests/hosts/setup.ts starts them over dist/) answers the same requests, and
// each answer is compared with the one policy (tooling/delivery/policy.ts): status, framing, CORS,
// Cache-Control, Content-Type, the 404 page's language, and no header sent twice. Where a local runtime
// is known to differ from its production host, the case says so and docs/deploy.md lists it.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import {
  CACHE_IMMUTABLE,
  contentTypeFor,
  FRAMABLE_PAGES,
  headersFor,
  isFramable,
} from "../../tooling/delivery/policy.ts";
import { distFiles, urlOfBuiltFile } from "../support/built-site.ts";
import { cases, expectedStatus, HOST_NAMES, HOSTS, type Host } from "./support/cases.ts";
import { duplicates, framing, header, lang, request } from "./support/http.ts";

const origins = inject("hosts");
const files = distFiles()
  .filter((f) => !/\.(gz|br)$/.test(f) && f !== "_headers")
  .map((f) => `/${f}`);

/** Cloudflare Pages adds `Access-Control-Allow-Origin: *` to every response, ours or not. */
const CORS_EVERYWHERE: Partial<Record<Host, true>> = { cloudflare: true };
/** Netlify's local server sets its own Cache-Control (public, max-age=0) on everything, ours ignored. */
const OWN_CACHE_CONTROL: Partial<Record<Host, true>> = { netlify: true };

describe.each(HOSTS.map((h) => [HOST_NAMES[h], h] as const))("%s", (_, host) => {
  const origin = origins[host];

  it.each(cases().map((c) => [c.path, c] as const))("%s", async (path, c) => {
    const res = await request(origin + path);
    const where = `${host} ${path} (${origins.commands[host]})`;
    expect(res.status, where).toBe(expectedStatus(c, host));
    if (host === "cloudflare" && res.status === 502) {
      // wrangler's own error for /_headers: never the file itself (production Pages does not serve it).
      expect(res.body, where).not.toContain("Content-Security-Policy");
      return;
    }
    expect(duplicates(res), `${where}: headers sent twice`).toEqual([]);
    expect(framing(res), where).toBe(res.status === 200 && isFramable(path) ? "allow" : "deny");
    if (c.notFoundLang) expect(lang(res), `${where}: the 404 page's language`).toBe(c.notFoundLang);
    if (res.status !== 200) return;

    const policy = headersFor(path);
    const cors = header(res, "access-control-allow-origin");
    if (policy["Access-Control-Allow-Origin"] || CORS_EVERYWHERE[host]) expect(cors, where).toBe("*");
    else expect(cors, where).toBeUndefined();
    if (!OWN_CACHE_CONTROL[host]) {
      const cache = header(res, "cache-control") ?? "";
      // Cloudflare's default for files without a rule (public, max-age=0, must-revalidate) revalidates like
      // our no-cache, so the policy leaves it alone there (renderHeadersFile).
      if (policy["Cache-Control"] === CACHE_IMMUTABLE || host === "nginx")
        expect(cache, where).toBe(policy["Cache-Control"]);
      else expect(cache, where).toMatch(/\bmax-age=0\b|no-cache/);
    }
    const type = header(res, "content-type") ?? "";
    // Cloudflare sends JavaScript without a charset (no rule adds one); module scripts are UTF-8 anyway.
    if (c.file && !(host === "cloudflare" && c.file.endsWith(".js"))) expect(type, where).toBe(contentTypeFor(c.file));
    if (c.file) expect(res.body, where).toBe(readFileSync(`dist${c.file}`, "utf8"));
  });

  it("denies framing of every built file but the embed pages, and allows those", async () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const url = urlOfBuiltFile(file.slice(1));
      const res = await request(origin + url);
      // Cloudflare answers /x.html with a redirect to /x: that redirect must deny too.
      expect([200, 308], `${host} ${url}`).toContain(res.status);
      expect(framing(res), `${host} ${url} (${res.status})`).toBe(
        res.status === 200 && isFramable(url) ? "allow" : "deny",
      );
    }
  });

  it("answers a miss in every folder with a 404 page that denies framing, Japanese under /ja/", async () => {
    const folders = [...new Set(files.map((f) => f.slice(0, f.lastIndexOf("/") + 1)))];
    for (const miss of folders.flatMap((d) => [`${d}no-such-page/`, `${d}missing.csv`])) {
      const res = await request(origin + miss);
      expect(res.status, `${host} ${miss}`).toBe(404);
      expect(framing(res), `${host} ${miss}`).toBe("deny");
      expect(lang(res), `${host} ${miss}`).toBe(miss.startsWith("/ja/") ? "ja" : "en");
    }
  });

  it("lets framing only at the exact embed URLs: not their prefixes, case variants or neighbours", async () => {
    for (const page of FRAMABLE_PAGES) {
      for (const near of [page.toUpperCase(), `${page}x/`, page.replace(/\/$/, "ded/"), `${page.slice(0, -1)}.js`]) {
        const res = await request(origin + near);
        expect(framing(res), `${host} ${near} (${res.status})`).toBe("deny");
      }
    }
  });
});

describe("the framable pages", () => {
  it("are exactly the built pages under embed/ (a new embed page must be listed in FRAMABLE_PAGES)", () => {
    const embedPages = files
      .filter((f) => /^\/(ja\/)?embed\/.+\/index\.html$/.test(f))
      .map((f) => urlOfBuiltFile(f.slice(1)));
    expect([...FRAMABLE_PAGES].sort()).toEqual(embedPages.sort());
  });
});
