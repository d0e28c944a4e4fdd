import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { syntheticPage } from "../../../../tooling/bench/build-scaling";
import { checkPage } from "../../../../tooling/check/content-check";

// The build-scaling bench adds these pages to a copy of the site: a page the check refuses would fail that
// build, so the bench would measure nothing.
describe("the bench's synthetic page", () => {
  it("passes the page check that every hand-written page gets", () => {
    expect(checkPage("content/pages/en/bench-001.mdx", syntheticPage(1), (t) => yaml.load(t))).toEqual([]);
  });
  it("is refused when it cites a source the registry lacks, so the test can fail", () => {
    expect(
      checkPage("content/pages/en/bench-001.mdx", syntheticPage(1, "no-such-source"), (t) => yaml.load(t)),
    ).not.toEqual([]);
  });
});
