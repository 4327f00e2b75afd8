import { open } from 'node:fs/promises';
import { extname } from 'node:path';

// What a file is, by its content, not only its name (data-format.md §1): a text export, an Excel workbook, or
// something the import cannot read, with the French reason and what to do.
export type FileKind = { kind: 'csv' } | { kind: 'xlsx' } | { kind: 'refused'; reason: string };

const HEAD = 4_096;

const startsWith = (head: Buffer, bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);

/** Reads the first bytes and says what the file is. */
export async function fileKind(path: string): Promise<FileKind> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(buffer, 0, HEAD, 0);
    return kindOf(buffer.subarray(0, bytesRead), extname(path).toLowerCase());
  } finally {
    await handle.close();
  }
}

export function kindOf(head: Buffer, extension: string): FileKind {
  const save = 'enregistrez-le au format .xlsx ou .csv (Fichier > Enregistrer sous) puis relancez l’import';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const names = head.toString('latin1');
    if (names.includes('mimetypeapplication/vnd.oasis.opendocument')) return { kind: 'refused', reason: `classeur OpenDocument (LibreOffice, .ods), non lu : ${save}` };
    if (names.includes('xl/workbook.bin')) return { kind: 'refused', reason: `classeur Excel binaire (.xlsb), non lu : ${save}` };
    if (names.includes('[Content_Types].xml') || names.includes('xl/')) return { kind: 'xlsx' };
    return { kind: 'refused', reason: 'archive zip qui n’est pas un classeur Excel : décompressez-la et importez les fichiers qu’elle contient' };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'refused', reason: `ancien format Excel (.xls) ou classeur protégé par un mot de passe, non lu : ${save}` };
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return { kind: 'refused', reason: `document PDF${extension === '.pdf' ? '' : ` (malgré l’extension ${extension})`}, pas un tableur : demandez l’export en .csv ou .xlsx` };
  const text = head.toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().slice(0, 200).toLowerCase();
  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return { kind: 'refused', reason: `classeur XML d’Excel 2003, non lu : ${save}` };
  if (/^<(?:!doctype html|html|table)\b/.test(text)) return { kind: 'refused', reason: `page HTML (un « .xls » exporté par un site est souvent une page web), pas un tableur : ${save}` };
  // UTF-16 text (Excel's « Texte Unicode ») has NUL bytes but a BOM; other NUL bytes mean a binary file.
  const utf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) return { kind: 'refused', reason: 'fichier binaire, pas un export texte (CSV) ni un classeur Excel (.xlsx)' };
  return { kind: 'csv' };
}
