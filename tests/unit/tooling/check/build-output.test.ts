import { describe, expect, it } from "vitest";
import { editorError } from "../../../../src/lib/site/editor-error";
import { findSource } from "../../../../src/lib/sources/sources";
import { parseBuildOutput } from "../../../../tooling/check/build-output";

/** What astro build prints for an error thrown while rendering /funding/ (the shape of a real run). */
function printed(error: Error & { hint?: string | undefined }): string {
  const [first] = error.message.split("\n");
  return [
    `[ERROR] [build] Caught error rendering /funding/: ${error.name}: ${first}`,
    `[${error.name}] ${error.message}`,
    ...(error.hint ? ["  Hint:", ...error.hint.split("\n").map((l) => `    ${l}`)] : []),
    "  Stack trace:",
    "    at x (file:///x/dist/.prerender/chunks/a.mjs:1:1)",
    ...(error.cause ? ["  Caused by:", `  ${JSON.stringify(error.cause)}`] : []),
  ].join("\n");
}

/** The error a function throws, or a failed test. */
function thrownBy(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("nothing was thrown");
}

describe("problems read from astro build", () => {
  it("takes a component's editorError whole, and finds the line of the component that raised it", () => {
    const error = thrownBy(() =>
      findSource(
        [{ id: "a", title: "A", publisher: "P", url: "https://a.example/" }],
        "zz",
        "content/pages/en/funding.mdx",
        "Cite",
      ),
    );
    const page = 'line one\nText.<Cite id="a" /> and <Cite id="zz" />';
    const [p, ...rest] = parseBuildOutput(printed(error), "/x", (f) =>
      f === "content/pages/en/funding.mdx" ? page : undefined,
    );
    expect(rest).toEqual([]);
    expect(p).toEqual({
      file: "content/pages/en/funding.mdx",
      line: 2,
      field: "<Cite>",
      found: '"zz"',
      expected: expect.stringMatching(
        /^<Cite> cites the source "zz", which this page does not declare\.\n {2}Declared sources: "a"\./,
      ),
      example: "sources:\n  - zz",
    });
  });

  it("keeps every problem of one error, in order, with the lines they came with", () => {
    const problems = [
      { file: "content/pages/en/a.mdx", line: 3, field: "import", expected: "Pages cannot import or export code." },
      {
        file: "content/pages/en/a.mdx",
        line: 9,
        field: "<note>",
        expected: "Did you mean <Note>?",
        example: "<Note>…</Note>",
      },
    ];
    // The MDX checks fail while Vite transforms the page: Astro wraps the error and prints it once.
    const error = editorError(problems);
    const out = `[ERROR] [vite] ✗ Build failed in 4.28s\n${printed(error).split("\n").slice(1).join("\n")}`;
    expect(parseBuildOutput(out, "/x", () => undefined)).toEqual(problems);
  });

  it("reads Astro's own render errors and plain Errors from their text, pointing at the page", () => {
    const unknown =
      "[ERROR] [build] Caught error rendering /ja/funding/: Error: Expected component `Trem` to be defined: you likely forgot to import, pass, or provide it.\n  Stack trace:\n    at x";
    expect(parseBuildOutput(unknown, "/x", () => 'a\n<Trem id="x">y</Trem>')).toEqual([
      {
        file: "content/pages/ja/funding.mdx",
        line: 2,
        field: "<Trem>",
        found: "<Trem>, a component the site does not have",
        expected: "Use one of the site's components, listed in docs/editing.md.",
        example: "<Note>Text of the note.</Note>",
      },
    ]);
    const plain = printed(new Error("Something went wrong."));
    expect(parseBuildOutput(plain, "/x", () => undefined)).toEqual([
      { file: "content/pages/en/funding.mdx", expected: "Something went wrong." },
    ]);
  });
});
