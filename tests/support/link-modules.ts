import { mkdirSync, readdirSync, realpathSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/**
 * Gives a temporary copy of the project the real project's packages, one link per package.
 * Linking the whole node_modules folder would share node_modules/.astro, where Astro keeps its content
 * store: copies building one after another or side by side would then read each other's pages.
 */
export function linkNodeModules(project: string, copy: string): void {
  const from = realpathSync(join(project, "node_modules"));
  mkdirSync(join(copy, "node_modules"));
  for (const entry of readdirSync(from)) {
    if (entry === ".astro" || entry === ".vite") continue;
    symlinkSync(join(from, entry), join(copy, "node_modules", entry));
  }
}
