/**
 * Share images (Open Graph, 1200 × 630 PNG), drawn at build time: satori lays the title out and turns its
 * letters into SVG paths, sharp (already installed with Astro) turns the SVG into a PNG. No service, no
 * system font: the letters come from Noto Sans JP in the @fontsource/noto-sans-jp package (SIL Open Font
 * Licence 1.1), which covers Japanese and Latin. Fontsource splits the font into ~120 subsets by
 * unicode-range; only the subsets holding the characters of the images are read, so a build parses a
 * few hundred KB of font, not 80 MB.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import satori from "satori";
import sharp from "sharp";
import { OG_HEIGHT, OG_WIDTH, type OgFigure } from "./og.ts";

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve("@fontsource/noto-sans-jp/package.json"));

interface Subset {
  file: string;
  ranges: [number, number][];
}

/** The @font-face blocks of one weight: each subset's .woff file and the code points it covers. */
function subsets(weight: 400 | 700): Subset[] {
  const css = readFileSync(join(FONT_DIR, `${weight}.css`), "utf8");
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((m) => {
    const block = m[1] ?? "";
    const file = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) return [];
    const ranges = range.split(",").map((r) => {
      const [a = "0", b] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    });
    return [{ file, ranges }];
  });
}

const fontCache = new Map<string, Buffer>();
/**
 * The subsets (as satori fonts) that hold every character of `text`. Satori keeps one font per family name
 * and weight, so each subset gets its own name ("Noto Sans JP 12") and the text lists them all as fallbacks.
 */
function fontsFor(text: string, weight: 400 | 700) {
  const wanted = new Set([...text].map((c) => c.codePointAt(0) ?? 0));
  return subsets(weight).flatMap((s, i) => {
    if (![...wanted].some((cp) => s.ranges.some(([a, b]) => cp >= a && cp <= b))) return [];
    const path = join(FONT_DIR, s.file);
    let data = fontCache.get(path);
    if (!data) fontCache.set(path, (data = readFileSync(path)));
    return [{ name: `Noto Sans JP ${i}`, data, weight, style: "normal" as const }];
  });
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

export interface OgImageInput {
  siteName: string;
  title: string;
  /** The page's address without the scheme, e.g. "japan-ilo.example.org/ja/funding/". */
  address: string;
  figures?: readonly OgFigure[];
  /** A line under the title (the home page's tagline, which would otherwise repeat the site name). */
  subtitle?: string | undefined;
}

/** The colours of the site's light theme (src/styles/global.css), so the image looks like the page. */
const C = { bg: "#ffffff", surface: "#f3f5f8", fg: "#16191d", muted: "#4a5361", accent: "#b3261e", border: "#c9d0d9" };

export async function renderOgImage({
  siteName,
  title,
  address,
  figures = [],
  subtitle,
}: OgImageInput): Promise<Buffer> {
  const bold = [siteName, title, ...figures.map((f) => f.value)].join("");
  const regular = [address, subtitle ?? "", ...figures.map((f) => f.label)].join("");
  const fonts = [...fontsFor(bold, 700), ...fontsFor(regular, 400)];
  const fontFamily = [...new Set(fonts.map((f) => `"${f.name}"`))].join(", ");
  const titleSize = figures.length ? 64 : title.length > 30 ? 64 : 80;
  const tree = h(
    "div",
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      backgroundColor: C.bg,
      borderTop: `16px solid ${C.accent}`,
      padding: "56px 72px 48px",
      fontFamily,
      color: C.fg,
    },
    [
      // The home page's title is the site name already; its brand line would only repeat it.
      h("div", { display: "flex", fontSize: 34, fontWeight: 700, color: C.accent }, subtitle ? "" : siteName),
      h("div", { display: "flex", flexDirection: "column", gap: 24 }, [
        h("div", { display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.2 }, title),
        ...(subtitle ? [h("div", { display: "flex", fontSize: 36, color: C.muted, lineHeight: 1.4 }, subtitle)] : []),
      ]),
      figures.length
        ? h(
            "div",
            { display: "flex", gap: 24 },
            figures.map((f) =>
              h(
                "div",
                {
                  display: "flex",
                  flexDirection: "column",
                  flex: 1,
                  minWidth: 0,
                  backgroundColor: C.surface,
                  border: `2px solid ${C.border}`,
                  borderRadius: 8,
                  boxSizing: "border-box",
                  padding: "16px 20px",
                },
                [
                  h("div", { display: "flex", fontSize: 34, fontWeight: 700 }, f.value),
                  h("div", { display: "flex", fontSize: 24, color: C.muted, fontWeight: 400 }, f.label),
                ],
              ),
            ),
          )
        : h("div", { display: "flex" }, ""),
      h("div", { display: "flex", fontSize: 26, color: C.muted, fontWeight: 400 }, address),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  // Palette PNG: a flat two-colour card compresses to a few dozen KB instead of a few hundred.
  return sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer();
}
