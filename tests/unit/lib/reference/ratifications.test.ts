import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conventionsSchema } from "../../../../src/lib/data/schemas/conventions";
import {
  conventionNumber,
  fundamentalRows,
  ratificationCounts,
  recordRows,
} from "../../../../src/lib/reference/ratifications";
import { t, type UiKey } from "../../../../src/lib/site/i18n";

// The real file. The expected counts are worked out here from the raw JSON, apart from the code under test.
const raw = JSON.parse(readFileSync("content/data/conventions.json", "utf8")) as {
  record: { count: number };
  conventions: { code: string; category: string; status: string; ratified: string | null }[];
};
const data = conventionsSchema.parse({ ...raw, id: "conventions" });
const ratifiedHere = ["in-force", "denounced", "not-yet-in-force", "unconfirmed"];
const isRatification = (c: { status: string }) => ratifiedHere.includes(c.status);

describe("Japan's ratification record: every count comes from the rows", () => {
  const n = ratificationCounts(data);
  it("counts the ratifications, and how much of the official list they cover", () => {
    const rows = raw.conventions.filter(isRatification);
    expect(n.rows).toBe(rows.length);
    expect(n.listed).toBe(raw.record.count);
    expect(n.missing).toBe(raw.record.count - rows.length);
    expect(recordRows(data).map((c) => c.code)).toEqual(rows.map((c) => c.code));
  });
  it("splits them by status and by category, each split adding up to the whole", () => {
    for (const status of ratifiedHere)
      expect(n.byStatus[status as keyof typeof n.byStatus], status).toBe(
        raw.conventions.filter((c) => c.status === status).length,
      );
    for (const category of ["fundamental", "governance", "technical"] as const)
      expect(n.byCategory[category], category).toBe(
        raw.conventions.filter((c) => c.category === category && isRatification(c)).length,
      );
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(n.byCategory)).toBe(n.rows);
    expect(n.byStatus.approved + n.byStatus["not-ratified"]).toBe(0);
  });
  it("counts the fundamental Conventions ratified, keeping a Diet approval apart", () => {
    const fundamental = raw.conventions.filter((c) => c.category === "fundamental");
    expect(fundamentalRows(data).map((c) => c.code)).toEqual(fundamental.map((c) => c.code));
    expect(n.fundamental).toMatchObject({ total: 10, ratified: fundamental.filter(isRatification).length });
    expect(n.fundamental.approved.map((c) => c.code)).toEqual(
      fundamental.filter((c) => c.status === "approved").map((c) => c.code),
    );
  });
  it("follows the data: once No. 155's registration is recorded, it counts as ratified", () => {
    const registered = {
      ...data,
      conventions: data.conventions.map((c) =>
        c.code === "C155" ? { ...c, status: "in-force" as const, ratified: "2025-06-01" } : c,
      ),
    };
    const after = ratificationCounts(registered);
    expect(after.fundamental.ratified).toBe(n.fundamental.ratified + 1);
    expect(after.fundamental.approved).toEqual([]);
    expect(after.rows).toBe(n.rows + 1);
  });
});

describe("conventionNumber", () => {
  const ja = (key: UiKey, vars?: Record<string, string | number>) => t("ja", key, vars);
  const en = (key: UiKey, vars?: Record<string, string | number>) => t("en", key, vars);
  const [first] = data.conventions;
  if (!first) throw new Error("content/data/conventions.json has no rows.");
  const row = (code: string) => ({ ...first, code });
  it("writes a Convention's number in the reader's language, and MLC by its code", () => {
    expect(conventionNumber(ja, row("C29"))).toBe("第29号");
    expect(conventionNumber(en, row("C29"))).toBe("29");
    expect(conventionNumber(en, row("MLC"))).toBe("MLC");
    expect(conventionNumber(ja, row("P29"))).toBe("議定書（第29号）");
  });
});
