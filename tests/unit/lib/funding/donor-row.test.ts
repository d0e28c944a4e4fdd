import { describe, expect, it } from "vitest";
import { donorRowModel } from "../../../../src/lib/funding/donor-row";

describe("donorRowModel", () => {
  it("gives the cells in column order, the government's name as the row's header", () => {
    const row = donorRowModel({ rank: "5", name: "Japan", revenue: "52.2", share: "6.8%", japan: true });
    expect(row.className).toBe("japan");
    expect(row.cells.map((c) => [c.tag, c.scope, c.text])).toEqual([
      ["td", undefined, "5"],
      ["th", "row", "Japan"],
      ["td", undefined, "52.2"],
      ["td", undefined, "6.8%"],
    ]);
  });
  it("marks only Japan's row", () => {
    expect(donorRowModel({ rank: "1", name: "A", revenue: "1.0", share: "1.0%", japan: false }).className).toBe(
      undefined,
    );
  });
});
