/**
 * The trie's exact transitions live in an open-addressing table keyed by (node id, word id)
 * (engine/lexicon/edge-table.ts), and word ids come from the tokeniser (`Tokens.ids`, engine/text/tokenize.ts).
 * The table must answer like a map whatever the collisions and growth; ids must name words consistently, also after
 * the id table starts again.
 */
import { describe, expect, it } from 'vitest';
import { EdgeTable } from '../../../engine/lexicon/edge-table.ts';
import { WordIds } from '../../../engine/text/word-ids.ts';
import { compileVariant } from '../../../engine/lexicon/pattern.ts';
import { TokenTrie } from '../../../engine/lexicon/trie.ts';
import { currentWordIdEpoch, normAt, setNorm, tokenize, TokenType, wordId } from '../../../engine/text/tokenize.ts';

/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('EdgeTable', () => {
  it('answers like a Map through collisions and several growths', () => {
    const table = new EdgeTable(8);
    const reference = new Map<string, number>();
    const random = rng(3);
    // Few distinct parents and words: many pairs share a probe sequence.
    for (let k = 0; k < 5000; k++) {
      const parent = Math.floor(random() * 90);
      const word = Math.floor(random() * 120);
      const child = Math.floor(random() * 1e6);
      table.set(parent, word, child);
      reference.set(`${parent},${word}`, child);
    }
    expect(table.size).toBe(reference.size);
    for (let parent = 0; parent < 95; parent++) {
      for (let word = 0; word < 125; word++) {
        expect(table.get(parent, word)).toBe(reference.get(`${parent},${word}`) ?? -1);
      }
    }
  });

  it('keeps (a, b) and (b, a) apart, replaces a value, and empties on clear', () => {
    const table = new EdgeTable();
    table.set(1, 2, 10);
    table.set(2, 1, 20);
    table.set(0, 0, 30);
    expect([table.get(1, 2), table.get(2, 1), table.get(0, 0), table.get(0, 1)]).toEqual([10, 20, 30, -1]);
    table.set(1, 2, 11);
    expect([table.get(1, 2), table.size]).toEqual([11, 3]);
    table.clear();
    expect([table.get(1, 2), table.get(0, 0), table.size]).toEqual([-1, -1, 0]);
  });
});

describe('WordIds', () => {
  it('numbers words in order of first meeting, through equal hashes and several growths', () => {
    const ids = new WordIds(8);
    const words = Array.from({ length: 3000 }, (_, k) => `w${k}`);
    // Only 7 distinct hashes: long probe sequences, every comparison decided by the word itself.
    words.forEach((word, k) => expect(ids.get(word, k % 7)).toBe(k + 1));
    words.forEach((word, k) => expect(ids.get(word, k % 7)).toBe(k + 1));
    expect(ids.size).toBe(3000);
    expect(ids.get('w1', 3)).toBe(3001); // same text, another hash: callers must pass the word's own hash
  });
});

describe('word ids', () => {
  it('are equal exactly when the norms are, whatever the spelling and cache slot', () => {
    const tokens = tokenize("Fièvre FIÈVRE fievre, fièvres 38,5 38.5 can't CANT l'AVC avc");
    const byNorm = new Map<string, number>();
    for (let i = 0; i < tokens.count; i++) {
      if (tokens.types[i] !== TokenType.Word && tokens.types[i] !== TokenType.Number) {
        expect(tokens.ids[i]).toBe(0);
        continue;
      }
      const norm = normAt(tokens, i) ?? '';
      expect(tokens.ids[i]).toBe(wordId(norm));
      byNorm.set(norm, tokens.ids[i]!);
    }
    expect(new Set(byNorm.values()).size).toBe(byNorm.size);
    expect(byNorm.size).toBe(6); // fievre, fievres, 38.5, cant, l, avc
  });

  it('follow setNorm, so the trie matches a corrected word', () => {
    const trie = new TokenTrie();
    trie.addPacked(compileVariant('douleur poitrine'), 0);
    const tokens = tokenize('douleur poitrinne');
    expect(trie.find(tokens)).toEqual([]);
    setNorm(tokens, 1, 'poitrine');
    expect(tokens.ids[1]).toBe(wordId('poitrine'));
    expect(trie.find(tokens).map((h) => [h.entry, h.first, h.last])).toEqual([[0, 0, 1]]);
  });

  it('still find the same terms after the id table starts again, for new tokens and tokens kept from before', () => {
    const trie = new TokenTrie();
    ['mal a la tete', 'douleur* ... poitrine', 'mal au ventre'].forEach((term, entry) =>
      trie.addPacked(compileVariant(term), entry),
    );
    const text = "j'ai mal a la tete, une douleur dans la poitrine et mal au ventre";
    const hits = (tokens: ReturnType<typeof tokenize>): number[][] =>
      trie.find(tokens).map((h) => [h.entry, h.first, h.last]);
    const kept = tokenize(text);
    const before = hits(kept);
    expect(before.length).toBe(3);
    const epoch = currentWordIdEpoch();
    // Enough distinct words to fill the id table (2^18), a message of 30 000 words at a time.
    const random = rng(11);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let message = 0; message < 12 && currentWordIdEpoch() === epoch; message++) {
      const words: string[] = [];
      for (let k = 0; k < 30_000; k++) {
        let word = 'q';
        for (let c = 0; c < 7; c++) word += letters[Math.floor(random() * 26)];
        words.push(word);
      }
      tokenize(words.join(' '));
    }
    // One more message starts the new table; other words first, so that old ids name other words now.
    expect(hits(tokenize('zz yy xx ww vv uu tt'))).toEqual([]);
    expect(currentWordIdEpoch()).toBe(epoch + 1);
    expect(hits(kept)).toEqual(before);
    expect(hits(tokenize(text))).toEqual(before);
  });
});
