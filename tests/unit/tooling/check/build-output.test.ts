import { describe, expect, it } from "vitest";
import { parseBuildOutput } from "../../../../tooling/check/build-output";

describe("problems read from astro build", () => {
  it("turns a render error from a component into a problem with file, line and fix", () => {
    const out =
      '[ERROR] [build] Caught error rendering /funding/: Error: content/pages/en/funding.mdx: <Cite> cites the source "zz", which this page does not declare.\ncontent/pages/en/funding.mdx: <Cite> cites the source "zz", which this page does not declare.\n  Declared sources: "a".\n  Fix: use one of those ids\n  Stack trace:';
    const [p] = parseBuildOutput(out, "/x", () => 'line one\nText.<Cite id="zz" />');
    expect(p).toMatchObject({
      file: "content/pages/en/funding.mdx",
      line: 2,
      field: "<Cite>",
      example: "use one of those ids",
    });
  });

  it("turns a component's AstroError into a problem whose example is its Fix hint, leaving Astro's own hints out", () => {
    // The shape astro build prints for a bad prop (src/lib/mdx/parse-props.ts), copied from a real run.
    const msg =
      'content/pages/en/funding.mdx: <FundingChart> view="bars" is not a view. Use view="totals" or view="annual".';
    const out = `[ERROR] [build] Caught error rendering /funding/: AstroUserError: ${msg}\n[AstroUserError] ${msg}\n  Hint:\n    Fix: <FundingChart view="annual" show="table" />\n  Stack trace:\n    at x`;
    const [p] = parseBuildOutput(out, "/x", () => 'a\nb\n<FundingChart view="bars" />');
    expect(p).toEqual({
      file: "content/pages/en/funding.mdx",
      line: 3,
      field: "<FundingChart>",
      found: '"bars"',
      expected: '<FundingChart> view="bars" is not a view. Use view="totals" or view="annual".',
      example: '<FundingChart view="annual" show="table" />',
    });
    const generic = out.replace("Fix: <FundingChart", "This issue often occurs when <FundingChart");
    expect(parseBuildOutput(generic, "/x", () => undefined)[0]?.example).toBeUndefined();
  });
});
