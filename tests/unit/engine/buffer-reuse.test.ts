/**
 * The tokeniser, the PII word reader, the number-chain reader and the trie reuse buffers and caches from one call to
 * the next (for speed). A result must never depend on what was analysed before: the same text gives the same output
 * after a long text (buffers grown), after other short texts (caches filled with other words), and a returned token
 * list is not overwritten by the next call. (The timeouts are only a guard on a shared machine, not a measure.)
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { findPii } from '../../../engine/pii/index.ts';
import { normsOf, tokenize } from '../../../engine/text/tokenize.ts';
import { loadCorpus } from '../../corpus/scorer.ts';

const texts = loadCorpus()
  .map((item) => item.text)
  .filter((_, index) => index % 7 === 0);

/** A long text with many distinct words, numbers and cues: grows every buffer and evicts cache slots. */
function longText(): string {
  let out = '';
  for (let i = 0; out.length < 300_000; i++) {
    out += `${texts[i % texts.length]} mot${i} 06 ${String(i % 100).padStart(2, '0')} 12 34 56 né le ${(i % 28) + 1}/03/1954. `;
  }
  return out;
}

describe('results do not depend on earlier calls', () => {
  it('analyze() gives the same output before and after a long text and in another order', () => {
    const first = texts.map((text) => JSON.stringify(analyze({ text })));
    analyze({ text: longText() });
    const reversed = [...texts].reverse().map((text) => JSON.stringify(analyze({ text })));
    expect(reversed.reverse()).toEqual(first);
  }, 120_000);

  it('findPii gives the same output when interleaved with other texts', () => {
    const first = texts.map((text) => JSON.stringify(findPii(text)));
    const long = longText();
    const again = texts.map((text, i) => {
      findPii(i % 2 ? long.slice(0, 5_000 + i) : texts[(i * 13) % texts.length]!);
      return JSON.stringify(findPii(text));
    });
    expect(again).toEqual(first);
  }, 120_000);

  it('a token list stays intact after the next tokenize() call', () => {
    const text = "J'ai 38,5 de fièvre depuis hier. Can't breathe!";
    const tokens = tokenize(text);
    const snapshot = JSON.stringify([[...tokens.types], [...tokens.starts], [...tokens.ends], normsOf(tokens)]);
    tokenize(longText().slice(0, 3_000));
    tokenize('autre texte, autres mots');
    // Enough tokens to fill the shared arena several times (engine/text/arena.ts).
    for (let i = 0; i < 200; i++) tokenize(texts.slice(i % 50, (i % 50) + 40).join(' '));
    expect(JSON.stringify([[...tokens.types], [...tokens.starts], [...tokens.ends], normsOf(tokens)])).toBe(snapshot);
    expect(normsOf(tokens).slice(0, 5)).toEqual(['j', 'ai', '38.5', 'de', 'fievre']);
  }, 120_000);
});
