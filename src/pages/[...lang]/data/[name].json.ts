import type { APIRoute, GetStaticPaths } from "astro";
import { downloadPaths, downloadResponse } from "../../../lib/funding/download-endpoints";

// Every JSON download in src/lib/funding/downloads.ts, per language: /data/<name>.json and /ja/data/<name>.json.
export const getStaticPaths = (() => downloadPaths("json")) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) =>
  downloadResponse(props as Parameters<typeof downloadResponse>[0], "json", site);
