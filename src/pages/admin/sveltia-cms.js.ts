import type { APIRoute } from "astro";
import { sveltiaBundle } from "../../../tooling/cms/admin-files.ts";

/** Sveltia CMS's bundle, copied from node_modules/@sveltia/cms at build time and served from this site. */
export const GET: APIRoute = () =>
  new Response(sveltiaBundle(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
