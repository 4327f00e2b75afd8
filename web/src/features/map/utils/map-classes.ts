// Choropleth classes by quantiles of the regions' counts: with counts from 12 to 134, a linear scale paints most regions alike.
const RAMP = ['#d3e2ee', '#9bbcd6', '#5d8fb7', '#2d648d', '#0c3554'] as const;
export const ZERO_FILL = '#f1f3f5';
const MAX_CLASSES = RAMP.length;

export interface MapClass {
  min: number;
  max: number;
  /** How many regions fall in the class. */
  regions: number;
  color: string;
}

/** Up to five classes over the non-zero counts, each holding about as many regions; fewer when counts repeat. */
export function mapClasses(counts: readonly number[]): MapClass[] {
  const values = counts.filter((n) => n > 0).sort((a, b) => a - b);
  if (!values.length) return [];
  const k = Math.min(MAX_CLASSES, new Set(values).size);
  const uppers = [...new Set(Array.from({ length: k }, (_, i) => values[Math.ceil(((i + 1) * values.length) / k) - 1]!))];
  // Spread the classes over the whole ramp, so two classes are never neighbouring shades when more could be used.
  const colorAt = (i: number) => RAMP[uppers.length === 1 ? MAX_CLASSES - 2 : Math.round((i * (MAX_CLASSES - 1)) / (uppers.length - 1))]!;
  return uppers.map((max, i) => {
    const min = i === 0 ? values[0]! : uppers[i - 1]! + 1;
    return { min, max, regions: values.filter((n) => n >= min && n <= max).length, color: colorAt(i) };
  });
}

/** The fill of a count: its class colour, or the pale "none" fill. */
export function fillOf(n: number, classes: readonly MapClass[]): string {
  if (n <= 0) return ZERO_FILL;
  return classes.find((c) => n >= c.min && n <= c.max)?.color ?? classes.at(-1)?.color ?? ZERO_FILL;
}
