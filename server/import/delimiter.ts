export type Delimiter = ';' | ',' | '\t' | '|';

const ORDER: Delimiter[] = [';', '\t', ',', '|'];
/** How reports name a delimiter. */
export { DELIMITER_NAMES } from '#domain/report-words.js';

/** Counts of each delimiter outside quotes, line by line, for the first lines of a text (a line may span breaks inside quotes). */
function lineCounts(head: string, lines: number): Record<Delimiter, number>[] {
  const out: Record<Delimiter, number>[] = [];
  let counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0, '|': 0 };
  let quoted = false;
  let any = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (any) out.push(counts);
      if (out.length >= lines) return out;
      counts = { ';': 0, '\t': 0, ',': 0, '|': 0 };
      any = false;
    } else if (!quoted && ch in counts) counts[ch as Delimiter]++;
    if (ch.trim()) any = true;
  }
  if (any) out.push(counts);
  return out;
}

/**
 * The delimiter of a text export: the most frequent of `;`, tab, `,` and `|` outside quotes on the first line that has
 * any (a banner line above the header has none); ties go to `;` (the French Excel default), then tab, then `,`.
 */
export function detectDelimiter(head: string): Delimiter {
  const counts = lineCounts(head, 5).find((c) => ORDER.some((d) => c[d] > 0));
  if (!counts) return ';';
  return ORDER.reduce((best, d) => (counts[d] > counts[best] ? d : best), ';');
}
