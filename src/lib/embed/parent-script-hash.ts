/**
 * The parent script partners paste (public/embed.js), published a second time under a name that holds its
 * hash (/embed.v1.<hash>.js, cached for a year) so the snippet can pin it with Subresource Integrity.
 * Build-time only (Node): the snippet, the oEmbed file and the build integration read it from here.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export const EMBED_SCRIPT_SOURCE = "public/embed.js";

export interface EmbedScriptAsset {
  /** "/embed.v1.3f2a9c1b7d4e.js": changes whenever the bytes do. */
  path: string;
  /** The SRI value for the snippet's integrity attribute: "sha384-…". */
  integrity: string;
}

export function embedScriptAsset(bytes: Uint8Array): EmbedScriptAsset {
  const name = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
  return {
    path: `/embed.v1.${name}.js`,
    integrity: `sha384-${createHash("sha384").update(bytes).digest("base64")}`,
  };
}

export function readEmbedScript(file = EMBED_SCRIPT_SOURCE): { bytes: Buffer } & EmbedScriptAsset {
  const bytes = readFileSync(file);
  return { bytes, ...embedScriptAsset(bytes) };
}
