/**
 * Every file under /admin/, computed at build time (src/pages/admin/ serves them): the page, the start-up
 * script with the configuration computed from the schemas, and Sveltia CMS's own bundle and interface
 * languages copied from node_modules (pinned in package.json, never committed, never from a CDN).
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { cmsConfig, cmsEnvFrom, NAMES_FORMAT, type CmsEnv } from "./config.ts";
import { editorComponents } from "./components.ts";

/** Where the admin files are served from. */
export const ADMIN_BASE = "/admin/";

const require = createRequire(import.meta.url);
/** node_modules/@sveltia/cms, found the way Node finds the package: its `exports` name only npm/index.js. */
export function sveltiaDir(): string {
  return dirname(dirname(require.resolve("@sveltia/cms", { paths: [process.cwd()] })));
}

export function sveltiaVersion(): string {
  return (JSON.parse(readFileSync(join(sveltiaDir(), "package.json"), "utf8")) as { version: string }).version;
}

/**
 * Sveltia fetches its interface languages other than English from unpkg.com
 * (`https://unpkg.com/@sveltia/cms@<version>/locales/<lang>.json`). Point that one template at our own copy.
 * A new version that builds the address differently fails the build here, rather than quietly calling the CDN.
 */
const LOCALES_TEMPLATE = /`\$\{\w+\}@\$\{\w+\}\/locales`/g;

/**
 * Sveltia's interface fonts (Source Sans 3, Noto Mono, and Material Symbols for its icons) come from
 * jsDelivr's Fontsource CDN: `https://cdn.jsdelivr.net/fontsource/fonts/<family>[:vf]@<version>/<file>.woff2`.
 * The same files are in the Fontsource npm packages (pinned in package.json): serve those, from /admin/fonts/.
 */
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@([\d.]+)\/([a-z0-9-]+)\.woff2/g;

export interface AdminFont {
  /** The file under /admin/fonts/, e.g. "material-symbols-outlined-latin-wght-normal.woff2". */
  file: string;
  /** The npm package that holds it, e.g. "@fontsource-variable/material-symbols-outlined". */
  pkg: string;
  version: string;
}

function sveltiaSource(): string {
  return readFileSync(join(sveltiaDir(), "dist", "sveltia-cms.js"), "utf8");
}

export function adminFonts(js = sveltiaSource()): AdminFont[] {
  return [...js.matchAll(FONT_URL)].map(([, family, variable, version, name]) => ({
    file: `${family}-${name}.woff2`,
    pkg: `@fontsource${variable ? "-variable" : ""}/${family}`,
    version: version as string,
  }));
}

/** A font's bytes from its package; a missing or different version stops the build with what to install. */
export function adminFont(file: string): Buffer {
  const font = adminFonts().find((f) => f.file === file);
  if (!font) throw new Error(`/admin/fonts/${file} is not a font Sveltia CMS uses.`);
  let dir: string;
  try {
    dir = dirname(require.resolve(`${font.pkg}/package.json`, { paths: [process.cwd()] }));
  } catch {
    throw new Error(
      `Sveltia CMS needs the font package ${font.pkg}: npm install --save-exact --save-dev ${font.pkg}@${font.version}`,
    );
  }
  const installed = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
  if (installed !== font.version)
    throw new Error(
      `Sveltia CMS asks for ${font.pkg}@${font.version}, ${installed} is installed: npm install --save-exact --save-dev ${font.pkg}@${font.version}`,
    );
  return readFileSync(join(dir, "files", file));
}

/**
 * Sveltia asks unpkg.com for its latest version every hour (`https://unpkg.com/@sveltia/cms/package.json`) to
 * offer an update. The version is pinned in package.json, so it asks this site instead, which answers with the
 * pinned version: no banner, no request to another site.
 */
const VERSION_TEMPLATE = /`\$\{\w+\}\/package\.json`/g;
export const VERSION_FILE = "sveltia-version.json";

