// Runs before `npm test`: Playwright needs a Chromium. Debian's /usr/bin/chromium is used where it
// exists (these machines cannot download browsers); anywhere else Playwright fetches its own.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

if (existsSync("/usr/bin/chromium")) {
  console.log("Using the system Chromium at /usr/bin/chromium.");
} else {
  console.log("No system Chromium found; installing Playwright's own Chromium.");
  execFileSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
}
