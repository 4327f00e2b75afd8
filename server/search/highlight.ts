// Highlights as text: the engine wraps matches in private-use sentinels, we escape everything, then turn sentinels into <mark>.

export const PRE_TAG = '\uE000';
export const POST_TAG = '\uE001';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escaped text with only `<mark>…</mark>` as markup. */
export function toMarkedText(engineText: string): string {
  let open = false;
  let out = '';
  for (const ch of engineText) {
    if (ch === PRE_TAG) {
      if (!open) out += '<mark>';
      open = true;
    } else if (ch === POST_TAG) {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += ESCAPES[ch] ?? ch;
    }
  }
  return open ? `${out}</mark>` : out;
}
