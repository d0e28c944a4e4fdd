import type { APIRoute } from "astro";
import { adminPage, currentEnv } from "../../../tooling/cms/admin-files.ts";

/** /admin/: the visual editor (Sveltia CMS). Not a page of the site: no layout, no sitemap entry, noindex. */
export const GET: APIRoute = () =>
  new Response(adminPage(currentEnv()), { headers: { "Content-Type": "text/html; charset=utf-8" } });
