// Text on a coloured fill: white or dark, whichever contrasts more (WCAG 2.x relative
// luminance and contrast ratio). Pure; used by the goods treemap's tile labels.

/** The dark text colour (Tailwind slate-900, the app's body text). */
export const DARK_TEXT = '#0f172a';
export const LIGHT_TEXT = '#ffffff';

/** `#rgb`, `#rrggbb` (alpha forms ignore the alpha), `rgb(r, g, b)` / `rgba(...)` → 0–255 channels; null otherwise. */
export function parseColour(colour: string): [number, number, number] | null {
  const text = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(text);
  if (hex) {
    const digits = hex[1];
    if (digits.length === 3 || digits.length === 4) return [0, 1, 2].map((i) => parseInt(digits[i] + digits[i], 16)) as [number, number, number];
    if (digits.length === 6 || digits.length === 8) return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
    return null;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb) {
    const channels = [rgb[1], rgb[2], rgb[3]].map((c) => Math.min(255, Math.max(0, Number(c))));
    return channels.every(Number.isFinite) ? (channels as [number, number, number]) : null;
  }
  return null;
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) … 1 (white); null for a colour we cannot read. */
export function relativeLuminance(colour: string): number | null {
  const rgb = parseColour(colour);
  if (!rgb) return null;
  const [r, g, b] = rgb.map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two luminances, 1 … 21. */
export function contrastRatio(luminanceA: number, luminanceB: number): number {
  const [hi, lo] = luminanceA >= luminanceB ? [luminanceA, luminanceB] : [luminanceB, luminanceA];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or dark text on `fill`, whichever has the higher contrast ratio (dark when `fill` is unreadable). */
export function readableTextColour(fill: string): typeof LIGHT_TEXT | typeof DARK_TEXT {
  const l = relativeLuminance(fill);
  if (l === null) return DARK_TEXT;
  const onWhite = contrastRatio(l, 1);
  const onDark = contrastRatio(l, relativeLuminance(DARK_TEXT) ?? 0);
  return onWhite > onDark ? LIGHT_TEXT : DARK_TEXT;
}
