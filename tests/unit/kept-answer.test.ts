import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KeptAnswer } from '#server/search/kept-answer.js';

describe('KeptAnswer', () => {
  it('gzips its body once, however many clients ask for it', () => {
    const kept = new KeptAnswer(JSON.stringify({ hits: Array.from({ length: 50 }, (_, i) => ({ id: `ex-${i}`, title: 'Jardins partagés' })) }));
    const first = kept.gzipped();
    expect(kept.gzipped()).toBe(first);
    expect(gunzipSync(first).toString('utf8')).toBe(kept.body);
    expect(first.length).toBeLessThan(kept.body.length / 5);
  });
});
