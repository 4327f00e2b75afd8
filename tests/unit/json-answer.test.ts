import { gunzipSync } from 'node:zlib';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { JsonAnswer } from '#server/search/json-answer.js';

describe('JsonAnswer', () => {
  const body = JSON.stringify({ hits: Array.from({ length: 50 }, (_, i) => ({ id: `ex-${i}`, title: 'Jardins partagés « ODD 17 »' })) });
  const answer = () => new JsonAnswer(body);

  it('gzips its body once, however many clients ask for it', () => {
    const kept = answer();
    const first = kept.gzipped();
    expect(kept.gzipped()).toBe(first);
    expect(gunzipSync(first).toString('utf8')).toBe(body);
    expect(first.length).toBeLessThan(kept.bytes().length / 5);
  });

  it('encodes its body and computes its ETag once', () => {
    const kept = answer();
    expect(kept.bytes()).toBe(kept.bytes());
    expect(kept.bytes().toString('utf8')).toBe(body);
    let calls = 0;
    const etagOf = (bytes: Buffer) => `W/"${++calls}-${bytes.length}"`;
    expect(kept.etag(etagOf)).toBe(kept.etag(etagOf));
    expect(calls).toBe(1);
  });

  it('gives the ETag Express gives the same text, though it hashes the bytes', () => {
    const etagOf = express().get('etag fn') as (entity: string | Buffer, encoding?: string) => string;
    expect(new JsonAnswer(body).etag(etagOf)).toBe(etagOf(body, 'utf8'));
  });
});
