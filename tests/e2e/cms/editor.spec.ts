/**
 * The visual editor (/admin/, Sveltia CMS) driven as an editor drives it: the real bundle, in Chromium, in local
 * repository mode on a copy of content/ (tests/e2e/cms/support.ts), with no network. The saved files are then
 * checked by `npm run check` in a copy of the project, build included.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { linkNodeModules } from "../../support/link-modules.ts";
import {
  contentFiles,
  fillRevealed,
  openEditor,
  openEntry,
  pane,
  readCheckout,
  save,
  seedCheckout,
  watchOrigin,
} from "./support.ts";

const EN = "content/pages/en/priorities.mdx";
const JA = "content/pages/ja/funding.mdx";
const GLOSSARY = "content/data/glossary.json";
const CONTRIBUTORS = "content/data/funding-contributors.json";

/** Runs `npm run check` (as tooling/check/check.ts, without astro check) on a copy of the project holding `files`. */
function checkCopy(files: Record<string, string>): Promise<{ code: number; out: string }> {
  const project = process.cwd();
  const copy = mkdtempSync(join(tmpdir(), "cms-saved-"));
  for (const entry of ["src", "content", "public", "tooling", "astro.config.mjs", "tsconfig.json", "package.json"])
    cpSync(join(project, entry), join(copy, entry), { recursive: true });
  linkNodeModules(project, copy);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(copy, path), text);
  return new Promise((resolve) => {
    execFile(
      join(project, "node_modules/.bin/node"),
      ["tooling/check/check.ts", "--no-types"],
      { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        rmSync(copy, { recursive: true, force: true });
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` });
      },
    );
  });
}

test("an editor edits Japanese beside English, inserts components, adds a term, and the check passes", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const away = watchOrigin(page, baseURL as string);
  const before = contentFiles();
  await seedCheckout(page, before);
  await openEditor(page);

  // 1. A Japanese paragraph, edited next to its English page.
  await openEntry(page, "Pages", "Funding");
  await expect(pane(page, "English").getByRole("textbox", { name: "Title" })).toHaveValue("Funding");
  await page.getByRole("radio", { name: "Japanese" }).last().click();
  const jaText = pane(page, "Japanese").getByRole("textbox", { name: "Text" });
  const oldParagraph = "日本からILOへの資金拠出は、大きく分けて2種類あります。";
  const newParagraph = "日本のILOへの資金拠出には、大きく分けて2つの種類があります。";
  await expect(jaText).toHaveValue(new RegExp(oldParagraph));
  await jaText.fill((await jaText.inputValue()).replace(oldParagraph, newParagraph));
  await save(page);

  // 2. <FundingChart view="annual" /> and a <Term>, through the editor's Insert menu (rich text mode), each
  // in a new paragraph under a heading of the Priorities page.
  await openEntry(page, "Pages", "Priorities and partners");
  const en = pane(page, "English");
  await en.getByRole("button", { name: "Edit in Markdown" }).click();
  const heading = en
    .getByRole("textbox", { name: "Text" })
    .getByRole("heading", { name: "What Japan's development cooperation aims at" });
  const newParagraphUnderHeading = async () => {
    // Right of the heading's text: the caret goes to its end, and Enter opens a paragraph below it.
    const box = await heading.boundingBox();
    await heading.click({ position: { x: (box?.width ?? 2) - 2, y: (box?.height ?? 2) / 2 } });
    await page.keyboard.press("Enter");
  };
  await newParagraphUnderHeading();
  await page.keyboard.type("Most of it is ");
  await en.getByRole("button", { name: "Insert" }).click();
  await page.getByRole("menuitem", { name: "Glossary term (Term)" }).click();
  // The page's first Term now: the new paragraph is the first under the first heading.
  const term = en.getByRole("group", { name: /Glossary term/ }).first();
  await term.getByRole("textbox", { name: "Id" }).fill("earmarked");
  await term.getByRole("textbox", { name: "The word as the sentence writes it" }).fill("earmarked");
  await newParagraphUnderHeading();
  await en.getByRole("button", { name: "Insert" }).click();
  await page.getByRole("menuitem", { name: "Funding chart (FundingChart)" }).click();
  const view = en
    .getByRole("group", { name: /Funding chart/ })
    .first()
    .getByRole("combobox", { name: "View" });
  await view.click();
  await page.getByRole("option", { name: "annual" }).click();
  await expect(view).toHaveText(/annual/);
  await save(page);

  // 3. A glossary term in both languages.
  await openEntry(page, "Data", "Glossary");
  const add = page.getByRole("button", { name: /^Add .Terms.$/ });
  await add.click();
  const field = (name: string) => page.getByRole("group", { name: new RegExp(`^“.${name}.” Field$`) }).last();
  const inLanguage = (name: string, language: "English" | "日本語 \\(Japanese\\)") =>
    field(name)
      .getByRole("group", { name: new RegExp(`^“.${language}.” Field$`) })
      .getByRole("textbox");
  await field("Id").getByRole("textbox").fill("dwcp");
  await fillRevealed(page, inLanguage("Term", "English"), "Decent Work Country Programme");
  await fillRevealed(page, inLanguage("Term", "日本語 \\(Japanese\\)"), "ディーセント・ワーク国別計画");
  await fillRevealed(
    page,
    inLanguage("Definition", "English"),
    "The plan the ILO agrees with one country's government, workers and employers.",
  );
  await fillRevealed(
    page,
    inLanguage("Definition", "日本語 \\(Japanese\\)"),
    "ILOが一つの国の政府・労働者・使用者と合意する計画です。",
  );
  await fillRevealed(page, field("Source").getByRole("textbox"), "ilo-tokyo-home");
  await save(page);

  // 4. A government's Japanese name, in the contributor file, whose rows the editor never rewrites.
  const contributors = JSON.parse(before[CONTRIBUTORS] ?? "{}") as {
    names: Record<string, unknown>;
    years: { governments: { name: string }[] }[];
  };
  const unnamed = contributors.years
    .flatMap((y) => y.governments.map((g) => g.name))
    .find((n) => !(n in contributors.names));
  expect(unnamed, "a government without a Japanese name in the data").toBeDefined();
  await openEntry(page, "Japanese names of governments", "Japanese names of governments");
  await page.getByRole("button", { name: /^Add .Governments.$/ }).click();
  await field("Government")
    .getByRole("textbox")
    .fill(unnamed ?? "");
  await fillRevealed(page, field("日本語 \\(Japanese\\)").getByRole("textbox"), "テスト国");
  await save(page);

  await expect.poll(async () => (await readCheckout(page, [CONTRIBUTORS]))[CONTRIBUTORS]).toContain("テスト国");
  const after = await readCheckout(page, [EN, JA, GLOSSARY, CONTRIBUTORS]);
  writeFileSync(test.info().outputPath("saved.json"), JSON.stringify(after, null, 1));
  expect(after[JA]).toContain(newParagraph);
  expect(after[JA]?.replace(newParagraph, oldParagraph)).toBe(before[JA]);
  // The inserted lines, and nothing else changed.
  const headingLine = "## What Japan's development cooperation aims at\n";
  const inserted = '\n<FundingChart view="annual" />\n\nMost of it is <Term id="earmarked">earmarked</Term>\n';
  expect(after[EN]).toBe(before[EN]?.replace(headingLine, headingLine + inserted));
  // The new term at the end, every other byte of the file as it was.
  const glossary = JSON.parse(before[GLOSSARY] ?? "{}") as { terms: unknown[] };
  const added = JSON.parse(after[GLOSSARY] ?? "{}").terms.at(-1);
  expect(after[GLOSSARY]).toBe(`${JSON.stringify({ ...glossary, terms: [...glossary.terms, added] }, null, 2)}\n`);
  expect(added).toEqual({
    id: "dwcp",
    term: { en: "Decent Work Country Programme", ja: "ディーセント・ワーク国別計画" },
    definition: {
      en: "The plan the ILO agrees with one country's government, workers and employers.",
      ja: "ILOが一つの国の政府・労働者・使用者と合意する計画です。",
    },
    source: "ilo-tokyo-home",
  });

  const rows = (text = "") => text.slice(text.indexOf('\n  "years"'));
  expect(rows(after[CONTRIBUTORS])).toBe(rows(before[CONTRIBUTORS]));
  expect(JSON.parse(after[CONTRIBUTORS] ?? "{}").names[unnamed ?? ""]).toEqual({ ja: "テスト国" });

  const checked = await checkCopy(after);
  expect(checked.out).toContain("✓ Build (pages, components, citations)");
  expect(checked.out).toContain("All checks passed.");
  expect(checked.code, checked.out).toBe(0);
  expect(away.map((r) => r.url())).toEqual([]);
});
