/**
 * Number ranges and a number's decimals: `{38-42}d` (a temperature written with its decimal) takes one decimal digit,
 * and a number with two (cents: a price) matches no range; three are a thousands separator ("150,000").
 * "38,5" or "100.4" is a temperature; "39,90" is a price ("le vélo est à 39,90 €") and "40" an age, so neither makes
 * a fever on its own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { compileVariant } from '../../../engine/lexicon/pattern.ts';
import { TokenTrie } from '../../../engine/lexicon/trie.ts';
import { tokenize } from '../../../engine/text/tokenize.ts';

function matches(term: string, text: string): boolean {
  const trie = new TokenTrie();
  trie.addPacked(compileVariant(term), 0);
  return trie.find(tokenize(text)).length > 0;
}

describe('decimal number ranges', () => {
  it('take a number with one decimal digit, in either notation', () => {
    expect(matches('{38-42}d', 'il a 38,5 ce soir')).toBe(true);
    expect(matches('{38-42}d', 'temp 39.8')).toBe(true);
    expect(matches('{100.4-108}d', 'temp is 100.4')).toBe(true);
  });

  it('leave out whole numbers and numbers with two decimals (a price)', () => {
    expect(matches('{38-42}d', 'il a 40 ans')).toBe(false);
    expect(matches('{38-42}d', 'le vélo est à 39,90 €')).toBe(false);
    expect(matches('{38-42}d', 'it was 39.99 dollars')).toBe(false);
    expect(matches('{1-99} euros', 'ça coûte 12,50 euros')).toBe(false);
    expect(matches('{1-99} euros', 'ça coûte 12 euros')).toBe(true);
    expect(matches('{100-200} thousand', 'about 150,000 thousand')).toBe(true);
  });

  it('a price next to a young baby is no fever, a temperature is', () => {
    const flags = (text: string): string[] => analyze({ text, lang: 'fr' }).redFlags.map((f) => f.category);
    expect(flags('mon bébé de 5 semaines, le pull est à 39,90 €')).not.toContain('infant');
    expect(flags('mon bébé de 5 semaines a 38,5')).toContain('infant');
  });
});
