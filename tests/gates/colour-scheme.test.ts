/**
 * The dark scheme changes colours and nothing else. tests/e2e/support/a11y.ts relies on it: axe runs every rule
 * in the light scheme and, in the dark scheme, only the rules that judge colours. That holds while the built CSS
 * switches schemes only through light-dark() colour tokens and `color-scheme`: no prefers-color-scheme query
 * (which could show, hide or move things), and [data-theme] rules that set nothing but color-scheme. If this
 * fails because the dark scheme must change more, make checkAxe run every rule in both schemes.
 */
import { expect, test } from "vitest";
import { distFiles, readDist } from "../support/built-site.ts";

const css = distFiles(".css").map((file) => ({ file, text: readDist(file) }));

test("dist/ has CSS that uses light-dark() colour tokens", () => {
  expect(css.length).toBeGreaterThan(0);
  expect(css.some((c) => c.text.includes("light-dark("))).toBe(true);
});

test("no stylesheet has a prefers-color-scheme query", () => {
  expect(css.filter((c) => /prefers-color-scheme/.test(c.text)).map((c) => c.file)).toEqual([]);
});

test("[data-theme] rules set only color-scheme", () => {
  const rules = css.flatMap((c) =>
    [...c.text.matchAll(/([^{}]*\[data-theme[^{]*)\{([^}]*)\}/g)].map((m) => ({
      where: `${c.file}: ${(m[1] ?? "").trim()}`,
      declarations: (m[2] ?? "")
        .split(";")
        .map((d) => d.trim())
        .filter(Boolean),
    })),
  );
  expect(rules.length).toBeGreaterThan(0);
  const other = rules.flatMap((r) =>
    r.declarations.filter((d) => !/^color-scheme\s*:/.test(d)).map((d) => `${r.where} { ${d} }`),
  );
  expect(other).toEqual([]);
});
