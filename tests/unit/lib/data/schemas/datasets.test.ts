import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { AstroError } from "astro/errors";
import { parseProps } from "../../../../../src/lib/mdx/parse-props";
import { termHint, termProps } from "../../../../../src/components/mdx/Term.props";
import { dataViewProps } from "../../../../../src/components/mdx/data-file-views.props";
import { conventionsSchema } from "../../../../../src/lib/data/schemas/conventions";
import { glossarySchema } from "../../../../../src/lib/data/schemas/glossary";
import { registryIds, sourceRegistrySchema } from "../../../../../src/lib/data/schemas/sources";
import { timelineSchema } from "../../../../../src/lib/data/schemas/timeline";
import { eventDate, findTerm, timelineByEra } from "../../../../../src/lib/reference/reference";
import { sourceIn } from "../../../../../src/lib/sources/sources";
import { contentPages } from "../../../../support/content-pages";
import { termHref } from "../../../../../src/lib/site/routes";

// The real files, with the id the content loader adds.
const read = (name: string) => ({ ...JSON.parse(readFileSync(`content/data/${name}.json`, "utf8")), id: name });
const sources = read("sources") as z.input<typeof sourceRegistrySchema>;
const timeline = read("timeline") as z.input<typeof timelineSchema>;
const conventions = read("conventions") as z.input<typeof conventionsSchema>;
const glossary = read("glossary") as z.input<typeof glossarySchema>;

/** Every message zod gives for the input, as "path: message". */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** A copy of a list with one item changed. */
const withItem = <T>(list: T[], index: number, change: (item: T) => T) =>
  list.map((item, i) => (i === index ? change(item) : item));

describe("the reference data files pass their schemas", () => {
  it.each([
    ["sources", sourceRegistrySchema, sources],
    ["timeline", timelineSchema, timeline],
    ["conventions", conventionsSchema, conventions],
    ["glossary", glossarySchema, glossary],
  ] as const)("content/data/%s.json", (_, schema, data) => {
    expect(messages(schema, data)).toEqual([]);
  });

  type Row = { code: string; category: string; status: string; ratified: string | null; approved?: string };
  const rows = conventions.conventions as Row[];
  it("the record opens with the ten fundamental Conventions; No. 111 unratified, No. 155 approved by the Diet only (facts B2, D5, F1)", () => {
    expect(rows.slice(0, 10).map((c) => c.code)).toEqual([
      "C29",
      "C87",
      "C98",
      "C100",
      "C105",
      "C111",
      "C138",
      "C155",
      "C182",
      "C187",
    ]);
    expect(rows.slice(0, 10).every((c) => c.category === "fundamental")).toBe(true);
    expect(rows.find((c) => c.code === "C111")).toMatchObject({ status: "not-ratified", ratified: null });
    // The Diet's approval is dated; the ILO's registration is not claimed (facts F1).
    expect(rows.find((c) => c.code === "C155")).toMatchObject({
      status: "approved",
      ratified: null,
      approved: "2025-05-23",
    });
  });
  it("the governance Conventions Japan has ratified are Nos. 81, 122 and 144 (facts A: 3 governance)", () => {
    expect(
      rows
        .filter((c) => c.category === "governance")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["C122", "C144", "C81"]);
  });
  it("every other row is a ratification, in order of ratification where its date is known", () => {
    const others = rows.slice(10);
    expect(others.every((c) => ["in-force", "denounced", "not-yet-in-force", "unconfirmed"].includes(c.status))).toBe(
      true,
    );
    const dated = others.flatMap((c) => (c.ratified ? [c.ratified] : []));
    expect(dated).toEqual([...dated].sort());
  });
});

