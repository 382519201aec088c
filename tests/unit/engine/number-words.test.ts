/**
 * Numbers written as words are read by the lexicon's number pieces as their digits would be ("six semaines" as
 * "6 semaines"), except inside a compound number ("vingt-deux ans" is not "deux ans"); exact words still match as
 * words ("deux fois par jour").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { compileVariant } from '../../../engine/lexicon/pattern.ts';
import { TokenTrie } from '../../../engine/lexicon/trie.ts';
import { compoundNumberWords, NUMBER_WORDS } from '../../../engine/text/number-words.ts';
import { normAt, normsOf, tokenize, TokenType } from '../../../engine/text/tokenize.ts';

function matches(terms: readonly string[], text: string): number[] {
  const trie = new TokenTrie();
  terms.forEach((term, entry) => trie.addPacked(compileVariant(term), entry));
  return [...new Set(trie.find(tokenize(text)).map((hit) => hit.entry))].sort();
}

describe('number words in the trie', () => {
  it('reads a number word where a range or any number may come', () => {
    expect(matches(['{0-13} semaines'], 'il a six semaines')).toEqual([0]);
    expect(matches(['{0-13} weeks old'], 'a baby eight weeks old')).toEqual([0]);
    expect(matches(['# comprimes'], "j'ai pris douze comprimés")).toEqual([0]);
    expect(matches(['depuis {1-99} jours'], 'depuis trente jours')).toEqual([0]);
    expect(matches(['{6-999} cachets'], 'deux cachets')).toEqual([]);
  });

  it('gives a number word no decimal part', () => {
    expect(matches(['{38-42}d degres'], 'trente degres')).toEqual([]);
  });

  it('does not read a word inside a compound number', () => {
    expect(matches(['{0-5} ans'], 'ma fille de vingt-deux ans')).toEqual([]);
    expect(matches(['{0-12} ans'], 'il a quatre-vingt-dix ans')).toEqual([]);
    expect(matches(['{0-19} ans'], 'elle a dix-sept ans')).toEqual([]);
    expect(matches(['# mg'], 'deux cents mg')).toEqual([]);
    expect(matches(['{1-5} hours'], 'twenty-two hours')).toEqual([]);
  });

  it('keeps exact number words as words, and digits as numbers', () => {
    expect(matches(['deux fois par jour'], 'deux fois par jour')).toEqual([0]);
    expect(matches(['{2-3} fois'], '2 fois puis trois fois')).toEqual([0]);
    expect(matches(['un mois'], 'un mois')).toEqual([0]);
    expect(matches(['{0-2} mois'], 'un mois')).toEqual([]);
  });

  it('marks compound numbers, and only them', () => {
    const marked = (text: string): string[] => {
      const tokens = tokenize(text);
      const out = new Uint8Array(tokens.count);
      compoundNumberWords(tokens, out, (t, i) => t.types[i] === TokenType.Word && NUMBER_WORDS.has(normAt(t, i)!));
      return normsOf(tokens).filter((_, i) => out[i] === 1);
    };
    expect(marked('vingt-deux ans et six mois')).toEqual(['vingt', 'deux']);
    expect(marked('soixante et onze')).toEqual(['soixante', 'onze']);
    expect(marked('deux ou trois jours, deux trois cachets')).toEqual([]);
    expect(marked('trois cents euros')).toEqual(['trois']);
  });
});

describe('number words in analyze()', () => {
  it('reads the age of a baby written in words', () => {
    expect(analyze({ text: 'mon bébé a six semaines et il a 38,4' }).redFlags.map((f) => f.category)).toContain(
      'infant',
    );
    expect(analyze({ text: 'my six week old has a fever of 38.2' }).redFlags.map((f) => f.category)).toContain(
      'infant',
    );
    expect(analyze({ text: 'mon fils a quatre mois et 38 de fièvre' }).redFlags).toEqual([]);
  });
});