/** Each address Sveltia builds from a CDN, rewritten to this site; each must be found exactly once. */
const REWRITES: readonly { what: string; pattern: RegExp; to: string }[] = [
  { what: "locales address", pattern: LOCALES_TEMPLATE, to: `"${ADMIN_BASE}locales"` },
  { what: "version check address", pattern: VERSION_TEMPLATE, to: `"${ADMIN_BASE}${VERSION_FILE}"` },
];

export function sveltiaBundle(): string {
  let js = sveltiaSource();
  for (const { what, pattern, to } of REWRITES) {
    const found = js.match(pattern)?.length ?? 0;
    if (found !== 1)
      throw new Error(
        `@sveltia/cms ${sveltiaVersion()}: expected one ${what} in dist/sveltia-cms.js, found ${found}. ` +
          "Find how this version builds it and update tooling/cms/admin-files.ts.",
      );
    js = js.replace(pattern, to);
  }
  return js
    .replace(
      FONT_URL,
      (_url, family: string, _vf, _version, name: string) => `${ADMIN_BASE}fonts/${family}-${name}.woff2`,
    )
    .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
}

/** Sveltia's interface languages, e.g. "ja" → locales/ja.json. */
export function sveltiaLocales(): string[] {
  return readdirSync(join(sveltiaDir(), "locales"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""));
}

export function sveltiaLocale(locale: string): string {
  return readFileSync(join(sveltiaDir(), "locales", `${locale}.json`), "utf8");
}

/** The start-up script: the configuration and components as JSON, then tooling/cms/editor-runtime.js. */
export function editorScript(env: CmsEnv): string {
  const setup = {
    config: cmsConfig(env),
    components: editorComponents(),
    githubConfigured: Boolean(env.githubRepo),
    namesFormat: NAMES_FORMAT,
  };
  const runtime = ["government-names.js", "editor-runtime.js"]
    .map((f) => readFileSync(join(process.cwd(), "tooling/cms", f), "utf8"))
    .join("\n");
  return `// GENERATED at build time by tooling/cms/admin-files.ts from the schemas. Do not edit.\nconst SETUP = ${JSON.stringify(setup, null, 1)};\n${runtime}`;
}

export function currentEnv(): CmsEnv {
  return cmsEnvFrom(process.env);
}

/**
 * The page. Its own text is what a reader sees where the editor cannot start (JavaScript off, or a host
 * without a configured repository): how to edit with local mode instead. The scripts hide it when they run.
 */
export function adminPage(env: CmsEnv): string {
  const github = env.githubRepo
    ? `\n      <p>This site's editor saves to <code>${env.githubRepo}</code> on GitHub. Sign in with a GitHub token (see the guide).</p>`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="same-origin">
    <title>Visual editor · Japan and the ILO</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <script src="${ADMIN_BASE}editor.js"></script>
    <script src="${ADMIN_BASE}sveltia-cms.js"></script>
  </head>
  <body>
    <main id="cms-help">
      <h1>Visual editor</h1>${github}
      <p>
        The editor works on a copy of the site on your own computer. In a terminal in that folder, run
        <code>npm start</code>, then open <code>http://localhost:4321/admin/</code> in Chrome or Edge and choose
        <strong>Work with Local Repository</strong>. Step by step: <code>docs/visual-editor.md</code> in the repository.
      </p>
      <h2 lang="ja">ビジュアルエディター</h2>
      <p lang="ja">
        エディターは、お使いのパソコン上のサイトのコピーで動きます。そのフォルダーでターミナルを開いて
        <code>npm start</code> を実行し、Chrome か Edge で <code>http://localhost:4321/admin/</code> を開いて「ローカルリポジトリで作業」を選んでください。手順はリポジトリの
        <code>docs/visual-editor.md</code> にあります。
      </p>
    </main>
  </body>
</html>
`;
}
