// public/_headers for Cloudflare Pages, rendered from the one policy (../policy.ts).
import { BASE_HEADERS, CHARSET_RULES, GENERATED, hostPattern, PATH_RULES } from "../policy.ts";

function headerLines(headers: Record<string, string>, indent: string): string[] {
  return Object.entries(headers).map(([k, v]) => `${indent}${k}: ${v}`);
}

/**
 * public/_headers for Cloudflare Pages (https://developers.cloudflare.com/pages/configuration/headers/):
 * every matching rule applies, a header set by two rules is joined with a comma, and `! Name` detaches a
 * header a broader rule added. So the base rule under /* denies framing for every path, 404s included,
 * and the embed rules detach that denial and set their own CSP (without frame-ancestors; wrangler applies
 * `!` before the rule's own headers, so the new value survives).
 * Cache-Control is left out of /*: joined with /_astro/'s it would be nonsense, and Cloudflare's default
 * for other files (max-age=0, must-revalidate) revalidates like no-cache. At most 100 rules count.
 */
export function renderHeadersFile(): string {
  const base = { ...BASE_HEADERS };
  delete base["Cache-Control"];
  const out = [
    `# ${GENERATED}`,
    "# For Cloudflare Pages. Netlify reads netlify.toml instead (its build deletes this file).",
    "",
  ];
  out.push("/*", ...headerLines(base, "  "));
  for (const rule of PATH_RULES) {
    const lines: string[] = [];
    for (const [name, value] of Object.entries(rule.headers)) {
      if (value === null) lines.push(`  ! ${name}`);
      // Two framing policies joined would both apply (the stricter wins): detach the base one, then set.
      else if (name in base) lines.push(`  ! ${name}`, `  ${name}: ${value}`);
      else lines.push(`  ${name}: ${value}`);
    }
    out.push("", hostPattern(rule), ...lines);
  }
  for (const r of CHARSET_RULES) out.push("", r.pattern, `  Content-Type: ${r.type}`);
  return `${out.join("\n")}\n`;
}
