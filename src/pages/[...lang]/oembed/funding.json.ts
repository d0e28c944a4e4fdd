import type { APIRoute, GetStaticPaths } from "astro";
import { oembedResponse } from "../../../lib/embed/oembed";
import { localeParams } from "../../../lib/site/locales";

// /oembed/funding.json and /ja/oembed/funding.json.
export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => oembedResponse((props as { locale: "en" | "ja" }).locale, site);
