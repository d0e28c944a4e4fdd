/** WCAG 2 contrast, used by a unit test to hold the colour tokens in src/styles/global.css to AA. */

/** "#0b4fa8" or "#fff" → [r, g, b] in 0–255. */
export function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`"${hex}" is not a hex colour such as #0b4fa8. Write colour tokens as hex.`);
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance as WCAG 2.x defines it. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Reads `--c-name: light-dark(#light, #dark);` declarations out of a stylesheet. */
export function lightDarkTokens(css: string): Record<string, { light: string; dark: string }> {
  const tokens: Record<string, { light: string; dark: string }> = {};
  for (const m of css.matchAll(/--(c-[\w-]+)\s*:\s*light-dark\(\s*(#[0-9a-f]+)\s*,\s*(#[0-9a-f]+)\s*\)/gi)) {
    tokens[m[1] as string] = { light: m[2] as string, dark: m[3] as string };
  }
  return tokens;
}
