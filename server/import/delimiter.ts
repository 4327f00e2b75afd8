export type Delimiter = ';' | ',' | '\t';

/**
 * The delimiter of the header line: the most frequent of `;`, tab and `,` outside quotes
 * (ties go to `;`, the French Excel default, then tab). The header may span lines inside quotes.
 */
export function detectDelimiter(head: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const ch of head.replace(/^[\r\n]+/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  const order: Delimiter[] = [';', '\t', ','];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ';');
}
