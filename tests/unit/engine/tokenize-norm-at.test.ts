/**
 * Token texts read by id (`normAt`, engine/text/tokenize.ts): the tokens keep no array of texts, so `normAt` must
 * answer as that array did — the folded word, '' for a boundary, undefined past either end — and follow `setNorm`.
 */
import { describe, expect, it } from 'vitest';
import { normAt, normsOf, setNorm, tokenize } from '../../../engine/text/tokenize.ts';

describe('normAt', () => {
  it('reads the folded word of each token, and nothing past the tokens', () => {
    const tokens = tokenize("J'ai MAL à la Poitrine, 38,5 °C.");
    expect(normsOf(tokens)).toEqual(['j', 'ai', 'mal', 'a', 'la', 'poitrine', '', '38.5', 'c', '']);
    expect(normAt(tokens, 5)).toBe('poitrine');
    expect(normAt(tokens, 6)).toBe('');
    expect(normAt(tokens, -1)).toBeUndefined();
    expect(normAt(tokens, tokens.count)).toBeUndefined();
  });

  it('reads the new word after setNorm, with the id and hash of that word', () => {
    const tokens = tokenize('mal a la poitrinne');
    const other = tokenize('poitrine');
    setNorm(tokens, 3, 'poitrine');
    expect(normAt(tokens, 3)).toBe('poitrine');
    expect(tokens.ids[3]).toBe(other.ids[0]);
    expect(tokens.hashes[3]).toBe(other.hashes[0]);
  });
});