describe("the reference schemas reject each mistake with a message that says what to write instead", () => {
  it("an unknown source id, in the timeline, the Conventions and the glossary", () => {
    const expected = (path: string) =>
      `${path}: source "ilo-nowhere" is not a source in content/data/sources.json. Use one of its ids (${registryIds.join(", ")}), or add the source to content/data/sources.json first.`;
    const bad = <T extends { source: string }>(item: T): T => ({ ...item, source: "ilo-nowhere" });
    expect(messages(timelineSchema, { ...timeline, events: withItem(timeline.events, 2, bad) })).toEqual([
      expected("events.2.source"),
    ]);
    expect(
      messages(conventionsSchema, { ...conventions, conventions: withItem(conventions.conventions, 0, bad) }),
    ).toEqual([expected("conventions.0.source")]);
    expect(messages(glossarySchema, { ...glossary, terms: withItem(glossary.terms, 5, bad) })).toEqual([
      expected("terms.5.source"),
    ]);
  });

  it("a date that does not match its precision", () => {
    const first = timeline.events[0];
    const events = [{ ...first, date: "1919-10", precision: "day" }, ...timeline.events.slice(1)];
    expect(messages(timelineSchema, { ...timeline, events })).toEqual([
      'events.0.date: date "1919-10" does not match precision "day": write it as YYYY-MM-DD, for example "1922-11-23", or set precision to how precisely the source dates it ("year", "month" or "day").',
    ]);
    const yearOnly = [{ ...first, date: "1919", precision: "month" }, ...timeline.events.slice(1)];
    expect(messages(timelineSchema, { ...timeline, events: yearOnly })[0]).toMatch(
      /^events\.0\.date: date "1919" does not match precision "month": write it as YYYY-MM, for example "1923-04"/,
    );
  });

  it("a missing or empty Japanese text", () => {
    const noJa = withItem(timeline.events, 1, (e: { text: { en: string } }) => ({ ...e, text: { en: e.text.en } }));
    expect(messages(timelineSchema, { ...timeline, events: noJa })).toEqual([
      'events.1.text.ja: text.ja is missing. Write the Japanese text, for example "日本は最初の条約として、第2号条約と第9号条約を批准しました。": every entry is shown in both languages.',
    ]);
    const emptyJa = withItem(glossary.terms, 0, (t: { definition: { en: string } }) => ({
      ...t,
      definition: { en: t.definition.en, ja: " " },
    }));
    expect(messages(glossarySchema, { ...glossary, terms: emptyJa })).toEqual([
      'terms.0.definition.ja: definition.ja is empty. Write the Japanese text, for example "拠出する側が使い道を指定した資金です。": every entry is shown in both languages.',
    ]);
  });

  it("events out of order, and a repeated glossary id", () => {
    const [a, b, ...rest] = timeline.events;
    expect(messages(timelineSchema, { ...timeline, events: [b, a, ...rest] })).toEqual([
      `events.1.date: events[1] (${a.date}) comes before the event above it (${b.date}). Keep events in date order.`,
    ]);
    expect(messages(glossarySchema, { ...glossary, terms: [...glossary.terms, glossary.terms[0]] })).toEqual([
      `terms.${glossary.terms.length}: terms[${glossary.terms.length}] repeats "${glossary.terms[0].id}", already used above. Give each entry its own id, or merge the two.`,
    ]);
  });

  it("a record without its ten fundamental Conventions, or with one of them after the others", () => {
    expect(messages(conventionsSchema, { ...conventions, conventions: conventions.conventions.slice(1) })).toEqual([
      'conventions: conventions has 9 rows with category "fundamental"; the ILO has ten fundamental Conventions since June 2022. List each of the ten once, ratified or not.',
    ]);
    const [first, ...rest] = conventions.conventions;
    expect(messages(conventionsSchema, { ...conventions, conventions: [...rest, first] })).toEqual([
      `conventions.${rest.length}.category: conventions[${rest.length}] (${first?.code}) is fundamental but comes after other Conventions. Move the ten fundamental Conventions to the top.`,
    ]);
  });

  it("a status that contradicts the row's dates, or leaves a doubt unexplained", () => {
    const at = (code: string) => conventions.conventions.findIndex((c) => c.code === code);
    const set = (code: string, change: object) =>
      withItem(conventions.conventions, at(code), (c) => ({ ...c, ...change }));
    expect(messages(conventionsSchema, { ...conventions, conventions: set("C2", { ratified: null }) })).toEqual([
      `conventions.${at("C2")}.ratified: ratified is null but status is "in-force". Write the date the source gives (YYYY-MM-DD), or set status to "unconfirmed" and say in note that no date was found.`,
    ]);
    expect(
      messages(conventionsSchema, { ...conventions, conventions: set("C111", { ratified: "1958-06-25" }) }),
    ).toEqual([
      `conventions.${at("C111")}.ratified: ratified is "1958-06-25" but status is "not-ratified". Write null, or set status to what the source says (for example "in-force").`,
    ]);
    expect(messages(conventionsSchema, { ...conventions, conventions: set("C2", { status: "unconfirmed" }) })).toEqual([
      `conventions.${at("C2")}.note: status "unconfirmed" needs a note saying what the sources leave open, for example that they give no date.`,
    ]);
    expect(messages(conventionsSchema, { ...conventions, conventions: set("C155", { approved: undefined }) })).toEqual([
      `conventions.${at("C155")}.approved: status "approved" needs approved, the date the Diet approved ratification (YYYY-MM-DD), for example "2025-05-23".`,
    ]);
  });

  it("an official count smaller than the rows it should cover", () => {
    expect(messages(conventionsSchema, { ...conventions, record: { ...conventions.record, count: 3 } })[0]).toMatch(
      /^record\.count: record\.count is 3 but \d+ rows are ratifications\. Check the count the official list gives\.$/,
    );
  });
});

