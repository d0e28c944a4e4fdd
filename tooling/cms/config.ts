/**
 * The visual editor's configuration (Sveltia CMS), computed from what defines the content: the page schema
 * (src/lib/data/schemas/page.ts), the dataset registry (src/lib/data/registry.ts) and its zod schemas, and the
 * MDX components' props schemas (tooling/cms/components.ts). Nothing here repeats a field by hand, so a new
 * field, dataset or component reaches the editor with the next build. The /admin/ routes serve it;
 * tests/cms/config.test.ts fails when the built copy differs from what this file computes now.
 */
import { datasets, type DatasetName } from "../../src/lib/data/registry.ts";
import { pageSchema } from "../../src/lib/data/schemas/page.ts";
import { defaultLocale, locales } from "../../src/lib/site/locales.ts";
import { SITE } from "../../src/lib/site/site.ts";
import { editorComponents } from "./components.ts";
import { fieldsOf, labelOf, type CmsField } from "./fields.ts";
import { jsonSchemaOf } from "../docs/json-schema.ts";

/** Where the pages live: content/pages/<locale>/<slug>.mdx (src/content.config.ts). */
export const PAGES_FOLDER = "content/pages";

/**
 * Datasets the editor leaves out, each with its reason. The contributor table (187 governments a year) is
 * written by `npm run data:ceb` from the UN CEB's CSV; typed by hand in a form it would only drift.
 */
export const EXCLUDED_DATASETS: Partial<Record<DatasetName, string>> = {
  fundingContributors: "written by `npm run data:ceb` from the UN CEB's CSV file; only its `names` are edited",
};

/** The custom file format that reads and writes only `names` of the contributor file (government-names.js). */
export const NAMES_FORMAT = "government-names";

/**
 * The Japanese names of governments, from the contributor table's schema (`names`: government → { ja, en? }),
 * as a list of one government a row. Only these lines of the file are ever rewritten.
 */
function namesCollection(): Record<string, unknown> {
  const d = datasets.fundingContributors;
  const names = jsonSchemaOf(d.schema, "input").properties?.names;
  const value = typeof names?.additionalProperties === "object" ? names.additionalProperties : undefined;
  if (!value?.properties)
    throw new Error(`${d.file}: the schema's "names" is no longer a map of names; update tooling/cms/config.ts.`);
  const government: CmsField = {
    name: "government",
    label: "Government",
    widget: "string",
    hint: "The government's name exactly as the UN CEB writes it, e.g. United Kingdom of Great Britain and Northern Ireland.",
  };
  return {
    name: "names",
    label: "Japanese names of governments",
    description: `The names of governments in Japanese (and a shorter English name), from ${d.file}. The figures there come from \`npm run data:ceb\`.`,
    format: NAMES_FORMAT,
    extension: "json",
    files: [
      {
        name: "government-names",
        label: "Japanese names of governments",
        file: d.file,
        fields: [
          {
            name: "names",
            label: "Governments",
            widget: "list",
            collapsed: true,
            summary: "{{fields.government}} — {{fields.ja}}",
            hint: names?.description,
            fields: [government, ...fieldsOf(value)],
          },
        ],
      },
    ],
  };
}

/** Build-time settings, read from the environment like SITE_URL. */
export interface CmsEnv {
  /** owner/name of the GitHub repository the editor commits to (CMS_GITHUB_REPO). */
  githubRepo?: string;
  /** The branch it commits to (CMS_GITHUB_BRANCH, default main). */
  githubBranch?: string;
  /** A self-hosted OAuth relay for "Sign in with GitHub" (CMS_AUTH_URL), e.g. sveltia-cms-auth on Cloudflare. */
  authUrl?: string;
}

export function cmsEnvFrom(env: Record<string, string | undefined>): CmsEnv {
  const githubRepo = env.CMS_GITHUB_REPO?.trim() || undefined;
  if (githubRepo && !/^[\w.-]+\/[\w.-]+$/.test(githubRepo))
    throw new Error(
      `CMS_GITHUB_REPO="${githubRepo}" is not a GitHub repository. Write it as owner/name, e.g. CMS_GITHUB_REPO=japan-ilo/site.`,
    );
  const authUrl = env.CMS_AUTH_URL?.trim() || undefined;
  if (authUrl && !/^https:\/\/[^/]+/.test(authUrl))
    throw new Error(
      `CMS_AUTH_URL="${authUrl}" must be an https:// address, e.g. CMS_AUTH_URL=https://auth.example.org.`,
    );
  return { githubRepo, githubBranch: env.CMS_GITHUB_BRANCH?.trim() || undefined, authUrl };
}

/**
 * Without CMS_GITHUB_REPO the editor has local repository mode only. Sveltia has no backend of that name (its
 * configuration accepts github, gitlab, gitea and test-repo), so it gets a GitHub backend whose repository says
 * what it is: the button it offers is "Work with Local Repository", and /admin/ on a public host explains
 * local mode instead of starting (tooling/cms/editor-runtime.js).
 */
export const LOCAL_ONLY_REPO = "local-checkout/japan-ilo-site";

