import type { APIRoute, GetStaticPaths } from "astro";
import { sveltiaLocale, sveltiaLocales } from "../../../../tooling/cms/admin-files.ts";

/** Sveltia CMS's interface languages (ja and the rest), served here instead of from unpkg.com. */
export const getStaticPaths = (() =>
  sveltiaLocales().map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(sveltiaLocale(String(params.locale)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
