// Multi-valued cells: `;`, `|`, bullets and line breaks always separate; `,` and `/` are weaker, since
// names and labels contain them ("Industrie, innovation et infrastructure").
const STRONG = /\s*(?:[;|•▪●]|\r\n|\r|\n)\s*/;
const WEAK = /(\s*[,/]\s*)/;
// A list written with dashes: `- A` on each line, or `- A - B` on one.
const DASH_ITEM = /^[-–—]\s+/;
const DASH_LIST = /\s+[-–—]\s+/;

/** A cell's list markers made separators: bullets split, a leading ` - ` on a line dropped, `- A - B` split. */
export function listItems(cell: string): string {
  if (!/^\s*[-–—]\s/m.test(cell)) return cell;
  return cell
    .split(/\r\n|\r|\n/)
    .map((line) => (DASH_ITEM.test(line.trim()) ? line.trim().replace(DASH_ITEM, '').split(DASH_LIST).join(';') : line))
    .join('\n');
}

/** Splits a cell whose values are known words: adjacent pieces are joined back when the whole is recognised. */
export function splitTerms(cell: string, recognises: (candidate: string) => boolean): string[] {
  const out: string[] = [];
  for (const part of strongParts(cell)) {
    // Odd indices hold the separators, so a joined candidate keeps its original spelling.
    const tokens = part.split(WEAK);
    for (let i = 0; i < tokens.length; i += 2) {
      let end = i;
      for (let k = tokens.length - 1; k > i; k -= 2) {
        if (recognises(tokens.slice(i, k + 1).join(''))) {
          end = k;
          break;
        }
      }
      const value = tokens.slice(i, end + 1).join('').trim();
      if (value) out.push(value);
      i = end;
    }
  }
  return out;
}

/**
 * Splits a cell of free names (partners): strong separators when there are any; otherwise commas
 * outside brackets and spaced slashes (" / "), since a lone "/" is often part of a name.
 */
export function splitNames(cell: string): string[] {
  const strong = strongParts(cell);
  if (strong.length > 1) return strong;
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && (ch === ',' || (ch === '/' && cell[i - 1] === ' ' && cell[i + 1] === ' '))) {
      out.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  out.push(cell.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

function strongParts(cell: string): string[] {
  return cell
    .split(STRONG)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
