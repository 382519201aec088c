/**
 * `segment` (engine/context.ts) remembers each word's language vote and clause role by word id (`Tokens.ids`): a
 * word met again, in the same message or a later one, must count as it did the first time, and after the id table
 * starts again an id that now names another word must not bring back the old word's facts.
 */
import { describe, expect, it } from 'vitest';
import { segment, type Segments } from '../../../engine/context.ts';
import { currentWordIdEpoch, tokenize, wordId } from '../../../engine/text/tokenize.ts';

/** What a segmentation says, as plain values. */
function summary(seg: Segments): unknown {
  return {
    clause: [...seg.clause],
    sentence: [...seg.sentence],
    lang: seg.lang,
    fr: [...seg.sentenceVotes].filter((_, k) => k % 2 === 0),
    en: [...seg.sentenceVotes].filter((_, k) => k % 2 === 1),
  };
}

const summarise = (text: string): unknown => summary(segment(tokenize(text), undefined));

describe('segment facts by word id', () => {
  it('give the same segmentation for a message met again, whatever came in between', () => {
    const texts = [
      "J'ai mal mais ça passe. And then it hurts but not much",
      'the pain and the fever, however, are gone',
      'Il tousse et il a de la fièvre, pourtant il mange',
    ];
    const first = texts.map(summarise);
    for (let round = 0; round < 3; round++) texts.forEach((text, k) => expect(summarise(text)).toEqual(first[k]));
    // Clause words open a clause: "mais" (index 3) starts clause 1 in the first text.
    const clauses = (first[0] as { clause: number[] }).clause;
    expect(clauses[3]).toBeGreaterThan(clauses[2]!);
    expect((first[2] as { lang: string }).lang).toBe('fr');
    expect((first[1] as { lang: string }).lang).toBe('en');
  });

  it('forget the old facts when the id table starts again', () => {
    const plain = 'zorglub blimp zorglub';
    const before = summarise(plain);
    expect((before as { clause: number[] }).clause).toEqual([0, 0, 0]);
    expect((before as { en: number[] }).en).toEqual([0]);
    // A clause word and an English stopword get ids `target` and `target + 1` in one id table, and their facts are
    // remembered; in the next table, the made-up words get those same ids.
    fillWordIds();
    for (let k = 0; k < 2000; k++) wordId(`avant${k}`);
    const stopwords = tokenize('but the');
    const target = stopwords.ids[0]!;
    expect(summary(segment(stopwords, undefined))).toBeDefined();
    fillWordIds();
    for (let k = 0; wordId(`apres${k}`) < target - 1; k++);
    const tokens = tokenize(plain);
    expect([tokens.ids[0], tokens.ids[1]]).toEqual([target, target + 1]);
    expect(summary(segment(tokens, undefined))).toEqual(before);
  });
});

/** Tokenises distinct made-up words until the word-id table is full: the next `tokenize` starts it again. */
function fillWordIds(): void {
  const epoch = currentWordIdEpoch();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let seed = 11;
  for (let message = 0; message < 12 && currentWordIdEpoch() === epoch; message++) {
    const words: string[] = [];
    for (let k = 0; k < 30_000; k++) {
      let word = 'x';
      for (let c = 0; c < 7; c++) {
        seed = (seed * 1664525 + 1013904223) >>> 0;
        word += letters[seed % 26];
      }
      words.push(word);
    }
    tokenize(words.join(' '));
  }
}
