/**
 * /admin/ asks nothing of another site, in English and in Japanese (Sveltia's interface follows the browser's
 * language and loads its Japanese strings from this site). Requests are watched as they leave the page, and
 * Content-Security-Policy refusals are recorded too: a request the CSP stopped was still attempted.
 * With CMS_SHOTS=<folder>, it also saves the screenshots the pull request describes.
 */
import { expect, test, type Page } from "@playwright/test";
import { SERVED_BY_NGINX } from "../support/servers.ts";
import { openEditor, seedCheckout, watchOrigin } from "./support.ts";

/**
 * The one attempt Sveltia makes that no setting turns off: with a GitHub backend configured (local mode uses
 * one, see tooling/cms/config.ts) it asks www.githubstatus.com whether GitHub is down. The CSP refuses it
 * (connect-src), Sveltia then shows no status, and nothing leaves the browser.
 */
const REFUSED_BY_DESIGN = ["https://www.githubstatus.com/api/v2/status.json"];

async function watchRefusals(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.exposeFunction("cmsRefused", (uri: string) => refused.push(uri));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { cmsRefused(u: string): void }).cmsRefused(e.blockedURI),
    );
  });
  return refused;
}

const shots = process.env.CMS_SHOTS;

for (const [language, locale, labels] of [
  [
    "English",
    "en-US",
    { pages: "Pages", entry: "Funding", japanese: "Japanese", insert: "Insert", markdown: "Edit in Markdown" },
  ],
  [
    "Japanese",
    "ja-JP",
    { pages: "Pages", entry: "Funding", japanese: "日本語", insert: "挿入", markdown: "マークダウンで編集" },
  ],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale, viewport: { width: 1440, height: 900 } });

    test(`/admin/ makes no request off its origin (${language} interface)`, async ({ page, baseURL }) => {
      const away = watchOrigin(page, baseURL as string);
      const refused = await watchRefusals(page);
      const missing: string[] = [];
      page.on("response", (r) => {
        if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
      });
      await seedCheckout(page);
      await openEditor(page, locale === "ja-JP" ? "ja" : "en");
      if (shots) await page.screenshot({ path: `${shots}/${locale}-1-collections.png` });
      await page.getByRole("treeitem").first().click();
      await expect(page.getByRole("row").first()).toBeVisible();
      if (shots) await page.screenshot({ path: `${shots}/${locale}-2-page-list.png` });
      await page.getByRole("row", { name: labels.entry, exact: true }).click();
      const japanese = page.getByRole("radio", { name: labels.japanese }).last();
      await japanese.click();
      await expect(japanese).toBeChecked();
      if (shots) await page.screenshot({ path: `${shots}/${locale}-3-side-by-side.png` });
      if (shots) {
        const markdown = page.getByRole("button", { name: labels.markdown }).first();
        await expect(async () => {
          await markdown.click();
          await expect(markdown).toHaveAttribute("aria-pressed", "false", { timeout: 1000 });
        }).toPass();
        const chart = page.getByRole("group", { name: /FundingChart/ }).first();
        await chart.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/${locale}-4-component-form.png` });
        await page.getByRole("button", { name: labels.insert }).first().click();
        await page.screenshot({ path: `${shots}/${locale}-5-insert-menu.png` });
        await page.keyboard.press("Escape");
      }
      expect(away.map((r) => r.url())).toEqual([]);
      expect(refused.filter((u) => !REFUSED_BY_DESIGN.includes(u))).toEqual([]);
      expect(missing.filter((m) => !m.endsWith("/favicon.ico"))).toEqual([]);
    });
  });
}

test("/admin/ is noindex, refuses framing and has its own CSP", async ({ request }) => {
  const page = await request.get("/admin/");
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('<meta name="robots" content="noindex, nofollow">');
  test.skip(!SERVED_BY_NGINX, "astro preview sends no production headers");
  const headers = page.headers();
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("script-src 'self'");
  // Local mode only (no CMS_GITHUB_REPO at build time): the editor talks to no API.
  expect(headers["content-security-policy"]).toContain("connect-src 'self' data:;");
});
