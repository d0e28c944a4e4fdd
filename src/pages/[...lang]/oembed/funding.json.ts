import type { APIRoute, GetStaticPaths } from "astro";
import { oembedResponse } from "../../_oembed";
import { localeParams } from "../../../lib/locales";

// /oembed/funding.json and /ja/oembed/funding.json.
export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => oembedResponse((props as { locale: "en" | "ja" }).locale, site);
