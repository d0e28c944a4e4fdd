import { describe, expect, it } from "vitest";
import { mdxToJs } from "satteri";
import { closest, editorChecks } from "../../../../tooling/check/mdx-editor-checks";
import { formatProblem, type Problem } from "../../../../tooling/check/problems";
import { editorProblemsOf } from "../../../../src/lib/site/editor-error";
import { mdxComponentNames } from "../../../../src/lib/mdx/component-names";

/** Runs the plugin through Sätteri's own MDX parser, as the build does, and takes the problems its editorError carries. */
function problems(mdx: string, file = "content/pages/en/x.mdx"): Problem[] {
  const plugin = editorChecks({ components: mdxComponentNames, glossaryFile: "content/data/glossary.json" });
  try {
    // The plugin declares only the few node fields it reads, narrower than Sätteri's full mdast types.
    const options = { mdastPlugins: [plugin({ fileURL: new URL(`file://${process.cwd()}/${file}`) })] };
    mdxToJs(mdx, options as unknown as Parameters<typeof mdxToJs>[1]);
  } catch (error) {
    const problems = editorProblemsOf(error);
    if (!problems) throw error;
    return problems;
  }
  return [];
}
const text = (mdx: string, file?: string) =>
  problems(mdx, file)
    .map((p) => formatProblem(p))
    .join("\n");

describe("MDX checks: components", () => {
  it("passes the site's own components and plain HTML", () => {
    expect(problems('# Title\n\n<Note title="A">Text</Note> <Term id="earmarked">e</Term> <abbr>ILO</abbr>\n')).toEqual(
      [],
    );
  });

  it("refuses a component written in lower case and names the right one", () => {
    const out = text("Intro\n\n<note>text</note>\n");
    expect(out).toContain("content/pages/en/x.mdx, line 3 — <note>");
    expect(out).toContain("Did you mean <Note>?");
  });

  it("suggests the component a typo was meant to be", () => {
    expect(text('<Trem id="earmarked">e</Trem>\n')).toContain(
      "line 1 — <Trem>\n   Found:    <Trem>, a component the site does not have\n   Expected: Did you mean <Term>?",
    );
    expect(closest("FundingCHrat", mdxComponentNames)).toBe("FundingChart");
    expect(closest("Banana", mdxComponentNames)).toBeUndefined();
  });

  it("gives an unknown <Term id> its line and the nearest id", () => {
    const [p] = problems('Line one\n\nLine three <Term id="earmarkd">e</Term>\n');
    expect(p).toMatchObject({
      line: 3,
      field: "<Term>",
      found: 'id="earmarkd", which is not in content/data/glossary.json',
    });
    expect(p?.expected).toMatch(/^Did you mean id="earmarked"\?/);
  });

  it("gives a Japanese page a Japanese example", () => {
    expect(problems("[拠出](javascript:x)\n", "content/pages/ja/x.mdx")[0]?.example).toBe("[拠出](/ja/funding/)");
    expect(problems("![](/images/a.png)\n", "content/pages/ja/x.mdx")[0]?.example).toMatch(/^!\[年ごとの/);
    expect(problems("[Funding](javascript:x)\n")[0]?.example).toBe("[Funding](/funding/)");
  });

  it("shows the element as written, under the name meant", () => {
    expect(problems('<note title="A">text</note>\n')[0]?.example).toBe('<Note title="A">…</Note>');
    expect(problems('<FundingChrat view="annual" />\n')[0]?.example).toBe('<FundingChart view="annual" />');
  });
});

describe("MDX checks: content from the editor is untrusted", () => {
  it("refuses import and export, with their lines", () => {
    const ps = problems('# T\n\nimport fs from "node:fs"\n\nexport const x = 1\n');
    expect(ps.map((p) => [p.line, p.field])).toEqual([
      [3, "import"],
      [5, "export"],
    ]);
    expect(ps[0]?.expected).toContain("Pages cannot import or export code");
  });

  it("refuses <script>, <style> and <iframe>", () => {
    const ps = problems(
      '<script>alert(1)</script>\n\n<style>{"body{}"}</style>\n\n<iframe src="https://example.org"></iframe>\n',
    );
    expect(ps.filter((p) => p.expected.startsWith("Pages cannot contain <")).map((p) => [p.line, p.field])).toEqual([
      [1, "<script>"],
      [3, "<style>"],
      [5, "<iframe>"],
    ]);
  });

  it("refuses on…= handlers in any case", () => {
    const [p] = problems('Text\n\n<a href="/funding/" onMouseOver="steal()">x</a>\n');
    expect(p).toMatchObject({ line: 3, field: "<a onMouseOver>" });
    expect(p?.expected).toBe("Pages cannot contain event handlers such as onMouseOver. Delete the attribute.");
  });

  it("refuses javascript: links, in Markdown and in HTML, however they are spelt", () => {
    const ps = problems('[a](javascript:alert(1))\n\n<a href=" JavaScript:alert(1)">b</a>\n');
    expect(ps.map((p) => [p.line, p.field])).toEqual([
      [1, "link"],
      [3, "<a href>"],
    ]);
    expect(ps[0]?.expected).toContain("never to javascript:");
  });

  it("refuses {…} code but keeps {/* comments */} and escaped braces", () => {
    expect(problems("A {1 + 1} b\n").map((p) => p.field)).toEqual(["{…}"]);
    expect(problems('<Note title={"x"}>t</Note>\n').map((p) => p.field)).toEqual(["<Note title>"]);
    expect(problems("{/* a note to other editors */}\n\nA \\{ brace \\}\n")).toEqual([]);
  });
});
