// The visual editor's start-up, run in the browser at /admin/ before Sveltia CMS's own script. The build puts
// `const SETUP = {…}` (tooling/cms/admin-files.ts) in front of this file: the configuration and the MDX
// components computed from the schemas. Plain JavaScript, shipped as it is: no bundler runs on /admin/.
/* global SETUP */
window.CMS_MANUAL_INIT = true;

(() => {
  const ATTRIBUTE = /([A-Za-z][A-Za-z0-9]*)="([^"]*)"/g;
  const ATTRIBUTES = '((?:\\s+[A-Za-z][A-Za-z0-9]*="[^"]*")*)';
  /** Remembers which attributes the page wrote, so a default written out stays written out. */
  const WRITTEN = "__sc_written";

  /**
   * The component as MDX. Inline components (<Term>) stay inside their sentence; block ones (<Note>) keep
   * their text on lines of its own, as the pages write them.
   */
  function pattern(c) {
    if (!c.children) return new RegExp(`<${c.id}${ATTRIBUTES}\\s*/>`);
    if (c.children === "inline") return new RegExp(`<${c.id}${ATTRIBUTES}\\s*>([^<]*)</${c.id}>`);
    return new RegExp(`<${c.id}${ATTRIBUTES}\\s*>\\n?([\\s\\S]*?)\\n?</${c.id}>`);
  }

  function fromBlock(c, match) {
    const props = {};
    const written = [];
    for (const [, name, value] of (match[1] ?? "").matchAll(ATTRIBUTE)) {
      props[name] = value.replace(/&quot;/g, '"');
      written.push(name);
    }
    if (c.children) props.children = match[2] ?? "";
    props[WRITTEN] = written.join(" ");
    return props;
  }

  function toBlock(c, props) {
    const written = String(props[WRITTEN] ?? "").split(" ");
    const attributes = c.attributes
      .filter((name) => {
        const value = props[name];
        if (value === undefined || value === null || value === "") return false;
        // A choice left at the schema's default is not written, unless the page wrote it.
        return String(value) !== String(c.defaults[name]) || written.includes(name);
      })
      .map((name) => ` ${name}="${String(props[name]).replace(/"/g, "&quot;")}"`)
      .join("");
    if (!c.children) return `<${c.id}${attributes} />`;
    const text = String(props.children ?? "");
    return c.children === "inline" ? `<${c.id}${attributes}>${text}</${c.id}>` : `<${c.id}${attributes}>\n${text}\n</${c.id}>`;
  }

  function start() {
    const { CMS } = window;
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
