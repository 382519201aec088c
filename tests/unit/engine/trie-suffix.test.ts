/**
 * Suffix families in lexicon terms (`*ectomie`): one word ending with the suffix, with at least two letters
 * before it, matched by the same single pass of the token trie as every other term.
 */
import { describe, expect, it } from 'vitest';
import { compileVariant } from '../../../engine/lexicon/pattern.ts';
import { TokenTrie } from '../../../engine/lexicon/trie.ts';
import { tokenize } from '../../../engine/text/tokenize.ts';

function hits(terms: readonly string[], text: string): { entry: number; first: number; last: number }[] {
  const trie = new TokenTrie();
  terms.forEach((term, entry) => trie.addPacked(compileVariant(term), entry));
  return trie
    .find(tokenize(text))
    .map(({ entry, first, last }) => ({ entry, first, last }))
    .sort((a, b) => a.first - b.first || a.entry - b.entry);
}

describe('suffix pieces', () => {
  it('compiles a leading star as a suffix and keeps a trailing star as a stem', () => {
    expect(compileVariant('*Ectomie')).toBe('*ectomie');
    expect(compileVariant('douleur* ... *algie')).toBe('douleur* ... *algie');
    expect(() => compileVariant("*l'os")).toThrow();
  });

  it('matches words ending with the suffix, accents folded, not the bare suffix', () => {
    expect(hits(['*ectomie'], 'une vasectomie puis une hystérectomie')).toEqual([
      { entry: 0, first: 1, last: 1 },
      { entry: 0, first: 4, last: 4 },
    ]);
    expect(hits(['*ectomie'], 'ectomie et xectomie')).toEqual([]);
    expect(hits(['*ectomie'], 'une vasectomies')).toEqual([]);
  });

  it('works after other words and before gaps, next to stems and exact words', () => {
    const terms = ['syndrome de', 'douleur* ... *algie', '*itis', 'arthritis'];
    expect(hits(terms, 'douleurs et une vraie lombalgie')).toEqual([{ entry: 1, first: 0, last: 4 }]);
    expect(hits(terms, 'arthritis and bronchitis')).toEqual([
      { entry: 2, first: 0, last: 0 },
      { entry: 3, first: 0, last: 0 },
      { entry: 2, first: 2, last: 2 },
    ]);
  });

  it('does not match numbers', () => {
    expect(hits(['*12'], 'code 4412')).toEqual([]);
  });
});
