import type { APIRoute } from "astro";
import { currentEnv, editorScript } from "../../../tooling/cms/admin-files.ts";

/** The editor's configuration and components, computed from the schemas at build time. */
export const GET: APIRoute = () =>
  new Response(editorScript(currentEnv()), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
