/**
 * `correctTokens` (engine/text/spelling.ts) remembers its decision per word id (`Tokens.ids`): a word met again,
 * in the same message or a later one, must be treated as a fresh corrector would treat it, including the per-occurrence
 * rule for capitalised names, and tokens made before the id table started again must still be corrected by their text.
 */
import { describe, expect, it } from 'vitest';
import { SpellingCorrector } from '../../../engine/text/spelling.ts';
import generated from '../../../engine/generated/spelling.json' with { type: 'json' };
import { currentWordIdEpoch, normAt, normsOf, tokenize, wordId } from '../../../engine/text/tokenize.ts';

const split = (list: string): string[] => (list === '' ? [] : list.split(' '));

/** A fresh corrector with the shipped data (each has its own decisions by id). */
function corrector(): SpellingCorrector {
  return new SpellingCorrector({
    minLength: generated.minLength,
    minSubstitutionLength: generated.minSubstitutionLength,
    words: split(generated.words),
    stems: split(generated.stems),
    suffixes: split(generated.suffixes),
    realWords: () => split(generated.realWords),
  });
}

function corrected(spelling: SpellingCorrector, text: string): string[] {
  const tokens = tokenize(text);
  spelling.correctTokens(tokens, text);
  for (let i = 0; i < tokens.count; i++)
    if (tokens.ids[i] !== 0) expect(tokens.ids[i]).toBe(wordId(normAt(tokens, i)!));
  return normsOf(tokens);
}

const TEXTS = [
  'elle est inconsciant, INCONSCIANT depuis ce matin',
  'Inconsciant en début de phrase, puis inconsciant',
  'une hémoragie et des convultions, hémoragie encore',
  'Chloé et chloé, Camille et camille',
  'rien à corriger ici, des mots courts et 38,5 de fièvre',
];

describe('spelling decisions by word id', () => {
  it('give, for words met again, what a fresh corrector gives', () => {
    const expected = TEXTS.map((text) => corrected(corrector(), text));
    const shared = corrector();
    for (let round = 0; round < 3; round++) {
      TEXTS.forEach((text, k) => expect(corrected(shared, text)).toEqual(expected[k]));
    }
    // The rule for capitals holds per occurrence: the capitalised first word stays, the later one is corrected.
    expect(expected[1]!.filter((norm) => norm === 'inconsciant')).toHaveLength(1);
    expect(expected[1]).toContain('inconscient');
  });

  it('still correct tokens kept from before the id table started again', () => {
    const shared = corrector();
    const misspelt = 'hémoragie, hémoragie';
    const plain = 'maison, maison';
    const expected = corrected(corrector(), misspelt);
    expect(expected).toContain('hemorragie');
    // After a restart, the first message's words get the first ids: `kept` and `other` below share their ids.
    fillWordIds();
    const kept = tokenize(misspelt);
    fillWordIds();
    const other = tokenize(plain);
    expect(other.ids[0]).toBe(kept.ids[0]);
    shared.correctTokens(other, plain);
    shared.correctTokens(kept, misspelt);
    expect(normsOf(kept)).toEqual(expected);
    expect(corrected(shared, misspelt)).toEqual(expected);
  });
});

/** Tokenises distinct made-up words until the word-id table is full: the next `tokenize` starts it again. */
function fillWordIds(): void {
  const epoch = currentWordIdEpoch();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let seed = 5;
  for (let message = 0; message < 12 && currentWordIdEpoch() === epoch; message++) {
    const words: string[] = [];
    for (let k = 0; k < 30_000; k++) {
      let word = 'q';
      for (let c = 0; c < 7; c++) {
        seed = (seed * 1664525 + 1013904223) >>> 0;
        word += letters[seed % 26];
      }
      words.push(word);
    }
    tokenize(words.join(' '));
  }
}
