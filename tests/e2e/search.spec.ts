// Site search (Pagefind): each language's index finds its own words, the header's form works without
// JavaScript, and the first query's transfer stays under its budget (BUDGET in tests/support/budgets.ts).
import { expect, test, type Page } from "@playwright/test";
import { BUDGET } from "../support/budgets.ts";

/** Bytes on the wire for the search's scripts and data: the page's script, Pagefind's JS, wasm, index, fragments. */
function countTransfer(page: Page) {
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (!["script", "fetch", "xhr"].includes(request.resourceType())) return;
    sizes.push(
      request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
    );
  });
  return async () => {
    const all = await Promise.all(sizes);
    return { files: all, bytes: all.reduce((n, f) => n + f.bytes, 0) };
  };
}

/** CSP violations in the page: Pagefind compiles WebAssembly and starts a worker, which the CSP must allow. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  return violations;
}

async function search(page: Page, path: string, query: string) {
  await page.goto(path);
  await page.getByRole("searchbox", { name: /./ }).last().fill(query);
  await page.locator("site-search button[type=submit]").click();
  await expect(page.locator("site-search [role=status]")).not.toHaveText(/^$|…$/);
  return page.locator(".search-results a");
}

const cases = [
  { path: "/search/", query: "Trust Fund", expected: "/priorities/" },
  { path: "/search/", query: "Governing Body", expected: "/membership/" },
  { path: "/ja/search/", query: "理事会", expected: "/ja/membership/" },
  { path: "/ja/search/", query: "任意拠出金", expected: "/ja/funding/" },
];

for (const c of cases) {
  test(`${c.path}: "${c.query}" finds ${c.expected}`, async ({ page }) => {
    const finished = countTransfer(page);
    const violations = await watchCsp(page);
    const hits = await search(page, c.path, c.query);
    const hrefs = await hits.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(c.expected);
    // Results stay in the page's language: each language has its own index.
    for (const h of hrefs) expect(h.startsWith("/ja/"), `${h} on ${c.path}`).toBe(c.path.startsWith("/ja/"));
    await expect(page.locator(".search-results mark").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    const { files, bytes } = await finished();
    const titles = await hits.allTextContents();
    test.info().annotations.push({
      type: "first query",
      description: `${c.path} "${c.query}": ${bytes} bytes in ${files.length} requests; results: ${hrefs.map((h, i) => `${titles[i]} (${h})`).join(", ")}`,
    });
    expect(bytes, `first query transfer:\n${files.map((f) => `${f.bytes}\t${f.url}`).join("\n")}`).toBeLessThanOrEqual(
      BUDGET.searchFirstQueryBytes,
    );
  });
}

test("a query with no match says so", async ({ page }) => {
  await search(page, "/search/", "zzqxv");
  await expect(page.locator("site-search [role=status]")).toContainText("zzqxv");
  await expect(page.locator(".search-results li")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [home, searchPath, query] of [
    ["/", "/search/", "Trust Fund"],
    ["/ja/", "/ja/search/", "理事会"],
  ] as const) {
    test(`the header's search on ${home} reaches ${searchPath} with the query, which lists every page`, async ({
      page,
    }) => {
      await page.goto(home);
      const form = page.locator("header form[role=search]");
      await form.getByRole("searchbox").fill(query);
      await form.getByRole("button").click();
      await expect(page).toHaveURL((url) => url.pathname === searchPath && url.searchParams.get("q") === query);
      // The <noscript> message and the list of every page show when scripts are off.
      const list = page.locator("main noscript + *, main ul a");
      await expect(list.first()).toBeVisible();
      const listed = await page
        .locator("main ul a")
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const prefix = searchPath === "/ja/search/" ? "/ja/" : "/";
      for (const p of ["", "membership/", "funding/", "priorities/", "sources/"]) expect(listed).toContain(prefix + p);
    });
  }
});
