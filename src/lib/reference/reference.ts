import { editorError } from "../site/editor-error.ts";
import type { Locale } from "../site/locales.ts";
import type { UiKey } from "../site/i18n.ts";
import type { Conventions } from "../data/schemas/conventions.ts";
import type { Glossary, GlossaryTerm } from "../data/schemas/glossary.ts";
import type { Precision, Theme, Timeline, TimelineEvent } from "../data/schemas/timeline.ts";
import { formatDate } from "../site/format.ts";

/** Which registry sources a page's data components cite, in the order they first appear. */
export function dataComponentSourceIds(
  body: string | undefined,
  data: { timeline: Timeline; conventions: Conventions; glossary: Glossary },
): string[] {
  const text = body ?? "";
  const ids: string[] = [];
  if (/<ConventionsTable\b/.test(text))
    ids.push(data.conventions.record.source, ...data.conventions.conventions.map((c) => c.source));
  if (/<Timeline\b/.test(text)) ids.push(...data.timeline.events.map((e) => e.source));
  if (/<Glossary\b/.test(text)) ids.push(...data.glossary.terms.map((t) => t.source));
  return [...new Set(ids)];
}

/** The timeline cut into its eras, each with the years it spans (the last one open-ended). */
export function timelineByEra(t: Timeline) {
  return t.eras.map((era, i) => {
    const next = t.eras[i + 1];
    const to = next ? next.from - 1 : undefined;
    const events = t.events.filter((e) => {
      const year = Number(e.date.slice(0, 4));
      return year >= era.from && (to === undefined || year <= to);
    });
    return { era, to, events };
  });
}

/** The label of each timeline theme. */
export const themeLabels = {
  membership: "history.theme.membership",
  "governing-body": "history.theme.governing-body",
  office: "history.theme.office",
  standards: "history.theme.standards",
  cooperation: "history.theme.cooperation",
  funding: "history.theme.funding",
} as const satisfies Record<Theme, UiKey>;

/** The date of an event, written to its precision: "1951", "April 1923", "23 November 1922" / "1923年4月". */
export function eventDate(locale: Locale, e: Pick<TimelineEvent, "date" | "precision">): string {
  const parts: Record<Precision, number> = { year: 1, month: 2, day: 3 };
  return formatDate(locale, e.date.split("-").slice(0, parts[e.precision]).join("-"));
}

/**
 * The glossary entry for <Term id="…">. An unknown id stops the build with an editorError (as bad props do,
 * src/lib/mdx/parse-props.ts) naming the page, the id and the known ids; the hint says how to fix it.
 */
export function findTerm(glossary: Pick<Glossary, "terms">, id: string, file: string): GlossaryTerm {
  const term = glossary.terms.find((t) => t.id === id);
  if (!term) {
    throw editorError({
      file,
      field: "<Term>",
      found: `id="${id}"`,
      expected:
        `<Term id="${id}"> names no entry in content/data/glossary.json. ` +
        `Known ids: ${glossary.terms.map((t) => `"${t.id}"`).join(", ")}.\n` +
        "Use one of those ids, or add the term to content/data/glossary.json with its definition and source.",
      example: `<Term id="${glossary.terms[0]?.id ?? "…"}">…</Term>`,
    });
  }
  return term;
}
