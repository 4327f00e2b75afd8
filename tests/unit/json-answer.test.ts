import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JsonAnswer } from '#server/search/json-answer.js';

describe('JsonAnswer', () => {
  const answer = () => new JsonAnswer(JSON.stringify({ hits: Array.from({ length: 50 }, (_, i) => ({ id: `ex-${i}`, title: 'Jardins partagés' })) }));

  it('gzips its body once, however many clients ask for it', () => {
    const kept = answer();
    const first = kept.gzipped();
    expect(kept.gzipped()).toBe(first);
    expect(gunzipSync(first).toString('utf8')).toBe(kept.body);
    expect(first.length).toBeLessThan(kept.body.length / 5);
  });

  it('encodes its body and computes its ETag once', () => {
    const kept = answer();
    expect(kept.bytes()).toBe(kept.bytes());
    expect(kept.bytes().toString('utf8')).toBe(kept.body);
    let calls = 0;
    const etagOf = (body: string) => `W/"${++calls}-${body.length}"`;
    expect(kept.etag(etagOf)).toBe(kept.etag(etagOf));
    expect(calls).toBe(1);
  });
});
