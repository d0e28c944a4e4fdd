// The Japanese names of governments: `names` in content/data/funding-contributors.json. The file is the UN CEB
// contributor table, which `npm run data:ceb` writes and the editor must not rewrite, so the editor reads only
// `names` from it and, on save, replaces only the lines of `names`, in the file's own layout (one government a
// line, as Prettier keeps it). Plain browser JavaScript, put into /admin/editor.js by tooling/cms/admin-files.ts;
// tests/unit/tooling/cms/government-names.test.ts runs it too.

/** The `names` block as Prettier writes it: two spaces in, one government a line. */
const NAMES_BLOCK = /\n {2}"names": \{\n[\s\S]*?\n {2}\}/;

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by editor-runtime.js, which follows this file
function namesFromFile(text) {
  const { names } = JSON.parse(text);
  return {
    names: Object.entries(names).map(([government, n]) => ({
      government,
      ja: n.ja,
      ...(n.en === undefined ? {} : { en: n.en }),
    })),
  };
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by editor-runtime.js, which follows this file
function namesToFile(text, value) {
  if (!NAMES_BLOCK.test(text))
    throw new Error(
      'content/data/funding-contributors.json has no "names" block in the expected layout; edit it in a checkout.',
    );
  const lines = (value.names ?? []).map((n) => {
    const parts = [["ja", n.ja], ...(n.en ? [["en", n.en]] : [])].map(
      ([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`,
    );
    return `    ${JSON.stringify(n.government)}: { ${parts.join(", ")} }`;
  });
  const block = lines.length ? `\n  "names": {\n${lines.join(",\n")}\n  }` : '\n  "names": {}';
  return text.replace(NAMES_BLOCK, () => block);
}
