import type { APIRoute } from "astro";
import { sveltiaVersion } from "../../../tooling/cms/admin-files.ts";

/** The pinned Sveltia CMS version, which its update check reads here instead of from unpkg.com. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ version: sveltiaVersion() }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
