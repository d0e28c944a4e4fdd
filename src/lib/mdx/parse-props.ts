import { editorError } from "../site/editor-error.ts";
import type { z } from "astro/zod";

/**
 * Checks the props an editor typed on an MDX component against the component's zod schema (its Props type is
 * inferred from the same schema). A bad prop stops the build with an editorError (an AstroError, as Starlight's
 * components throw): the message names the file, the component and each bad prop; the hint shows a correct use.
 * @param file the page being built, for the message ("content/pages/en/funding.mdx").
 * @param hint a correct use, written as the editor would type it.
 */
export function parseProps<T extends z.ZodType>(
  schema: T,
  props: unknown,
  { component, file, hint }: { component: string; file: string; hint: string },
): z.output<T> {
  // Astro adds data-astro-cid-… to components used inside a component with scoped styles; they are not the editor's.
  const own =
    props !== null && typeof props === "object"
      ? Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith("data-astro-")))
      : props;
  const result = schema.safeParse(own);
  if (result.success) return result.data;
  const reasons = result.error.issues.map((issue) => issue.message);
  // The value of the first bad prop, so `npm run check` can find the component's line among several alike.
  const key = result.error.issues[0]?.path[0];
  const value =
    typeof key === "string" && own && typeof own === "object" ? (own as Record<string, unknown>)[key] : undefined;
  throw editorError({
    file,
    field: `<${component}>`,
    found: typeof value === "string" ? `${key as string}="${value}"` : undefined,
    expected: `<${component}> ${reasons.join(" ")}`,
    example: hint,
  });
}

/**
 * The error for attributes a component does not have (a typo such as ids="…"), for z.strictObject's options.
 * @param takes what the component does take, e.g. 'it takes only id="…".'
 */
export function unknownProps(takes: string) {
  return (issue: z.core.$ZodRawIssue) =>
    issue.code === "unrecognized_keys"
      ? `does not take ${issue.keys.map((k) => `${k}="…"`).join(" or ")}; ${takes}`
      : undefined;
}
