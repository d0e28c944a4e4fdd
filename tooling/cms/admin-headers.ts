/**
 * The headers of /admin/, the visual editor, added to the site's delivery policy (tooling/delivery/policy.ts). its own
 * Content Security Policy, since Sveltia CMS is one large script that the pages' per-page <meta> CSP does not
 * cover, and noindex. Framing stays denied (the base rule). Imports nothing, like the policy, so
 * `npm run gen:headers` runs it with Node's type stripping.
 *
 * Each source below is what the editor was seen to need in Chromium (tests/e2e/cms/), not a guess:
 * - style-src 'unsafe-inline': Sveltia's components set inline styles and inject <style> elements.
 * - img-src blob: data:: previews of files and the interface's own icons.
 * - connect-src data:: Sveltia fetch()es an inline SVG (its own data: URL) to draw an icon; nothing leaves the browser.
 * - connect-src https://api.github.com: only when the GitHub backend is configured (CMS_GITHUB_REPO at build
 *   time). Local repository mode reads files through the browser, not the network.
 */
export const ADMIN_PREFIX = "/admin/";

export const GITHUB_API = "https://api.github.com";

export function adminCsp(env: Readonly<Record<string, string | undefined>>): string {
  const connect = ["'self'", "data:", ...(env.CMS_GITHUB_REPO?.trim() ? [GITHUB_API] : [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

export function adminHeaders(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return { "Content-Security-Policy": adminCsp(env), "X-Robots-Tag": "noindex, nofollow" };
}
