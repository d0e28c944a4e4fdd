import { describe, expect, it } from "vitest";
import { scriptJson } from "../../../../src/lib/site/script-json";

describe("scriptJson (JSON-LD in <script>)", () => {
  const evil = { name: "</script><script>alert(1)</script>", note: "<!-- a & b -->", sep: "a\u2028b" };
  it("cannot end the script element or open a comment", () => {
    const out = scriptJson(evil);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain("<!--");
    expect(out).not.toMatch(/[<>&\u2028]/);
  });
  it("parses back to the same value", () => {
    expect(JSON.parse(scriptJson(evil))).toEqual(evil);
  });
});
