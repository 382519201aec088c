/**
 * The trie lays its node ids out again as it grows (`compactNodes` in engine/lexicon/trie.ts: expanded nodes first):
 * every table keyed by node ids is rewritten, and tries whose root cache holds old ids drop it. Hits found before and
 * after a new layout must be the same, in every trie.
 */
import { describe, expect, it } from 'vitest';
import { compileVariant } from '../../../engine/lexicon/pattern.ts';
import { nodeLayouts, TokenTrie } from '../../../engine/lexicon/trie.ts';
import { tokenize } from '../../../engine/text/tokenize.ts';

function trieOf(terms: readonly string[]): TokenTrie {
  const trie = new TokenTrie();
  terms.forEach((term, entry) => trie.addPacked(compileVariant(term), entry));
  return trie;
}

function found(trie: TokenTrie, text: string): string {
  return JSON.stringify(
    trie.find(tokenize(text)).map(({ entry, first, last, skipped }) => [entry, first, last, skipped]),
  );
}

/** Terms of every kind of node: single child, several children, gap, stem, suffix, number range, shared prefixes. */
const TERMS = [
  'mal a la tete',
  'mal au ventre',
  'douleur* ... poitrine',
  'la tete tourne',
  'fievre {38-42}d degres',
  '*ectomie recente',
  'bebe de {0-3} mois',
  'du mal a respir*',
];
const TEXTS = [
  "j'ai mal a la tete et la tete tourne, du mal a respirer",
  'douleur forte dans la poitrine, fievre 39,5 degres',
  'une appendicectomie recente, bebe de 2 mois',
];

/** A word of letters for `k` (digits would be tokens of their own): 0 → "a", 26 → "ba". */
function letters(k: number): string {
  let word = '';
  do {
    word = String.fromCharCode(97 + (k % 26)) + word;
    k = Math.floor(k / 26);
  } while (k > 0);
  return word;
}

/** Filler text number `k` ("wN xN yN" with N in letters): one term of its own, a few nodes expanded when met. */
function filler(k: number): string {
  const n = letters(k);
  return `w${n} x${n} y${n}`;
}

describe('node layout', () => {
  it('leaves every hit of every trie the same across new layouts', () => {
    const FILLERS = 40_000;
    const big = trieOf([...TERMS, ...Array.from({ length: FILLERS }, (_, k) => filler(k))]);
    const other = trieOf([...TERMS].reverse());
    const before = TEXTS.map((text) => [found(big, text), found(other, text)]);
    const layouts = nodeLayouts();
    // Meet filler terms until the tables are laid out again twice (the first layouts come after a few thousand
    // expanded nodes; a layout doubles the next threshold).
    let k = 0;
    while (nodeLayouts() < layouts + 2 && k < FILLERS) {
      expect(found(big, filler(k))).toBe(JSON.stringify([[TERMS.length + k, 0, 2, null]]));
      k++;
      if (k % 500 === 0) TEXTS.forEach((text, i) => expect(found(other, text)).toBe(before[i]![1]));
    }
    expect(nodeLayouts()).toBeGreaterThanOrEqual(layouts + 2);
    TEXTS.forEach((text, i) => {
      expect(found(big, text)).toBe(before[i]![0]);
      expect(found(other, text)).toBe(before[i]![1]);
    });
    // Fillers met before the layouts still match, through renamed nodes.
    for (let m = 0; m < k; m += 97)
      expect(found(big, filler(m))).toBe(JSON.stringify([[TERMS.length + m, 0, 2, null]]));
  });
});
