import type { APIRoute, GetStaticPaths } from "astro";
import { downloadPaths, downloadResponse } from "../../lib/funding/download-endpoints";

// Every CSV download listed in src/lib/funding/downloads.ts (one per dataset, language-neutral).
export const getStaticPaths = (() => downloadPaths("csv")) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) =>
  downloadResponse(props as Parameters<typeof downloadResponse>[0], "csv", site);
