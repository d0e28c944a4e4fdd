import type { APIRoute } from "astro";
import { oembedResponse } from "../_oembed";

export const prerender = true;

export const GET: APIRoute = ({ site }) => oembedResponse("en", site);
