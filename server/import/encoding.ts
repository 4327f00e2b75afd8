import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * The file's encoding. A BOM decides; otherwise the whole file is decoded as strict UTF-8 and, on
 * the first invalid byte, it is Windows-1252. UTF-8 is self-validating: French text in cp1252
 * (é = E9 alone) is almost never valid UTF-8, so this is exact where a statistical guess is not.
 */
export async function detectEncoding(path: string): Promise<Encoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return 'utf-8-bom';
        if (chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
        if (chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
      }
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch (error) {
    if (error instanceof TypeError) return 'windows-1252';
    throw error;
  }
}

const ICONV_NAME: Record<Encoding, string> = {
  'utf-8': 'utf8',
  'utf-8-bom': 'utf8',
  'windows-1252': 'win1252',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
};

const CHUNK = 256 * 1024;

/**
 * Windows-1252's bytes 0x80–0x9F, which Latin-1 reads as C1 controls (the rest of the two agree): the five it leaves
 * undefined read as U+FFFD, as iconv-lite reads them. Node's TextDecoder('windows-1252') reads the whole range as Latin-1.
 */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';
const C1 = /[\u0080-\u009f]/g;
const fromC1 = (ch: string): string => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!;

/** A chunk of Windows-1252 bytes as text: Node's native Latin-1 decoding, then the 32 bytes where the two differ (a byte is a character, so a chunk never cuts one). */
export const decodeCp1252 = (bytes: Buffer): string => bytes.toString('latin1').replace(C1, fromC1);

/** The file as text, chunk by chunk, BOM removed; UTF-8 and Windows-1252 decoded natively (faster), UTF-16 by iconv-lite. */
export async function* readText(path: string, encoding: Encoding): AsyncGenerator<string> {
  if (encoding === 'windows-1252') {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) yield decodeCp1252(chunk);
    return;
  }
  const source =
    encoding === 'utf-8' || encoding === 'utf-8-bom'
      ? createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK })
      : createReadStream(path, { highWaterMark: CHUNK }).pipe(iconv.decodeStream(ICONV_NAME[encoding], { stripBOM: true }));
  let first = true;
  for await (const chunk of source as AsyncIterable<string>) {
    yield first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    first = false;
  }
}

/** The first `bytes` of the file as text (for sniffing the delimiter). */
export async function readHead(path: string, encoding: Encoding, bytes = 64 * 1024): Promise<string> {
  let text = '';
  for await (const chunk of createReadStream(path, { end: bytes - 1 }).pipe(iconv.decodeStream(ICONV_NAME[encoding], { stripBOM: true })) as AsyncIterable<string>) {
    text += chunk;
  }
  return text;
}
