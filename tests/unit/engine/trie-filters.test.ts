/**
 * The trie rejects words by bits of their hash (`Tokens.hashes`, engine/text/tokenize.ts) before comparing
 * strings: the tokeniser's hashes must be `normHash` of the norms, `setNorm` must keep them in step, and the
 * start nodes skipped by the root filter must never change which hits are found, nor their order.
 */
import { describe, expect, it } from 'vitest';
import { compileVariant } from '../../../engine/lexicon/pattern.ts';
import { TokenTrie } from '../../../engine/lexicon/trie.ts';
import { normAt, normHash, setNorm, tokenize, type Tokens, TokenType } from '../../../engine/text/tokenize.ts';

function trieOf(terms: readonly string[]): TokenTrie {
  const trie = new TokenTrie();
  terms.forEach((term, entry) => trie.addPacked(compileVariant(term), entry));
  return trie;
}

function hitsOf(trie: TokenTrie, tokens: Tokens): number[][] {
  return trie.find(tokens).map(({ entry, first, last }) => [entry, first, last]);
}

describe('token hashes', () => {
  it('are normHash of every word and number, also for cached and folded words', () => {
    const tokens = tokenize("Fièvre à 38,5 ; FIÈVRE, fièvre et l'AVC… can't, CAN'T, œdème 38,5");
    let words = 0;
    for (let i = 0; i < tokens.count; i++) {
      const type = tokens.types[i];
      if (type !== TokenType.Word && type !== TokenType.Number) continue;
      words++;
      expect(tokens.hashes[i]).toBe(normHash(normAt(tokens, i) ?? ''));
    }
    expect(words).toBe(12);
  });

  it('differ for different words often enough to filter (no two equal among common words)', () => {
    const words = ['le', 'la', 'les', 'de', 'mal', 'au', 'a', 'the', 'my', 'pain', 'chest', 'douleur', 'poitrine'];
    expect(new Set(words.map(normHash)).size).toBe(words.length);
  });
});

describe('setNorm', () => {
  it('lets the trie match a word rewritten after tokenisation', () => {
    const trie = trieOf(['mal a la tete']);
    const tokens = tokenize('mal a la tet');
    expect(hitsOf(trie, tokens)).toEqual([]);
    setNorm(tokens, 3, 'tete');
    expect(normAt(tokens, 3)).toBe('tete');
    expect(hitsOf(trie, tokens)).toEqual([[0, 0, 3]]);
  });
});

describe('root filter', () => {
  // "mal" starts a one-word term (a hit of its own), a term continued by exact words, and one with a gap.
  const terms = ['mal', 'mal a la tete', 'mal au ventre', 'mal ... dos', 'au ventre', 'tete'];

  it('finds, in order, the hits of starts that need the next word and of those that do not', () => {
    const trie = trieOf(terms);
    expect(hitsOf(trie, tokenize('mal au ventre, mal partout, mal a la tete, mal dans le dos'))).toEqual([
      [0, 0, 0],
      [2, 0, 2],
      [4, 1, 2],
      [0, 4, 4],
      [0, 7, 7],
      [1, 7, 10],
      [5, 10, 10],
      [0, 12, 12],
      [3, 12, 15],
    ]);
  });

  it('skips a start whose next word continues nothing, and finds it again when one does', () => {
    const trie = trieOf(['au ventre', 'au dos']);
    expect(hitsOf(trie, tokenize('au revoir, au ventre, au bout, au dos'))).toEqual([
      [0, 3, 4],
      [1, 9, 10],
    ]);
  });
});

describe('wide filter', () => {
  // "mal" has 60 exact children (a wide filter), "gros" 3 (the record's masks), both also reached after a stem.
  const CHILDREN = Array.from(
    { length: 60 },
    (_, k) => `w${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}x`,
  );
  const trie = trieOf([
    ...CHILDREN.map((word) => `mal ${word}`),
    'gros mot',
    'gros chat',
    'gros chien',
    ...CHILDREN.slice(0, 20).map((word) => `douleur* ${word}`),
    'douleur* {1-9} jours',
  ]);

  it('lets every exact child through, at nodes with and without stems', () => {
    for (const [k, word] of CHILDREN.entries()) {
      expect(hitsOf(trie, tokenize(`mal ${word}`))).toEqual([[k, 0, 1]]);
      if (k < 20) expect(hitsOf(trie, tokenize(`douleurs ${word}`))).toEqual([[63 + k, 0, 1]]);
    }
    expect(hitsOf(trie, tokenize('gros chien'))).toEqual([[62, 0, 1]]);
    expect(hitsOf(trie, tokenize('douleur 3 jours'))).toEqual([[83, 0, 2]]);
  });

  it('finds nothing for words that are no child', () => {
    const letters = (k: number): string => String.fromCharCode(97 + (k % 26), 97 + Math.floor(k / 26));
    const others = Array.from({ length: 500 }, (_, k) => `z${letters(k)}q`).join(' mal ');
    expect(hitsOf(trie, tokenize(`mal ${others} douleur ${others}`))).toEqual([]);
  });
});

describe('stem prefix filter', () => {
  // After "avoir", stems of three letters or more (a prefix filter) beside an exact word; after "se", a two-letter
  // stem too (the first-letter mask instead).
  const trie = trieOf(['avoir saign*', 'avoir vomi*', 'avoir mal', 'se sa*', 'se vomi*']);

  it('lets every word that starts with a stem through, whatever follows the stem', () => {
    expect(hitsOf(trie, tokenize('avoir saigne, avoir saignements, avoir vomit, avoir vomissements'))).toEqual([
      [0, 0, 1],
      [0, 3, 4],
      [1, 6, 7],
      [1, 9, 10],
    ]);
    expect(hitsOf(trie, tokenize('se sali, se sa, se vomit'))).toEqual([
      [3, 0, 1],
      [3, 3, 4],
      [4, 6, 7],
    ]);
    expect(hitsOf(trie, tokenize('avoir mal'))).toEqual([[2, 0, 1]]);
  });

  it('finds nothing for words that share only a letter or two with a stem, or are shorter than it', () => {
    expect(hitsOf(trie, tokenize('avoir sain, avoir sa, avoir s, avoir vol, avoir vo, avoir savon'))).toEqual([]);
    expect(hitsOf(trie, tokenize('se s, se vo, se tomber'))).toEqual([]);
  });

  it('reads each word by its shape once, also when the word comes back folded or in capitals', () => {
    const tokens = tokenize('AVOIR SAIGNÉ, avoir saigné, Avoir Saigne');
    expect(hitsOf(trie, tokens)).toEqual([
      [0, 0, 1],
      [0, 3, 4],
      [0, 6, 7],
    ]);
  });
});
