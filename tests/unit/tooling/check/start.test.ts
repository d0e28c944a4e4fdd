import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const empty = mkdtempSync(join(tmpdir(), "check-start-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe("npm run check before npm ci", () => {
  it("says to run npm ci, in both languages, and no stack trace", () => {
    const r = spawnSync(process.execPath, [resolve("tooling/check/start.mjs")], { cwd: empty, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("The check cannot run yet: the site's tools are not installed in this folder.");
    expect(r.stderr).toMatch(/^ {4}npm ci$/m);
    expect(r.stderr).toContain("`npm ci` を実行してから");
    expect(r.stderr).not.toMatch(/\n\s+at |Error/);
  });
});
