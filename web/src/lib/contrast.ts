// Text on a coloured tile (the SDGs' official colours): white where it reaches WCAG's 4.5:1 for normal-size text
// (1.4.3; badges and tile labels are small), else dark ink, else black; the tile keeps its official colour either way.
// The UN's « Guidelines for the use of the SDG logo including the colour wheel, and 17 icons » (Department of Global
// Communications, May 2020) fix the 17 colours and allow the icons in black and white: dark text on the official colour
// keeps the colour, which is what identifies a goal, and changes only the figure's ink.
const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const INKS = ['#ffffff', '#1b1f24', '#000000'];

const INK_OF = new Map<string, string>();

/**
 * The first ink (white, dark, black) that reads at 4.5:1 on the background; black always reaches at least 4.58:1 against
 * white's failures. Kept per colour: every answer draws ~60 badges and tiles in 17 colours (1–2 ms of each, profiled).
 */
export function inkOn(background: string): string {
  let ink = INK_OF.get(background);
  if (ink === undefined) INK_OF.set(background, (ink = INKS.find((i) => contrastRatio(i, background) >= 4.5) ?? '#000000'));
  return ink;
}
