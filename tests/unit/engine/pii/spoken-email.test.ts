/**
 * Rule (stop 26): a dictated email, as voice typing writes it ("karine point bouvier arobase gmail point com"), is
 * an email: the word for "@" (`emailAt` in content/pii/cues.yaml), a local part of words joined by "point",
 * "tiret"…, and a domain with at least one spoken dot and a short last word.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('dictated emails', () => {
  it.each([
    [
      'mon mail c est karine point bouvier arobase gmail point com merci',
      'karine point bouvier arobase gmail point com',
    ],
    ['écrivez à jean tiret luc arobase orange point fr', 'jean tiret luc arobase orange point fr'],
    ['paul58 arobase free point fr', 'paul58 arobase free point fr'],
    ['Marc arrobase laposte point net', 'Marc arrobase laposte point net'],
  ])('%j', (text, email) => {
    expect(found(text)).toEqual([`email:${email}`]);
  });

  it('needs a spoken dot in the domain, a short last word and a word before the cue', () => {
    expect(found("c'est quoi le signe arobase sur le clavier ?")).toEqual([]);
    expect(found('tape arobase puis le nom du site')).toEqual([]);
    expect(found('arobase gmail point com')).toEqual([]);
    expect(found('moi arobase gmail point documentation')).toEqual([]);
    expect(found("j'ai un point de côté à droite")).toEqual([]);
  });

  it('bounds the words read around the cue', () => {
    const text = `${'aa point '.repeat(20)}bb arobase cc${' point dd'.repeat(20)}`;
    // Four joined words on each side at most: "aa point aa point aa point aa point bb arobase cc point dd … point dd".
    expect(found(text)).toEqual([`email:${'aa point '.repeat(4)}bb arobase cc${' point dd'.repeat(4)}`]);
  });
});