function backendOf(env: CmsEnv): Record<string, unknown> {
  if (!env.githubRepo) return { name: "github", repo: LOCAL_ONLY_REPO, branch: "main", auth_methods: ["token"] };
  return {
    name: "github",
    repo: env.githubRepo,
    branch: env.githubBranch ?? "main",
    ...(env.authUrl ? { base_url: env.authUrl } : { auth_methods: ["token"] }),
    // A public repository needs no access to the editor's private ones.
    auth_scope: "public_repo",
    commit_messages: {
      create: "Add {{collection}} “{{slug}}” (visual editor)",
      update: "Edit {{collection}} “{{slug}}” (visual editor)",
      delete: "Delete {{collection}} “{{slug}}” (visual editor)",
      uploadMedia: "Upload “{{path}}” (visual editor)",
      deleteMedia: "Delete “{{path}}” (visual editor)",
    },
  };
}

/**
 * Sveltia writes frontmatter keys in the order of the fields. The pages write the menu label right under the
 * title (title, navLabel, description, …); the schema declares it later. These fields come first, the rest
 * follow in the schema's order, so saving a page keeps its lines where they were.
 */
export const PAGE_FIELDS_FIRST = ["title", "navLabel"] as const;

/** The page's frontmatter fields, each language edited on its own (the twins may differ in any field). */
function pageFields(componentIds: readonly string[]): CmsField[] {
  const rank = (name: string) => {
    const i = (PAGE_FIELDS_FIRST as readonly string[]).indexOf(name);
    return i === -1 ? PAGE_FIELDS_FIRST.length : i;
  };
  const frontmatter = fieldsOf(jsonSchemaOf(pageSchema, "input"))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.name) - rank(b.f.name) || a.i - b.i)
    .map(({ f }) => ({ ...f, i18n: true }));
  const body: CmsField = {
    name: "body",
    label: "Text",
    widget: "richtext",
    i18n: true,
    hint: "The page's text. Insert charts, citations and glossary links with the Insert menu (+).",
    // The pages are hand-written MDX (HTML headings with fixed ids, grids of key figures): the plain text mode
    // keeps every byte an editor does not touch. Rich text stays one click away.
    modes: ["raw", "rich_text"],
    // Only the site's own components: the built-in image and code blocks would write Markdown the site does not
    // style, and the code block loads its highlighter from a CDN.
    editor_components: componentIds,
  };
  return [...frontmatter, body];
}

function dataFile(name: DatasetName): Record<string, unknown> {
  const d = datasets[name];
  return {
    name: d.id,
    label: labelOf(d.id.replace(/-/g, " ")),
    file: d.file,
    // `$schema` is not a field: keep it so editors' code editors keep validating the file.
    fields: [
      { name: "$schema", widget: "hidden", default: `./schema/${d.jsonSchema}` },
      ...fieldsOf(jsonSchemaOf(d.schema, "input"), ["$schema", "id"]),
    ],
  };
}

export function cmsConfig(env: CmsEnv = {}): Record<string, unknown> {
  const components = editorComponents();
  const dataNames = (Object.keys(datasets) as DatasetName[]).filter((n) => !EXCLUDED_DATASETS[n]);
  return {
    load_config_file: false,
    backend: backendOf(env),
    // On GitHub each edit goes to a branch with a pull request (Sveltia's editorial workflow), so the host builds a
    // preview with `npm run check` before anyone publishes. A local checkout is saved to as it is.
    publish_mode: env.githubRepo ? "editorial_workflow" : "simple",
    app_title: "Japan and the ILO · Editor",
    // Our own icon: Sveltia's default logo is a data: URL it fetches, which the CSP's connect-src refuses.
    logo: { src: "/favicon.svg" },
    // No uploads: the site has no image folder yet. Sveltia needs a folder to start.
    media_folder: "public/media",
    public_folder: "/media",
    site_url: SITE,
    display_url: SITE,
    i18n: { structure: "multiple_folders", locales: [...locales], default_locale: defaultLocale },
    output: {
      // An optional field left empty (navLabel) stays out of the file, as the pages write it.
      omit_empty_optional_fields: true,
      // The files as the repository writes them: two spaces, list items indented under their key.
      json: { indent_style: "space", indent_size: 2 },
      yaml: { indent_size: 2, indent_sequences: true, quote: "none" },
    },
    collections: [
      {
        name: "pages",
        label: "Pages",
        label_singular: "Page",
        description: "Every page, in English and Japanese side by side. Each language has its own file.",
        folder: PAGES_FOLDER,
        extension: "mdx",
        format: "yaml-frontmatter",
        i18n: true,
        create: true,
        delete: false,
        slug: "{{slug}}",
        identifier_field: "title",
        summary: "{{title}}",
        sortable_fields: ["navOrder", "title"],
        fields: pageFields(components.map((c) => c.id)),
      },
      {
        name: "data",
        label: "Data",
        description: "Timeline, glossary, Conventions, sources and totals. Each field says what it takes.",
        files: dataNames.map(dataFile),
      },
      namesCollection(),
    ],
  };
}
