import { describe, expect, it } from 'vitest';
import { Memo } from '#domain/normalise/memo.js';

describe('Memo (bounded, two generations)', () => {
  const counting = (limit: number) => {
    const reads: string[] = [];
    const memo = new Memo((text: string) => (reads.push(text), text.length || undefined), limit);
    return { memo, reads };
  };

  it('reads each text once while it stays in use, undefined readings included', () => {
    const { memo, reads } = counting(10);
    expect([memo.get('abc'), memo.get(''), memo.get('abc'), memo.get('')]).toEqual([3, undefined, 3, undefined]);
    expect(reads).toEqual(['abc', '']);
  });

  it('keeps a text read again after a turnover, forgets one left unread for two', () => {
    const { memo, reads } = counting(2);
    for (const text of ['a', 'b', 'c', 'a', 'd', 'e', 'f', 'b']) memo.get(text);
    // 'a' came back from the old generation after 'c' filled the young one; 'b' was unread for two turnovers.
    expect(reads).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'b']);
  });
});
