/** The rewrites of `npm run robustness` change what they say they change, and only that. */
import { describe, expect, it } from 'vitest';
import { REWRITES } from './rewrites.ts';

const rewrite = (id: string, text: string, lang: 'fr' | 'en' = 'fr'): string =>
  REWRITES.find((r) => r.id === id)!.apply(text, lang);

describe('robustness rewrites', () => {
  it('have unique ids', () => {
    expect(new Set(REWRITES.map((r) => r.id)).size).toBe(REWRITES.length);
  });

  it('flatten capitals and punctuation but keep decimal numbers', () => {
    expect(rewrite('flat', 'Mon bébé a 38,5. Il dort (beaucoup) !')).toBe('mon bébé a 38,5 il dort beaucoup');
    expect(rewrite('flat', 'He is 39.2, help.', 'en')).toBe('he is 39.2 help');
  });

  it('swap relatives for in-laws and partners in both languages', () => {
    expect(rewrite('relative', 'Ma mère et mon mari')).toBe('ma belle-mère et mon conjoint');
    expect(rewrite('relative', 'my mum called my husband', 'en')).toBe('my mother-in-law called my partner');
    expect(rewrite('relative', 'mon frère')).toBe('mon frère');
  });

  it('add words in the message language', () => {
    expect(rewrite('greeting', 'x', 'en')).toMatch(/^Hi/);
    expect(rewrite('question', 'x')).toBe('x Je fais quoi ?');
  });
});
