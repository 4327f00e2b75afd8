import { open } from 'node:fs/promises';
import { detectDelimiter } from '../../import/delimiter.js';
import { checkZip, ZipRefused, type ZipLimits } from './xlsx-guard.js';

// What an uploaded file is, told by its content (never its name): a CSV/TSV text, an .xlsx workbook, or a refusal that
// says what it looks like instead (a PDF, an old .xls, a zip that is not a workbook…).

export type UploadKind = 'csv' | 'tsv' | 'xlsx';

export class FileRefused extends Error {
  override name = 'FileRefused';
}

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'un document PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'une image PNG'],
  [[0xff, 0xd8, 0xff], 'une image JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'une image GIF'],
  [[0x1f, 0x8b], 'une archive gzip'],
  [[0x52, 0x61, 0x72, 0x21], 'une archive RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'une archive 7-Zip'],
  [[0x7f, 0x45, 0x4c, 0x46], 'un programme'],
  [[0x4d, 0x5a], 'un programme Windows'],
];

const startsWith = (head: Buffer, bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);

/** Text, not binary: no NUL byte (UTF-16 aside) and almost no control characters besides tab and line breaks. */
function looksLikeText(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= head.length / 100;
}

/** The kind of an uploaded file, or FileRefused with what it is instead. */
export async function sniffFile(path: string, name: string, limits: ZipLimits): Promise<UploadKind> {
  const file = await open(path, 'r');
  const head = Buffer.alloc(64 * 1024);
  const { bytesRead } = await file.read(head, 0, head.length, 0).finally(() => file.close());
  const bytes = head.subarray(0, bytesRead);
  if (bytesRead === 0) throw new FileRefused(`${name} est vide.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    let entries: string[];
    try {
      entries = await checkZip(path, limits);
    } catch (error) {
      if (error instanceof ZipRefused) throw new FileRefused(`${name} est refusé : ${error.message}.`);
      throw error;
    }
    if (entries.includes('xl/workbook.xml') && entries.includes('[Content_Types].xml')) return 'xlsx';
    const what = entries.includes('mimetype') ? 'un document OpenDocument (LibreOffice) : enregistrez-le en .xlsx ou en CSV' : entries.includes('word/document.xml') ? 'un document Word' : 'une archive zip, pas un classeur Excel';
    throw new FileRefused(`${name} n’est pas un export CSV, TSV ou XLSX : c’est ${what}.`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new FileRefused(`${name} est un classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV, puis déposez-le à nouveau.`);
  }
  const known = SIGNATURES.find(([signature]) => startsWith(bytes, signature));
  if (known) throw new FileRefused(`${name} n’est pas un export CSV, TSV ou XLSX : c’est ${known[1]}.`);
  if (!looksLikeText(bytes)) throw new FileRefused(`${name} n’est pas un export CSV, TSV ou XLSX : son contenu est binaire.`);
  return detectDelimiter(bytes.toString('latin1')) === '\t' ? 'tsv' : 'csv';
}
