/**
 * Writes file.gz (zlib level 9) and file.br (brotli quality 11) next to every text file in dist/
 * after the build, so nginx's gzip_static/brotli_static serve them without compressing per request.
 * A compressed copy is kept only when it is smaller than the original.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { AstroIntegration } from "astro";
import { COMPRESSIBLE_EXTENSIONS } from "./policy.ts";

export function isCompressible(file: string): boolean {
  const ext = /\.([a-z0-9_]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext !== undefined && COMPRESSIBLE_EXTENSIONS.includes(ext);
}

export function precompressDir(dir: string): { files: number; bytes: number; gzip: number; brotli: number } {
  const totals = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(isCompressible);
  for (const rel of files) {
    const path = join(dir, rel);
    const raw = readFileSync(path);
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    totals.files++;
    totals.bytes += raw.length;
    if (gz.length < raw.length) {
      writeFileSync(`${path}.gz`, gz);
      totals.gzip += gz.length;
    }
    if (br.length < raw.length) {
      writeFileSync(`${path}.br`, br);
      totals.brotli += br.length;
    }
  }
  return totals;
}

export default function precompress(): AstroIntegration {
  return {
    name: "precompress",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const t = precompressDir(fileURLToPath(dir));
        logger.info(`${t.files} files, ${t.bytes} B → gzip ${t.gzip} B, brotli ${t.brotli} B`);
      },
    },
  };
}
