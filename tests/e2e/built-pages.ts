import { distPages } from "../support/dist";

/**
 * Every HTML page in dist/, as URL paths ("/", "/ja/funding/", "/404.html"), from the one page finder
 * the gates use (tests/support/dist.ts). Read from the build, not a list, so a new page is tested at once.
 */
export function builtPages(): string[] {
  return distPages()
    .map((p) => p.path)
    .sort();
}

/** The site's content pages: every built page but the 404s and the embed widgets. */
export function contentPaths(): string[] {
  return builtPages().filter((p) => !/404/.test(p) && !p.includes("/embed/"));
}
