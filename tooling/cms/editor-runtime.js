// The visual editor's start-up, run in the browser at /admin/ before Sveltia CMS's own script. The build puts
// `const SETUP = {…}` (tooling/cms/admin-files.ts) in front of this file: the configuration and the MDX
// components computed from the schemas. Plain JavaScript, shipped as it is: no bundler runs on /admin/.
/* global SETUP, namesFromFile, namesToFile */
window.CMS_MANUAL_INIT = true;

(() => {
  const ATTRIBUTE = /([A-Za-z][A-Za-z0-9]*)="([^"]*)"/g;
  const ATTRIBUTES = '((?:\\s+[A-Za-z][A-Za-z0-9]*="[^"]*")*)';

  /**
   * The component as the pages write it. A block component has its own lines (the `m` flag makes it one of
   * Sveltia's block nodes); an inline one stays in its sentence, in bold where the page has it in bold
   * (`- **<Term id="…">word</Term>** …`): a group for the stars, matched again after the tag.
   */
  function pattern(c) {
    if (c.placement === "block") {
      if (!c.children) return new RegExp(`^<${c.id}${ATTRIBUTES}\\s*/>$`, "m");
      if (c.children === "line") return new RegExp(`^[ \\t]*<${c.id}${ATTRIBUTES}\\s*>([^<\\n]*)</${c.id}>$`, "m");
      return new RegExp(`^<${c.id}${ATTRIBUTES}\\s*>\\n([\\s\\S]*?)\\n</${c.id}>$`, "m");
    }
    if (!c.children) return new RegExp(`<${c.id}${ATTRIBUTES}\\s*/>`);
    return new RegExp(`(\\*\\*)?<${c.id}${ATTRIBUTES}\\s*>([^<]*)</${c.id}>\\1`);
  }

  function fromBlock(c, match) {
    const boldable = c.placement === "inline" && c.children;
    const [stars, attributes = "", children = ""] = boldable ? match.slice(1) : [undefined, ...match.slice(1)];
    const props = {};
    for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) props[name] = value.replace(/&quot;/g, '"');
    if (c.children) props.children = children;
    if (boldable) props.bold = stars === "**";
    return props;
  }

  function toBlock(c, props) {
    const attributes = c.attributes
      .filter((name) => props[name] !== undefined && props[name] !== null && props[name] !== "")
      .map((name) => ` ${name}="${String(props[name]).replace(/"/g, "&quot;")}"`)
      .join("");
    if (!c.children) return `<${c.id}${attributes} />`;
    const text = String(props.children ?? "");
    if (c.children === "text") return `<${c.id}${attributes}>\n${text}\n</${c.id}>`;
    const tag = `<${c.id}${attributes}>${text}</${c.id}>`;
    return props.bold ? `**${tag}**` : tag;
  }

  function start() {
    const { CMS } = window;
    // The file a names entry came from: its save rewrites only the names (tooling/cms/government-names.js).
    let namesFile = "";
    CMS.registerCustomFormat(SETUP.namesFormat, "json", {
      fromFile: (text) => {
        namesFile = text;
        return namesFromFile(text);
      },
      toFile: (value) => namesToFile(namesFile, value),
    });
    for (const c of SETUP.components) {
      CMS.registerEditorComponent({
        id: c.id,
        label: c.label,
        fields: c.fields,
        pattern: pattern(c),
        fromBlock: (match) => fromBlock(c, match),
        toBlock: (props) => toBlock(c, props),
        toPreview: (props) => toBlock(c, props).replace(/&/g, "&amp;").replace(/</g, "&lt;"),
      });
    }
    CMS.init({ config: SETUP.config });
  }

  // Local repository mode needs a secure context the browser trusts with files: localhost (Sveltia's rule).
  const local = location.hostname === "127.0.0.1" || /^(.+\.)?localhost$/.test(location.hostname);
  const usable = SETUP.githubConfigured || local;

  document.addEventListener("DOMContentLoaded", () => {
    if (!usable) {
      // Nothing here could work: show the page's own explanation of local mode instead of an empty sign-in.
      document.documentElement.classList.add("cms-unavailable");
      return;
    }
    document.getElementById("cms-help")?.remove();
    start();
  });
})();
