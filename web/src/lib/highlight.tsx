import type { ReactNode } from 'react';

// Highlights arrive as escaped text with <mark>…</mark> (api.md); we rebuild them as React text nodes, never as HTML.
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Turns the API's escaped entities back into the characters they stand for. */
export const unescapeText = (s: string): string => s.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/** Renders a highlight string: marked parts in <mark>, everything as text. */
export function Highlight({ text, fallback }: { text: string | undefined; fallback: string }): ReactNode {
  if (!text) return fallback;
  const parts = text.split(/(<mark>[\s\S]*?<\/mark>)/g);
  return parts.map((part, i) =>
    part.startsWith('<mark>') && part.endsWith('</mark>') ? (
      <mark key={i}>{unescapeText(part.slice(6, -7))}</mark>
    ) : (
      unescapeText(part)
    ),
  );
}
