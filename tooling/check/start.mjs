// `npm run check` starts here: plain JavaScript, so that any Node can run it, and say what is missing
// before the real check (check.ts, TypeScript run by the project's own Node 24) would fail with a stack trace.
import { existsSync } from "node:fs";

const missing = ["node_modules/.bin/node", "node_modules/.bin/astro"].filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(
    [
      "The check cannot run yet: the site's tools are not installed in this folder.",
      "",
      "  Run this once, in the folder of the site (the one with package.json), then run `npm run check` again:",
      "",
      "    npm ci",
      "",
      "  It downloads the tools the site is built with (a few minutes the first time).",
      '  Guide: docs/editing.md, "From nothing installed to a published change".',
      "",
      "チェックを実行できません。このフォルダーにサイトのツールがまだインストールされていません。",
      "package.json のあるフォルダーで一度 `npm ci` を実行してから、もう一度 `npm run check` を実行してください。",
      "手順は docs/editing.ja.md の「何もインストールしていない状態から公開まで」にあります。",
    ].join("\n"),
  );
  process.exit(1);
}
await import("./check.ts");
