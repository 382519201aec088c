/**
 * The PII word reader (engine/pii/words.ts) reads words from the engine's tokens when `analyze()` has them: the
 * words, their folded forms, cues and the digit flag must be exactly those of reading the text itself, whatever the
 * scripts, apostrophes, contractions, ligatures and digits, for words met for the first time or again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../engine/pii/index.ts';
import { readWords, wordCues, wordNorm, type Words } from '../../../engine/pii/words.ts';
import { foldCode } from '../../../engine/text/fold.ts';
import { tokenize } from '../../../engine/text/tokenize.ts';
import { STEP_MUL } from '../../../engine/pii/text.ts';

function snapshot(words: Words): unknown {
  const out: unknown[] = [];
  const cueWords: number[] = [];
  for (let w = 0; w < words.count; w++) {
    out.push([
      words.starts[w],
      words.ends[w],
      wordNorm(words, w),
      wordCues(words, w) ? [...wordCues(words, w)!.bySecond.keys()] : null,
    ]);
    if (wordCues(words, w)) cueWords.push(w);
  }
  // The list of cue words (what `findCues` walks) names exactly the words that have cues.
  expect([...words.cueWords.subarray(0, words.cueWordCount)]).toEqual(cueWords);
  return { digits: words.digits, out };
}

function both(text: string): [unknown, unknown] {
  const plain = snapshot(readWords(text));
  const fromTokens = snapshot(readWords(text, tokenize(text)));
  return [plain, fromTokens];
}

/** Pieces that exercise the boundaries between the tokeniser's words and the reader's. */
const PIECES = [
  'Jean',
  'MARTIN',
  'né',
  'le',
  'Née',
  "l'AVC",
  "can't",
  "I'm",
  "we're",
  'cœur',
  'Œdème',
  'straße',
  'µg',
  'Éloïse',
  'ǅemal',
  'ẞ',
  'Ωmega',
  'ΟΔΟΣ',
  'москва',
  '漢字',
  'abc漢',
  'ｆｕｌｌ',
  'e\u0301te',
  'ʰa',
  '06',
  '12',
  '38,5',
  '3.5',
  'rue',
  'RPPS',
  'IPP',
  'n°',
  'd.o.b.',
  'je',
  "m'appelle",
  'Dr',
  '@',
  '-',
  "'",
  '’',
  ' ',
  ' ',
  '\n',
  '.',
  ',',
  'a1b',
];

describe('PII words read from tokens', () => {
  it('equal the words read from the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.boolean(), (parts, spaced) => {
        const text = parts.join(spaced ? ' ' : '');
        const [plain, fromTokens] = both(text);
        expect(fromTokens).toEqual(plain);
        // Again: now every word is known by id.
        expect(both(text)[1]).toEqual(plain);
      }),
      { numRuns: 1500 },
    );
  });

  it('equal them on random UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const [plain, fromTokens] = both(text);
        expect(fromTokens).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });

  it('equal them on Latin-only texts, where the tokeniser vouches for every word (`Tokens.plainLatin`)', () => {
    const latin = PIECES.filter((piece) => [...piece].every((ch) => ch.charCodeAt(0) < 0x250 && ch !== 'µ'));
    expect(tokenize("I can't, je m'appelle Éloïse, we're ǅemal").plainLatin).toBe(true);
    expect(tokenize('5 µg').plainLatin).toBe(false);
    expect(tokenize('can’t').plainLatin).toBe(false);
    expect(tokenize('москва').plainLatin).toBe(false);
    // Only an English contraction puts an apostrophe inside a token (French elisions are split off).
    expect(tokenize("I can't, we're").contractions).toBe(true);
    expect(tokenize("je m'appelle, l'AVC d'hier").contractions).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...latin), { maxLength: 40 }), fc.boolean(), (parts, spaced) => {
        const text = parts.join(spaced ? ' ' : '');
        expect(tokenize(text).plainLatin).toBe(true);
        const [plain, fromTokens] = both(text);
        expect(fromTokens).toEqual(plain);
      }),
      { numRuns: 800 },
    );
  });

  it('give the same personal data as the text, names included (name lists answered by word id)', () => {
    const names = ['Jean', 'Marie', 'Dupont', 'MARTIN', 'Thuy', 'Nguyen', 'Lou-Ann', 'Mary-Beth', 'van', 'der'];
    const more = [
      'Merwe',
      'je',
      "m'appelle",
      'kevin',
      'moreau',
      'né',
      'le',
      'mon',
      'mari',
      'Le',
      'I',
      'Will',
      'Rose',
      'hôpital',
      'Robert',
      'Debré',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names, ...more, ' ', ', ', '. '), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const plain = findPii(text);
        expect(findPii(text, tokenize(text))).toEqual(plain);
        // Again: now every word is known by id.
        expect(findPii(text, tokenize(text))).toEqual(plain);
      }),
      { numRuns: 800 },
    );
  });

  it('rely on Latin letters folding to at most two characters (the reader hashes at most two)', () => {
    for (let c = 0; c < 0x250; c++) {
      if (STEP_MUL[c] === 0) continue;
      expect(foldCode(c).length, `U+${c.toString(16)}`).toBeGreaterThanOrEqual(1);
      expect(foldCode(c).length, `U+${c.toString(16)}`).toBeLessThanOrEqual(2);
    }
  });
});
