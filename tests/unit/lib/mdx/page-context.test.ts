import { AstroError } from "astro/errors";
import { describe, expect, it } from "vitest";
import { pageContext } from "../../../../src/lib/mdx/page-context";

describe("pageContext", () => {
  it("gives a component the page it is rendered in", () => {
    const page = { file: "content/pages/en/funding.mdx", sources: [] };
    expect(pageContext({ page }, "Cite")).toBe(page);
  });

  it("stops the build outside a page, naming the component and where it can go", () => {
    let thrown: unknown;
    try {
      pageContext({}, "Cite");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AstroError);
    expect((thrown as AstroError).message).toBe("<Cite> can only be used inside a page in content/pages/.");
    expect((thrown as AstroError).hint).toContain("content/pages/en/ or content/pages/ja/");
  });
});
