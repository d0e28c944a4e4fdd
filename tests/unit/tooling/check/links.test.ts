import { describe, expect, it } from "vitest";
import { checkLinks } from "../../../../tooling/check/links";

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
const site = (pages: Record<string, string>, other: string[] = []) => [
  ...Object.entries(pages).map(([path, body]) => ({ path, html: page(body) })),
  ...other.map((path) => ({ path })),
];

describe("checkLinks", () => {
  it("accepts links to existing pages, files and ids, and lists external links without failing", () => {
    const r = checkLinks(
      site(
        {
          "index.html":
            '<a href="/funding/">F</a><a href="/funding/#figures">#</a><a href="https://www.ilo.org/">ILO</a><img src="/a.svg" alt="">',
          "funding/index.html": '<h2 id="figures">F</h2><a href="#figures">here</a><a href="../">home</a>',
        },
        ["a.svg"],
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.external).toEqual([{ page: "index.html", href: "https://www.ilo.org/" }]);
    expect(r.checked).toBe(5);
  });

  it("reports a missing page, a missing fragment, a missing slash and an image without alt", () => {
    const r = checkLinks(
      site({
        "index.html":
          '<a href="/budget/">x</a><a href="/funding/#nope">y</a><a href="/funding">z</a><img src="/a.svg">',
        "funding/index.html": "<p>F</p>",
      }),
    );
    expect(r.problems.map((p) => [p.kind, p.found])).toEqual([
      ["missing-page", "/budget/"],
      ["missing-fragment", "/funding/#nope"],
      ["trailing-slash", "/funding"],
      ["missing-alt", '<img src="/a.svg">'],
      ["missing-page", "/a.svg"],
    ]);
  });

  it("treats absolute links to the site's own origin as internal, and ignores markup inside scripts", () => {
    const r = checkLinks(
      site({
        "index.html": '<link rel="canonical" href="https://example.org/gone/"><script>"<a href=\\"/x/\\">"</script>',
      }),
      "https://example.org",
    );
    expect(r.problems.map((p) => p.found)).toEqual(["https://example.org/gone/"]);
  });
});
