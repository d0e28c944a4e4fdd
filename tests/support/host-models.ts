/**
 * Models of how each static host turns its configuration file into response headers, written from the
 * hosts' documentation, so the tests can replay every built path, every 404 and /404.html on each host
 * without deploying:
 *
 * - Cloudflare Pages (https://developers.cloudflare.com/pages/configuration/headers/): a request matching
 *   several rules "will inherit all rules' headers"; "if a header is applied twice in the _headers file, the
 *   values are joined with a comma separator"; `! Name` detaches a header a broader rule added; `*` (splat)
 *   matches any characters; "a project is limited to 100 header rules". Pages redirects /x.html to /x and
 *   /x/index.html to /x/, and answers a miss with the nearest 404.html up the path, headers matched on the
 *   requested URL.
 * - Netlify (https://docs.netlify.com/manage/routing/headers/): [[headers]] rules in netlify.toml; every
 *   rule whose `for` matches applies, and where two set one header the later rule's value wins (Netlify has
 *   no detach). A [[redirects]] rule with status 404 answers misses under its `from` with its `to` page.
 *
 * framing() then decides, as the HTML standard does, whether another origin may frame the response:
 * a CSP frame-ancestors directive decides alone (every policy must allow, so two joined policies take
 * the stricter); only without one does X-Frame-Options count.
 */

export type Headers = Record<string, string>;

const lower = (h: Headers) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

/** A host URL pattern as a regular expression: `*` matches anything, including slashes. */
export function patternMatches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split("*").map(escapeRe).join(".*")}$`);
  return re.test(path);
}
const escapeRe = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------- Cloudflare Pages

export interface CloudflareRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

/** Parses _headers: a pattern line, then indented `Name: value` or `! Name` lines; # starts a comment. */
export function parseCloudflareHeaders(text: string): CloudflareRule[] {
  const rules: CloudflareRule[] = [];
  for (const [i, raw] of text.split("\n").entries()) {
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: a header before any URL pattern.`);
    const line = raw.trim();
    if (line.startsWith("!")) rule.detach.push(line.slice(1).trim().toLowerCase());
    else {
      const colon = line.indexOf(":");
      if (colon < 1) throw new Error(`_headers line ${i + 1}: "${line}" is not "Name: value".`);
      rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers Cloudflare Pages adds for a request path (lower-case names). */
export function cloudflareHeaders(rules: readonly CloudflareRule[], path: string): Headers {
  const out: Headers = {};
  const detached = new Set<string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.set) out[name] = name in out ? `${out[name]}, ${value}` : value;
    for (const name of rule.detach) detached.add(name);
  }
  return Object.fromEntries(Object.entries(out).filter(([name]) => !detached.has(name)));
}

export interface HostResponse {
  status: number;
  /** The file whose bytes are sent (for redirects: none). */
  file?: string;
  location?: string;
  headers: Headers;
}

/** What Cloudflare Pages answers for a path, given the files in the build (URL-style paths, "/x/index.html"). */
export function cloudflareRequest(
  rules: readonly CloudflareRule[],
  files: ReadonlySet<string>,
  path: string,
): HostResponse {
  const headers = cloudflareHeaders(rules, path);
  if (path.endsWith("/index.html")) return { status: 308, location: path.slice(0, -"index.html".length), headers };
  if (path.endsWith(".html")) return { status: 308, location: path.slice(0, -".html".length), headers };
  const candidates = path.endsWith("/") ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  const file = candidates.find((f) => files.has(f));
  if (file) return { status: 200, file, headers };
  // The nearest 404.html up the path.
  const parts = path.split("/").slice(0, -1);
  for (let n = parts.length; n >= 1; n--) {
    const page = `${parts.slice(0, n).join("/")}/404.html`;
    if (files.has(page)) return { status: 404, file: page, headers };
  }
  return { status: 404, headers };
}

// ---------------------------------------------------------------- Netlify

export interface NetlifyConfig {
  headers: { for: string; values: Headers }[];
  redirects: { from: string; to: string; status: number }[];
}

/**
 * Reads the netlify.toml we generate: [build], [[headers]] with `for` and [headers.values], [[redirects]].
 * Only that subset of TOML (basic strings and integers); anything else is an error, not a guess.
 */
export function parseNetlifyToml(text: string): NetlifyConfig {
  const config: NetlifyConfig = { headers: [], redirects: [] };
  let section = "";
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("[")) {
      section = line;
      if (line === "[[headers]]") config.headers.push({ for: "", values: {} });
      else if (line === "[[redirects]]") config.redirects.push({ from: "", to: "", status: 301 });
      else if (line !== "[headers.values]" && line !== "[build]")
        throw new Error(`netlify.toml line ${i + 1}: unknown table ${line}`);
      continue;
    }
    const m = /^("?)([\w.-]+)\1\s*=\s*(?:"([^"]*)"|(\d+))$/.exec(line);
    if (!m) throw new Error(`netlify.toml line ${i + 1}: cannot read "${line}"`);
    const [, , key = "", str, num] = m;
    const value = str ?? num ?? "";
    if (section === "[[headers]]" && key === "for") (config.headers.at(-1) ?? { for: "" }).for = value;
    else if (section === "[headers.values]") {
      const rule = config.headers.at(-1);
      if (rule) rule.values[key.toLowerCase()] = value;
    } else if (section === "[[redirects]]") {
      const r = config.redirects.at(-1);
      if (!r) continue;
      if (key === "from") r.from = value;
      else if (key === "to") r.to = value;
      else if (key === "status") r.status = Number(value);
    }
  }
  return config;
}

export function netlifyHeaders(config: NetlifyConfig, path: string): Headers {
  const out: Headers = {};
  for (const rule of config.headers) if (patternMatches(rule.for, path)) Object.assign(out, rule.values);
  return out;
}

/** What Netlify answers for a path: the file, else a matching 404 rule's page, else /404.html. */
export function netlifyRequest(config: NetlifyConfig, files: ReadonlySet<string>, path: string): HostResponse {
  const headers = netlifyHeaders(config, path);
  const candidates = path.endsWith("/") ? [`${path}index.html`] : [path, `${path}/index.html`];
  const file = candidates.find((f) => files.has(f));
  if (file) return { status: 200, file, headers };
  const rule = config.redirects.find((r) => r.status === 404 && patternMatches(r.from, path));
  return { status: 404, file: rule?.to ?? "/404.html", headers };
}

// ---------------------------------------------------------------- Browsers

/** Whether a browser lets another origin frame a response with these headers (HTML standard, CSP 3). */
export function framing(headers: Headers): "allow" | "deny" {
  const h = lower(headers);
  const csp = h["content-security-policy"];
  if (csp) {
    const ancestors = csp
      .split(",")
      .map((policy) => /(?:^|;)\s*frame-ancestors\s+([^;]*)/i.exec(policy)?.[1]?.trim())
      .filter((v): v is string => v !== undefined);
    if (ancestors.length) return ancestors.every((v) => v === "*") ? "allow" : "deny";
  }
  const xfo = h["x-frame-options"];
  if (!xfo) return "allow";
  const values = new Set(xfo.split(",").map((v) => v.trim().toLowerCase()));
  // Several different values block; DENY and SAMEORIGIN block another origin; anything else is ignored.
  if (values.size > 1 || values.has("deny") || values.has("sameorigin")) return "deny";
  return "allow";
}
