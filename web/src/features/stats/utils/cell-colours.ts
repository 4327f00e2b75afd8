import type { CSSProperties } from 'react';

/**
 * Counts and shares: transparent to navy by the cell's part of the largest. Text turns white where the navy reaches an
 * opacity of 0.735: below, black text keeps a contrast of at least 4.5:1, above, white does (WCAG AA, computed).
 */
export function sequentialStyle(value: number | null, max: number): CSSProperties | undefined {
  if (!value || max <= 0) return undefined;
  const alpha = 0.08 + 0.92 * (value / max);
  return { background: `rgba(25, 72, 106, ${alpha.toFixed(3)})`, color: alpha >= 0.735 ? '#fff' : '#000' };
}

/**
 * The representation index in seven classes around 1, symmetric on a log scale (÷4 … ×4), blue below and red above
 * (ColorBrewer RdBu, readable with the common colour-vision deficiencies); the cells also print their value.
 */
export const INDEX_CLASSES = [
  { below: 0.25, colour: '#2166ac', ink: '#fff', label: '< ÷4' },
  { below: 0.5, colour: '#67a9cf', ink: '#000', label: '÷4 – ÷2' },
  { below: 0.8, colour: '#d1e5f0', ink: '#000', label: '÷2 – ÷1,25' },
  { below: 1.25, colour: '#f7f7f7', ink: '#000', label: '≈ 1' },
  { below: 2, colour: '#fddbc7', ink: '#000', label: '×1,25 – ×2' },
  { below: 4, colour: '#ef8a62', ink: '#000', label: '×2 – ×4' },
  { below: Infinity, colour: '#b2182b', ink: '#fff', label: '> ×4' },
] as const;

export const indexClass = (index: number) => INDEX_CLASSES.find((c) => index < c.below)!;

export function divergingStyle(index: number | null): CSSProperties | undefined {
  if (index === null) return undefined;
  const c = indexClass(index);
  return { background: c.colour, color: c.ink };
}