describe("<Term>", () => {
  const data = glossarySchema.parse(glossary);
  it("finds a glossary entry and links to its anchor in the reader's language", () => {
    expect(findTerm(data, "earmarked", "content/pages/en/funding.mdx").term.en).toBe("Earmarked");
    expect(termHref("en", "earmarked")).toBe("/glossary/#earmarked");
    expect(termHref("ja", "earmarked")).toBe("/ja/glossary/#earmarked");
  });
  it("stops the build on an unknown glossary id, naming the page, the id, the known ids and the fix", () => {
    let thrown: unknown;
    try {
      findTerm(data, "earmark", "content/pages/en/funding.mdx");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AstroError);
    const err = thrown as AstroError;
    expect(err.message).toMatch(
      /^content\/pages\/en\/funding\.mdx: <Term id="earmark"> names no entry in content\/data\/glossary\.json\. Known ids: "assessed-contributions", .*"earmarked".*\.\nUse one of those ids, or add the term to content\/data\/glossary\.json with its definition and source\.$/,
    );
    expect(err.hint).toBe('Fix: <Term id="assessed-contributions">…</Term>');
  });
  it("checks its props like the other components: one non-empty id, nothing else", () => {
    const opts = { component: "Term", file: "content/pages/ja/index.mdx", hint: termHint };
    expect(() => parseProps(termProps, {}, opts)).toThrow(
      "content/pages/ja/index.mdx: <Term> needs an id, the id of an entry in content/data/glossary.json.",
    );
    expect(() => parseProps(termProps, { id: "itc", ids: "x" }, opts)).toThrow(
      'content/pages/ja/index.mdx: <Term> does not take ids="…"; it takes only id="…".',
    );
    expect(() =>
      parseProps(dataViewProps, { view: "all" }, { component: "Timeline", file: "x.mdx", hint: "<Timeline />" }),
    ).toThrow('x.mdx: <Timeline> does not take view="…"; it takes no attributes.');
  });
});

describe("timeline helpers", () => {
  const data = timelineSchema.parse(timeline);
  it("writes each date to its precision", () => {
    expect(eventDate("en", { date: "1923-04", precision: "month" })).toBe("April 1923");
    expect(eventDate("ja", { date: "1922-11-23", precision: "day" })).toBe("1922年11月23日");
    expect(eventDate("ja", { date: "1951", precision: "year" })).toBe("1951年");
  });
  it("puts every event in exactly one era, and ends each era the year before the next begins", () => {
    const eras = timelineByEra(data);
    expect(eras.flatMap((e) => e.events)).toEqual(data.events);
    eras.slice(0, -1).forEach((e, i) => expect(e.to).toBe((eras[i + 1]?.era.from ?? 0) - 1));
    expect(eras.at(-1)?.to).toBeUndefined();
  });
});

describe("sources", () => {
  const registry = sourceRegistrySchema.parse(sources).sources;
  /** The language a source's address says it is in, where the address says so. */
  const urlLanguage = (url: string) =>
    /lang--fr\b/.test(url) ? "fr" : /lang--ja\b|\/mofaj\/|\.T1J\.html$/.test(url) ? "ja" : undefined;
  it("every source whose address names a language other than English says so", () => {
    const wrong = registry
      .filter((s) => urlLanguage(s.url) !== undefined && urlLanguage(s.url) !== (s.language ?? "en"))
      .map((s) => `content/data/sources.json: ${s.id} is in "${urlLanguage(s.url)}", not "${s.language ?? "en"}"`);
    expect(wrong).toEqual([]);
  });

  it("pages and funding data cite sources by id only, so the registry is the one place a source is written", () => {
    const written = [
      ...contentPages().flatMap((p) =>
        ((p.frontmatter as { sources?: unknown[] }).sources ?? [])
          .filter((s) => typeof s !== "string")
          .map(() => p.file),
      ),
      ...["funding-totals", "funding-contributors"]
        .filter((f) => typeof (read(f) as { source?: unknown }).source !== "string")
        .map((f) => `content/data/${f}.json`),
    ];
    expect(written).toEqual([]);
  });

  it("shows a registry source in the page's language", () => {
    expect(sourceIn("ja", "ilo-donor-profile").title).toMatch(/（.*[\u3040-\u30ff\u4e00-\u9fff].*）/);
    expect(sourceIn("en", "ilo-donor-profile")).toMatchObject({ title: "Japan - ILO Cooperation", asOf: "2023" });
  });
});
