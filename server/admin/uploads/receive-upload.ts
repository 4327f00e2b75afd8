import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { HttpError } from '../../http/http-error.js';

// A multipart upload (field `files`, one or more; optional text fields) streamed to a scratch folder of this process,
// each file bounded as it arrives: one past the limit stops the upload at once and nothing is kept. The folder is scratch
// only: what outlives the request is stored in the engine (upload-store.ts).

export interface ReceivedFile {
  name: string;
  path: string;
  size: number;
}

export interface Received {
  dir: string;
  files: ReceivedFile[];
  fields: Record<string, string>;
  /** Deletes the scratch folder. */
  cleanup(): Promise<void>;
}

export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
}

const MAX_FIELD_BYTES = 256 * 1024;
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} Mo`;

/** A file name fit for reports: no folders, no control characters, at most 200 characters. */
export const cleanFileName = (name: string): string => name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200) || 'fichier';

const tooLarge = (limits: UploadLimits, name?: string): HttpError =>
  new HttpError(413, 'payload_too_large', `${name ? `${name} dépasse` : 'Le dépôt dépasse'} la taille autorisée (${mb(limits.maxFileBytes)} par fichier, ${limits.maxFiles} fichiers au plus) : rien n’a été enregistré.`);

/** Reads the rest of a refused request and throws it away (bounded), so the client reads our answer instead of a reset. */
function discardRest(req: Request): void {
  let left = 2 * 1024 * 1024 * 1024;
  req.on('data', (chunk: Buffer) => {
    left -= chunk.length;
    if (left < 0) req.destroy();
  });
  req.resume();
}

/** Receives the files of a multipart request; refuses (HttpError) anything too large or not multipart, leaving nothing behind. */
export async function receiveUpload(req: Request, limits: UploadLimits): Promise<Received> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limits.maxFiles * limits.maxFileBytes + MAX_FIELD_BYTES * 4) {
    discardRest(req);
    throw tooLarge(limits);
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fieldSize: MAX_FIELD_BYTES, fields: 10, parts: limits.maxFiles + 10 } });
  } catch {
    throw new HttpError(400, 'invalid_request', 'Le dépôt doit être un formulaire multipart/form-data avec un ou plusieurs fichiers dans le champ « files ».');
  }
  const dir = await mkdtemp(join(tmpdir(), 'odd17-upload-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const files: ReceivedFile[] = [];
  const fields: Record<string, string> = {};
  const writes: Promise<void>[] = [];
  const streams: NodeJS.ReadableStream[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: HttpError) => {
        req.unpipe(parser);
        discardRest(req);
        reject(error);
      };
      parser.on('file', (field, stream, info) => {
        if (field !== 'files') return void stream.resume();
        const file: ReceivedFile = { name: cleanFileName(info.filename ?? ''), path: join(dir, `${files.length}`), size: 0 };
        files.push(file);
        streams.push(stream);
        stream.on('data', (chunk: Buffer) => (file.size += chunk.length));
        stream.on('limit', () => fail(tooLarge(limits, file.name)));
        writes.push(pipeline(stream, createWriteStream(file.path)));
      });
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated) return fail(new HttpError(400, 'invalid_request', `Le champ « ${name} » est trop long.`));
        fields[name] = value;
      });
      parser.on('filesLimit', () => fail(tooLarge(limits)));
      parser.on('partsLimit', () => fail(new HttpError(400, 'invalid_request', 'Le dépôt contient trop de parties.')));
      parser.on('error', () => fail(new HttpError(400, 'invalid_request', 'Dépôt multipart illisible ou interrompu.')));
      parser.on('close', resolve);
      req.on('aborted', () => reject(new HttpError(400, 'invalid_request', 'Dépôt interrompu.')));
      req.pipe(parser);
    });
    await Promise.all(writes);
  } catch (error) {
    // A refused upload's file streams never end by themselves: stop their writes before deleting the folder.
    for (const stream of streams) (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
    await Promise.allSettled(writes);
    await cleanup();
    throw error;
  }
  if (files.length === 0) {
    await cleanup();
    throw new HttpError(400, 'invalid_request', 'Aucun fichier reçu : déposez un ou plusieurs exports CSV, TSV ou XLSX dans le champ « files ».');
  }
  return { dir, files, fields, cleanup };
}
