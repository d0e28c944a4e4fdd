/**
 * Fidelity: every page, opened in the visual editor and saved through it, keeps its bytes. Sveltia keeps Save
 * disabled while an entry is unchanged, so each language's title is changed and saved, then changed back and
 * saved (both languages in each save): both files go through Sveltia's serialiser (frontmatter and text) twice. Identical bytes give
 * identical HTML, since the build reads nothing else of a page.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { contentFiles, openEditor, openEntry, pane, readCheckout, save, seedCheckout } from "./support.ts";

const slugs = readdirSync("content/pages/en").filter((f) => f.endsWith(".mdx"));

/** Bytes between the first and the last difference: 0 when the files are identical. */
function bytesChanged(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return Math.max(x.length, y.length) - start - end;
}

test("every page saved through the editor keeps its bytes, in both languages", async ({ page }) => {
  test.setTimeout(300_000);
  const before = contentFiles();
  await seedCheckout(page, before);
  await openEditor(page);
  for (const file of slugs) {
    const titleOf = (locale: string) =>
      /^title: (.*)$/m.exec(before[`content/pages/${locale}/${file}`] ?? "")?.[1] ?? "";
    const titles = { English: titleOf("en"), Japanese: titleOf("ja") };
    // Both languages changed in one save, then both changed back in a second one.
    for (const [from, to] of [
      ["", " (draft)"],
      [" (draft)", ""],
    ]) {
      await openEntry(page, "Pages", titles.English + from);
      const japanese = page.getByRole("radio", { name: "Japanese" }).last();
      if (!(await japanese.isChecked())) await japanese.click();
      for (const language of ["English", "Japanese"] as const) {
        const box = pane(page, language).getByRole("textbox", { name: "Title" });
        await expect(box).toHaveValue(titles[language] + from);
        await box.fill(titles[language] + to);
      }
      await save(page);
      // Each save really writes both files (the test cannot pass by saving nothing); wait until it has.
      const paths = [`content/pages/en/${file}`, `content/pages/ja/${file}`];
      // Mid-save a file can be briefly absent (the editor replaces it): that read counts as "not yet".
      const titlesNow = async () =>
        Object.values(await readCheckout(page, paths)).map((t) => /^title: .*$/m.exec(t)?.[0]);
      await expect
        .poll(() => titlesNow().catch((error: unknown) => String(error)))
        .toEqual([`title: ${titles.English}${to}`, `title: ${titles.Japanese}${to}`]);
    }
  }
  const paths = slugs.flatMap((f) => [`content/pages/en/${f}`, `content/pages/ja/${f}`]);
  const after = await readCheckout(page, paths);
  const rows = paths.map((p) => ({
    page: p,
    bytes: Buffer.byteLength(before[p] ?? ""),
    changed: bytesChanged(before[p] ?? "", after[p] ?? ""),
  }));
  const table = [
    "| page | bytes | bytes changed |",
    "| --- | ---: | ---: |",
    ...rows.map((r) => `| ${r.page} | ${r.bytes} | ${r.changed} |`),
  ].join("\n");
  writeFileSync(test.info().outputPath("fidelity.md"), `${table}\n`);
  console.log(table);
  for (const p of paths) expect(after[p], `${p} after an unchanged save`).toBe(before[p]);
});
