// Text colour on a coloured tile: white where it keeps a 3:1 contrast (large bold text, WCAG 1.4.3), else near-black.
const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** '#fff' or a near-black ink, whichever reads on the given background (SDG 7's yellow gets dark text). */
export const inkOn = (background: string): string => (1.05 / (luminance(background) + 0.05) >= 3 ? '#ffffff' : '#1b1f24');
