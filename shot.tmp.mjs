import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const js of [true, false]) {
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });
await page.goto("http://127.0.0.1:4341/funding/");
await page.waitForTimeout(1000);
console.log(js, await page.evaluate(() => {
  const cw = document.documentElement.clientWidth;
  return [document.documentElement.scrollWidth, cw, ...[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > cw + 1).slice(0, 8).map(e => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))];
}));
}
await browser.close();
