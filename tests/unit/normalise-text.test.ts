import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanText, decodeEntities, truncate } from '#domain/normalise/text.js';

describe('cleanText', () => {
  it('strips tags and keeps their text', () => {
    expect(cleanText('<p>Un <b>jardin</b> <a href="x">partagé</a></p>')).toBe('Un jardin partagé');
  });
  it('decodes named entities a rich-text export holds', () => {
    expect(cleanText('l&rsquo;&eacute;t&eacute;&nbsp;&laquo;&nbsp;chaud&nbsp;&raquo; &amp; &oelig;uvre &hellip; &euro;')).toBe('l’été « chaud » & œuvre … €');
  });
  it('decodes decimal and hexadecimal references, including Windows-1252 ones', () => {
    expect(cleanText('l&#39;&#233;t&#xE9; &#x27;x&#x27; &#150; &#8217;')).toBe("l'été 'x' – ’");
  });
  it('leaves unknown entities as written', () => {
    expect(decodeEntities('&notanentity; &amp')).toBe('&notanentity; &amp');
  });
  it('collapses every run of whitespace, line breaks and non-breaking spaces included', () => {
    expect(cleanText('  a \t b\r\n\n c\u00a0\u00a0d  ')).toBe('a b c d');
  });
  it('drops scripts and styles with their content', () => {
    expect(cleanText('a<script>alert(1)</script>b<style>p{}</style>c')).toBe('a b c');
  });
  it('never lets encoded markup come back as a tag', () => {
    expect(cleanText('&lt;script&gt;alert(1)&lt;/script&gt;ok &lt;img src=x onerror=alert(1)&gt;')).not.toMatch(/[<>]/);
    expect(cleanText('x <img src=x onerror=alert(1)')).toBe('x');
  });
  it('keeps a lone "<" that is not a tag', () => {
    expect(cleanText('3 < 5 et 7 > 2')).toBe('3 < 5 et 7 > 2');
  });
  it('removes HTML comments and control characters', () => {
    expect(cleanText('a<!-- note -->b\u0007c')).toBe('a bc');
  });
});

describe('cleanMultiline', () => {
  it('keeps paragraph breaks as single line breaks', () => {
    expect(cleanMultiline('<p>Un</p><p>Deux&nbsp;mots</p>\r\n\r\n  Trois  ')).toBe('Un\nDeux mots\nTrois');
    expect(cleanMultiline('ligne<br/>suivante')).toBe('ligne\nsuivante');
  });
});

describe('truncate', () => {
  it('cuts to the limit with an ellipsis and leaves short text alone', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
  it('cuts at the last space before the limit rather than inside a word', () => {
    const text = `${'mot '.repeat(20)}anticonstitutionnellement suite`;
    const cut = truncate(text, 90);
    expect(cut).toBe(`${'mot '.repeat(20).trimEnd()}…`);
    expect(cut.length).toBeLessThanOrEqual(90);
  });
  it('keeps a word that ends exactly at the limit', () => {
    expect(truncate('un deux trois quatre', 14)).toBe('un deux trois…');
  });
  it('cuts inside a word when no space is near the limit (a long URL)', () => {
    const text = `Voir https://example.org/${'x'.repeat(200)}`;
    const cut = truncate(text, 100);
    expect(cut).toHaveLength(100);
    expect(cut).toMatch(/x…$/);
  });
  it('leaves no dangling comma, semicolon or line break before the ellipsis', () => {
    expect(truncate('alpha, beta; gamma delta epsilon', 14)).toBe('alpha, beta…');
    expect(truncate('premier paragraphe\nsecond paragraphe qui continue', 21)).toBe('premier paragraphe…');
  });
  it('never splits a surrogate pair', () => {
    expect(truncate(`${'a'.repeat(8)}😀bbbb`, 10)).toBe(`${'a'.repeat(8)}…`);
  });
  it('always fits within the limit, whatever the text', () => {
    for (const max of [1, 2, 5, 37, 300]) {
      for (const text of ['x'.repeat(400), 'ab '.repeat(200), `${'é'.repeat(150)}😀`.repeat(3)]) {
        expect(truncate(text, max).length).toBeLessThanOrEqual(max);
      }
    }
  });
});
