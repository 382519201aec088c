/**
 * The trie's typed tables and transition cache (engine/lexicon/trie.ts) are shared by every trie and keyed by node
 * id and word id: tries used in turns, and the same words met after different nodes, give what fresh tries give.
 */
import { describe, expect, it } from 'vitest';
import { compileVariant } from '../../../engine/lexicon/pattern.ts';
import { TokenTrie } from '../../../engine/lexicon/trie.ts';
import { tokenize } from '../../../engine/text/tokenize.ts';

function trieOf(terms: readonly string[]): TokenTrie {
  const trie = new TokenTrie();
  terms.forEach((term, entry) => trie.addPacked(compileVariant(term), entry));
  return trie;
}

function found(trie: TokenTrie, text: string): string {
  return JSON.stringify(trie.find(tokenize(text)).map(({ entry, first, last }) => [entry, first, last]));
}

const A = ['mal a la tete', 'mal au ventre', 'douleur* ... poitrine', 'la tete tourne'];
const B = ['mal a la gorge', 'tete en bas', 'douleur* ... dos', 'au ventre plat'];
const TEXTS = [
  "j'ai mal a la tete et la tete tourne",
  'mal au ventre, douleur forte dans la poitrine',
  'douleur dans le dos, mal a la gorge, tete en bas',
  'un ventre plat, mal au ventre',
];

describe('transition cache', () => {
  it('gives each of two tries, used in turns, what a fresh trie gives', () => {
    const expected = TEXTS.map((text) => [found(trieOf(A), text), found(trieOf(B), text)]);
    const a = trieOf(A);
    const b = trieOf(B);
    for (let round = 0; round < 3; round++) {
      TEXTS.forEach((text, i) => {
        expect(found(a, text)).toBe(expected[i]![0]);
        expect(found(b, text)).toBe(expected[i]![1]);
      });
    }
  });

  it('finds a term again after the same word was met after another node', () => {
    const trie = trieOf(A);
    expect(found(trie, 'la tete tourne')).toBe('[[3,0,2]]');
    // "tete" after "la" here continues "mal a la tete": the cached transition of "la" → "tete" must stay right.
    expect(found(trie, 'mal a la tete')).toBe('[[0,0,3]]');
    expect(found(trie, 'la tete tourne, mal a la tete')).toBe('[[3,0,2],[0,4,7]]');
  });
});
