// netlify.toml for Netlify, rendered from the one policy (../policy.ts).
import {
  BASE_HEADERS,
  CHARSET_RULES,
  GENERATED,
  HOST_BUILD_COMMAND,
  HOST_FILES,
  hostPattern,
  PATH_RULES,
  type PathRule,
} from "../policy.ts";

/** What Netlify sends instead of removing X-Frame-Options (renderNetlifyToml). */
export const NETLIFY_NO_FRAME_OPTIONS = "ALLOWALL";

/** TOML basic string. Header values hold no backslashes or control characters; refuse them rather than escape. */
function tomlString(value: string): string {
  if (/[\\"]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 0x20))
    throw new Error(`netlify.toml: ${value} has a quote, backslash or control character.`);
  return `"${value}"`;
}

/**
 * netlify.toml for Netlify (https://docs.netlify.com/manage/routing/headers/). Netlify has no `!` detach;
 * where several [[headers]] rules match, the later one's value of a header wins. So the embed rules come
 * last and replace the CSP with one without frame-ancestors, and replace the X-Frame-Options: DENY they
 * cannot remove with ALLOWALL, a value the HTML standard names and treats as "no restriction" (its
 * X-Frame-Options processing model). frame-ancestors * would not do: it blocks sandboxed (opaque) ancestors.
 * The Japanese 404 answers misses under /ja/: an unforced rule never shadows an existing file in production
 * (https://answers.netlify.com/t/changed-behavior-in-redirects/10084) nor under `netlify dev`.
 * dist/_headers is Cloudflare's file: the build command deletes it on Netlify, and a forced 404 keeps it
 * unserved where that command does not run (`netlify dev --dir dist`).
 */

export function renderNetlifyToml(notFound: Readonly<Record<string, string>>): string {
  const block = (pattern: string, headers: Record<string, string>) => [
    "",
    "[[headers]]",
    `  for = ${tomlString(pattern)}`,
    "  [headers.values]",
    ...Object.entries(headers).map(([k, v]) => `    ${k} = ${tomlString(v)}`),
  ];
  const values = (rule: PathRule) =>
    Object.fromEntries(
      Object.entries(rule.headers).map(([name, value]) => {
        if (value !== null) return [name, value];
        if (name === "X-Frame-Options") return [name, NETLIFY_NO_FRAME_OPTIONS];
        throw new Error(`netlify.toml: Netlify cannot remove ${name} from ${hostPattern(rule)}; set a value instead.`);
      }),
    );
  const redirects = Object.entries(notFound)
    .filter(([prefix]) => prefix !== "/")
    .flatMap(([prefix, page]) => [
      "",
      "[[redirects]]",
      `  from = ${tomlString(`${prefix}*`)}`,
      `  to = ${tomlString(page)}`,
      "  status = 404",
    ]);
  const hostFiles = HOST_FILES.flatMap((file) => [
    "",
    "[[redirects]]",
    `  from = ${tomlString(file)}`,
    `  to = ${tomlString(notFound["/"] ?? "/404.html")}`,
    "  status = 404",
    "  force = true",
  ]);
  return [
    `# ${GENERATED}`,
    "[build]",
    // The host runs the editors' whole check (files, data, types, build, links), not only the build, so a
    // deploy or a CMS branch's preview fails where `npm run check` fails. Its build writes dist/.
    `  command = ${tomlString(HOST_BUILD_COMMAND + " && rm dist/_headers")}`,
    '  publish = "dist"',
    ...block("/*", { ...BASE_HEADERS }),
    ...PATH_RULES.flatMap((rule) => block(hostPattern(rule), values(rule))),
    ...CHARSET_RULES.flatMap((r) => block(r.pattern, { "Content-Type": r.type })),
    ...hostFiles,
    ...redirects,
    "",
  ].join("\n");
}
