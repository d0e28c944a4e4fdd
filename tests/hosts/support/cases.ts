// The requests every host answers in tests/hosts/paths.test.ts, and what each host is known to do
// differently from production or from the others (docs/deploy.md, "What is verified where").
import { distFiles } from "../../support/built-site.ts";

export type Host = "nginx" | "cloudflare" | "netlify";
export const HOSTS: readonly Host[] = ["nginx", "cloudflare", "netlify"];
export const HOST_NAMES: Record<Host, string> = {
  nginx: "nginx (deploy/nginx.conf)",
  cloudflare: "Cloudflare Pages runtime (wrangler pages dev)",
  netlify: "Netlify runtime (netlify dev)",
};

const built = (re: RegExp, what: string) => {
  const file = distFiles().find((f) => re.test(f));
  if (!file) throw new Error(`dist/ has no ${what} (${re}): run npm run build.`);
  return `/${file}`;
};

export interface Case {
  path: string;
  /** Expected status per host; one number for all. */
  status: number | Partial<Record<Host, number>>;
  /** The 404 page's language, for misses. */
  notFoundLang?: "en" | "ja";
  /** The file under dist/ this URL serves, for Content-Type. */
  file?: string;
}

export function cases(): Case[] {
  const chunk = built(/^_astro\/chart-setup\.[\w-]+\.js$/, "chart chunk");
  const script = built(/^embed\.v1\.[0-9a-f]{12}\.js$/, "versioned embed script");
  return [
    { path: "/", status: 200, file: "/index.html" },
    { path: "/ja/", status: 200, file: "/ja/index.html" },
    { path: "/funding/", status: 200, file: "/funding/index.html" },
    { path: "/embed/funding/", status: 200, file: "/embed/funding/index.html" },
    { path: "/ja/embed/funding/", status: 200, file: "/ja/embed/funding/index.html" },
    { path: "/no-such-page/", status: 404, notFoundLang: "en" },
    { path: "/ja/no-such-page/", status: 404, notFoundLang: "ja" },
    // Cloudflare drops .html from every URL, so /404.html is a redirect there.
    { path: "/404.html", status: { nginx: 200, cloudflare: 308, netlify: 200 }, file: "/404.html" },
    // wrangler answers 502 (it looks for _headers/index.html); production Pages never serves the file.
    { path: "/_headers", status: { nginx: 404, cloudflare: 502, netlify: 404 } },
    { path: "/netlify.toml", status: 404, notFoundLang: "en" },
    { path: chunk, status: 200, file: chunk },
    { path: "/data/funding-totals.csv", status: 200, file: "/data/funding-totals.csv" },
    { path: "/data/chart-en.json", status: 200, file: "/data/chart-en.json" },
    { path: "/ja/data/funding-totals.json", status: 200, file: "/ja/data/funding-totals.json" },
    { path: "/embed.js", status: 200, file: "/embed.js" },
    { path: script, status: 200, file: script },
    { path: "/oembed/funding.json", status: 200, file: "/oembed/funding.json" },
    { path: "/ja/oembed/funding.json", status: 200, file: "/ja/oembed/funding.json" },
    // Edges: case, near-misses of the embed, an encoded "..", misses under the embed folders.
    { path: "/EMBED/funding/", status: 404, notFoundLang: "en" },
    { path: "/embedded/", status: 404, notFoundLang: "en" },
    // nginx and wrangler decode %2F and serve /funding/, with its headers (denied); Netlify answers 404.
    { path: "/embed/..%2Ffunding/", status: { nginx: 200, cloudflare: 200, netlify: 404 } },
    { path: "/embed/no-such-page/", status: 404, notFoundLang: "en" },
    { path: "/ja/embed/no-such-page/", status: 404, notFoundLang: "ja" },
    { path: "/data/missing.csv", status: 404, notFoundLang: "en" },
    // Netlify's local server has no trailing-slash redirect (production has: "pretty URLs").
    { path: "/funding", status: { nginx: 301, cloudflare: 308, netlify: 200 } },
  ];
}

export function expectedStatus(c: Case, host: Host): number {
  return typeof c.status === "number" ? c.status : (c.status[host] ?? 0);
}
