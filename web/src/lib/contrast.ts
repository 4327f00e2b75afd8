// Text colour on a coloured tile: white where it keeps 4.5:1 (WCAG 1.4.3 for text under 18.66 px bold: badges and
// tiles are 14–18 px), else near-black; every SDG colour reaches 4.5:1 with one of the two (SDG 1 white 4.52, SDG 5 dark 4.72).
const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** '#fff' or a near-black ink, whichever reads on the given background (SDG 7's yellow and SDG 14's blue get dark text). */
export const inkOn = (background: string): string => (1.05 / (luminance(background) + 0.05) >= 4.5 ? '#ffffff' : '#1b1f24');
