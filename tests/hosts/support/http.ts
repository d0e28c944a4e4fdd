// One plain HTTP GET, no redirects followed, no decompression, with the raw header list: fetch() would join
// a header sent twice into one value, and "no header set twice" is one of the things the tests check.
import { get } from "node:http";

export interface RawResponse {
  status: number;
  /** Lower-cased names; a header sent twice appears twice. */
  headers: [string, string][];
  body: string;
  /** The body as sent (still compressed when Content-Encoding says so). */
  bytes: Buffer;
}

export function request(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: { "Accept-Encoding": "identity", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = res.rawHeaders;
        const list: [string, string][] = [];
        for (let i = 0; i < raw.length; i += 2) list.push([(raw[i] ?? "").toLowerCase(), raw[i + 1] ?? ""]);
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: list, body: bytes.toString("utf8"), bytes });
      });
    });
    req.on("error", reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`${url}: no answer within 15 s`)));
  });
}

/** The value of a header sent once; undefined when absent. Throws when sent twice (two policies). */
export function header(res: RawResponse, name: string): string | undefined {
  const values = res.headers.filter(([n]) => n === name.toLowerCase()).map(([, v]) => v);
  if (values.length > 1) throw new Error(`${name} is sent ${values.length} times: ${values.join(" | ")}`);
  return values[0];
}

/** Header names sent more than once. */
export function duplicates(res: RawResponse): string[] {
  const seen = new Map<string, number>();
  for (const [n] of res.headers) seen.set(n, (seen.get(n) ?? 0) + 1);
  return [...seen].filter(([, c]) => c > 1).map(([n]) => n);
}

/**
 * Whether another origin may frame the response, as the HTML standard decides ("check a navigation
 * response's adherence to its embedder policy… X-Frame-Options"): an enforced CSP frame-ancestors directive
 * decides alone, and every policy must allow; only without one does X-Frame-Options count, where DENY,
 * SAMEORIGIN or conflicting values block, and ALLOWALL or nothing allow. "allow" means every ancestor,
 * sandboxed (opaque) ones included, so `frame-ancestors *` counts as "ancestors with a URL origin".
 */
export function framing(res: RawResponse): "allow" | "url-origins" | "deny" {
  const csps = res.headers.filter(([n]) => n === "content-security-policy").map(([, v]) => v);
  const ancestors = csps.flatMap((csp) =>
    csp
      .split(";")
      .map((d) => d.trim())
      .filter((d) => /^frame-ancestors\b/i.test(d)),
  );
  if (ancestors.length > 0) return ancestors.every((d) => /^frame-ancestors\s+\*$/i.test(d)) ? "url-origins" : "deny";
  const xfo = new Set(
    res.headers
      .filter(([n]) => n === "x-frame-options")
      .flatMap(([, v]) => v.split(","))
      .map((v) => v.trim().toLowerCase()),
  );
  if (xfo.size > 1) return [...xfo].some((v) => ["deny", "allowall", "sameorigin"].includes(v)) ? "deny" : "allow";
  return xfo.has("deny") || xfo.has("sameorigin") ? "deny" : "allow";
}

/** The language of an HTML body (<html lang>), or undefined for anything else. */
export function lang(res: RawResponse): string | undefined {
  return /<html[^>]*\blang="([^"]+)"/.exec(res.body)?.[1];
}
