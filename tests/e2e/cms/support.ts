// Helpers for driving the real Sveltia CMS bundle at /admin/ in local repository mode, with no network:
// Chromium's directory picker is replaced by a folder in the origin private file system (OPFS), seeded with
// the repository's own content/, as Sveltia's own end-to-end tests stub the File System Access API.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, type Locator, type Page, type Request } from "@playwright/test";

const ROOT = process.cwd();
/** The folder inside OPFS that plays the editor's checkout. */
const REPO = "checkout";

/** Every file under content/, as repository-relative paths and texts. */
export function contentFiles(dir = join(ROOT, "content")): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, contentFiles(path));
    else out[relative(ROOT, path)] = readFileSync(path, "utf8");
  }
  return out;
}

/** Requests that left the site's origin (none may). */
export function watchOrigin(page: Page, origin: string): Request[] {
  const away: Request[] = [];
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("blob:") && !url.startsWith("data:")) away.push(r);
  });
  return away;
}

/**
 * Seeds OPFS with content/ and a .git folder (Sveltia checks the picked folder is a repository root), and makes
 * showDirectoryPicker return it. Call before the first navigation to /admin/.
 */
export async function seedCheckout(page: Page, files: Record<string, string> = contentFiles()): Promise<void> {
  // Any page of the site: OPFS belongs to the origin. Not a bare file, for which Chromium asks for /favicon.ico.
  await page.goto("/404.html");
  await page.evaluate(
    async ({ files, repo }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(repo, { recursive: true }).catch(() => undefined);
      const base = await root.getDirectoryHandle(repo, { create: true });
      await base.getDirectoryHandle(".git", { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split("/");
        let dir = base;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1) as string, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files, repo: REPO },
  );
  await page.addInitScript((repo) => {
    Object.defineProperty(window, "showDirectoryPicker", {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(repo),
    });
  }, REPO);
}

/** The checkout's files now, as the editor left them. */
export async function readCheckout(page: Page, paths: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate(
    async ({ paths, repo }) => {
      const out: Record<string, string> = {};
      for (const path of paths) {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(repo);
        const parts = path.split("/");
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
        out[path] = await (await (await dir.getFileHandle(parts.at(-1) as string)).getFile()).text();
      }
      return out;
    },
    { paths, repo: REPO },
  );
}

/** Opens /admin/ and signs in to local repository mode through the editor's own button. */
export async function openEditor(page: Page, locale: "en" | "ja" = "en"): Promise<void> {
  await page.goto("/admin/");
  const label = locale === "ja" ? "ローカルリポジトリで作業" : "Work with Local Repository";
  await page.getByRole("button", { name: label }).click();
  await expect(
    page
      .getByRole("link", { name: /Pages|ページ/ })
      .or(page.getByText("Pages"))
      .first(),
  ).toBeVisible();
}

/** One language's half of the side-by-side editor. */
export function pane(page: Page, language: "English" | "Japanese") {
  return page.getByRole("group", { name: new RegExp(`Edit .${language}. Content`) });
}

/** Opens an entry from a collection's list, e.g. openEntry(page, "Pages", "Funding"). */
export async function openEntry(page: Page, collection: string, entry: string): Promise<void> {
  await page.getByRole("treeitem", { name: new RegExp(`^${collection}`) }).click();
  await page.getByRole("row", { name: entry, exact: true }).click();
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
}

/** Saves with the editor's Save button, and waits for the editor to say the files are written. */
export async function save(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: "Save" });
  await expect(button).toBeEnabled();
  await button.click();
  // The editor closes once the files are written, and says so.
  await expect(button).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Entry saved" })).toBeVisible();
}

/**
 * Fills a field of a long form. Sveltia draws a list item's fields only once they scroll into view, so this
 * scrolls the form (under the pointer) until the field exists.
 */
export async function fillRevealed(page: Page, field: Locator, value: string): Promise<void> {
  await page.mouse.move(300, 500);
  await expect
    .poll(async () => {
      if ((await field.count()) > 0) return true;
      await page.mouse.wheel(0, 250);
      return false;
    })
    .toBe(true);
  await field.fill(value);
}
