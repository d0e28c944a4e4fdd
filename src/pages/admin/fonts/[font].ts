import type { APIRoute, GetStaticPaths } from "astro";
import { adminFont, adminFonts } from "../../../../tooling/cms/admin-files.ts";

/** Sveltia CMS's interface fonts and icons, from their Fontsource npm packages instead of jsDelivr. */
export const getStaticPaths = (() =>
  adminFonts().map(({ file }) => ({ params: { font: file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(adminFont(String(params.font))), { headers: { "Content-Type": "font/woff2" } });
