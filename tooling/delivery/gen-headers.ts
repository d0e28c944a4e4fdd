// Writes public/_headers and deploy/nginx.conf from tooling/delivery/policy.ts. Run: npm run gen:headers
import { readdirSync, writeFileSync } from "node:fs";
import { deliveryFiles } from "./delivery-files.ts";

/** Content entry ids ("en/funding") from content/pages/**\/*.mdx, as Astro's glob loader names them. */
export function contentIds(dir = "content/pages"): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.replaceAll("\\", "/").replace(/\.mdx$/, ""))
    .sort();
}

if (import.meta.main) {
  for (const [file, text] of Object.entries(deliveryFiles(contentIds()))) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
