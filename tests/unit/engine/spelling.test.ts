/**
 * Spelling correction (engine/text/spelling.ts): the one-edit neighbourhood, the words it must never touch (lexicon
 * words, real French and English words, names), the red flags it recovers from typos, and spans that stay on the
 * typed text.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { EditKind, editKind, MEMO_MAX, oneEdit, SpellingCorrector } from '../../../engine/text/spelling.ts';
import { defaultSpelling } from '../../../engine/text/spelling-default.ts';
import { normAt, normsOf, tokenize, TokenType } from '../../../engine/text/tokenize.ts';
import generated from '../../../engine/generated/spelling.json' with { type: 'json' };

const vocabulary = generated.words.split(' ');
const protectedWords = generated.realWords.split(' ');

/** Reference: one edit by brute force (every deletion, insertion, substitution and adjacent swap of `a`). */
function neighbours(a: string): Set<string> {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out = new Set<string>();
  for (let i = 0; i <= a.length; i++) {
    if (i < a.length) out.add(a.slice(0, i) + a.slice(i + 1));
    if (i + 1 < a.length) out.add(a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2));
    for (const c of letters) {
      out.add(a.slice(0, i) + c + a.slice(i));
      if (i < a.length) out.add(a.slice(0, i) + c + a.slice(i + 1));
    }
  }
  out.delete(a);
  return out;
}

describe('one-edit neighbourhood', () => {
  it('names each kind of edit, from the typed word to the target', () => {
    expect(editKind('poitrnie', 'poitrine')).toBe(EditKind.Transposition);
    expect(editKind('respirrer', 'respirer')).toBe(EditKind.Insertion);
    expect(editKind('hemoragie', 'hemorragie')).toBe(EditKind.Deletion);
    expect(editKind('inconsciant', 'inconscient')).toBe(EditKind.Substitution);
    expect(editKind('saigne', 'saigne')).toBe(EditKind.None);
    expect(editKind('sagine', 'saigne')).toBe(EditKind.Transposition);
    expect(editKind('saignement', 'signe')).toBe(EditKind.None);
    expect(editKind('convlutoins', 'convulsions')).toBe(EditKind.None); // two edits
  });

  it('agrees with a brute-force neighbourhood on random words', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeor'), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(oneEdit(a, b)).toBe(neighbours(a).has(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('compares only the first letters of the typed word when told its length (stem prefixes)', () => {
    expect(editKind('paralisee', 'paralys', 7)).toBe(EditKind.Substitution);
    expect(editKind('essouflee', 'essouffl', 7)).toBe(EditKind.Deletion);
  });
});

describe('corrector rules on a small vocabulary', () => {
  const small = new SpellingCorrector({
    minLength: 5,
    minSubstitutionLength: 6,
    words: ['poitrine', 'saigne', 'saignement', 'malaise', 'vomit', 'vomir', 'respirer'],
    stems: ['paralys', 'essouffl', 'respir'],
    suffixes: ['ectomie'],
    realWords: ['signe'],
  });

  it('corrects one edit to exactly one word, and no more', () => {
    expect(small.correct('poitirne')).toBe('poitrine');
    expect(small.correct('saigenment')).toBe('saignement');
    expect(small.correct('saignemnet')).toBe('saignement');
    expect(small.correct('poitrne')).toBe('poitrine');
    expect(small.correct('poitrinee')).toBe('poitrine');
    expect(small.correct('potirnie')).toBe('potirnie'); // two edits
  });

  it('leaves ambiguous words alone ("vomie" is one edit from "vomit" and "vomir")', () => {
    expect(small.correct('vomie')).toBe('vomie');
  });

  it('needs six letters for a substitution, five for the other edits', () => {
    expect(small.correct('vomiz')).toBe('vomiz'); // substitution in a five-letter word
    expect(small.correct('vmoit')).toBe('vomit'); // transposition in a five-letter word
    expect(small.correct('poitrina')).toBe('poitrine');
  });

  it('never corrects a protected real word, a suffix family word, or a word a stem already takes', () => {
    expect(small.correct('signe')).toBe('signe');
    expect(small.correct('vasectomie')).toBe('vasectomie');
    expect(small.correct('paralysee')).toBe('paralysee');
  });

  it('reads a typo in a stem as that stem, keeping a short ending', () => {
    expect(small.correct('paralisee')).toBe('paralysee');
    expect(small.correct('essouflee')).toBe('essoufflee');
    expect(small.correct('paralisations')).toBe('paralisations'); // more than three letters after the stem
  });

  it('still corrects a stem-taken word to a whole lexicon word ("respirrer" for "n’arrive plus à respirer")', () => {
    expect(small.correct('respirrer')).toBe('respirer');
  });

  it('keeps its memo bounded', () => {
    const corrector = new SpellingCorrector({
      minLength: 5,
      minSubstitutionLength: 6,
      words: [],
      stems: [],
      suffixes: [],
    });
    for (let i = 0; i < MEMO_MAX + 100; i++) corrector.correct(`zz${i.toString(36)}qqq`);
    expect(corrector.memoSize).toBeGreaterThan(0);
    expect(corrector.memoSize).toBeLessThanOrEqual(MEMO_MAX);
  });
});

describe('shipped corrector', () => {
  const spelling = defaultSpelling();

  it('never corrects real words next to lexicon words', () => {
    // Real words one edit from a lexicon word ("poitrines" from "poitrine"): protected at build time.
    const nextToLexicon = ['poitrines', 'abaisser', 'avalent', 'infirmerai', 'remarque', 'transporter', 'fievreuses'];
    for (const word of nextToLexicon) {
      expect(protectedWords, word).toContain(word);
      expect(spelling.correct(word), word).toBe(word);
    }
    // Lexicon words are never targets of one another: "signe" is one edit from "saigne" and both stay.
    for (const word of ['signe', 'saigne', 'malade', 'malaise', 'chlore', 'famille']) {
      expect(vocabulary, word).toContain(word);
      expect(spelling.correct(word), word).toBe(word);
    }
    expect(protectedWords.length).toBeGreaterThan(1000);
  });

  it('never corrects a word of the French or English word lists (a sample of 20 000)', () => {
    const require = createRequire(import.meta.url);
    const lists = [require('an-array-of-french-words') as string[], require('an-array-of-english-words') as string[]];
    const changed: string[] = [];
    for (const list of lists) {
      const step = Math.max(1, Math.floor(list.length / 10_000));
      for (let k = 0; k < list.length; k += step) {
        const tokens = tokenize(list[k] ?? '');
        for (let i = 0; i < tokens.count; i++) {
          const norm = normAt(tokens, i) ?? '';
          if (tokens.types[i] === TokenType.Word && spelling.correct(norm) !== norm) changed.push(norm);
        }
      }
    }
    expect(changed).toEqual([]);
  });

  it('corrects typos of key words into the lexicon word', () => {
    expect(spelling.correct('inconsciant')).toBe('inconscient');
    expect(spelling.correct('hemoragie')).toBe('hemorragie');
    expect(spelling.correct('convultions')).toBe('convulsions');
    expect(spelling.correct('saigenment')).toBe('saignement');
    expect(spelling.correct('respirrer')).toBe('respirer');
  });

  const alerts: [string, string, string][] = [
    ['Ma mère est inconsciant par terre', 'consciousness', 'inconsciant'],
    ['il fait une hémoragie, ça ne s’arrête pas', 'bleeding', 'hémoragie'],
    ['mon bébé fait des convultions', 'consciousness', 'convultions'],
    ["Mon père n'arrive plus à respirrer", 'breathing', 'respirrer'],
    ["J'ai une douleru dans la poitrine", 'cardiac', 'douleru'],
    ['she is unconsious on the floor', 'consciousness', 'unconsious'],
    ["she is bleding a lot and it won't stop", 'bleeding', 'bleding'],
  ];
  for (const [text, category, typed] of alerts) {
    it(`alerts on "${text}" with its span on the typed word`, () => {
      const flag = analyze({ text }).redFlags.find((f) => f.category === category);
      expect(flag, category).toBeDefined();
      expect(text.slice(flag!.start, flag!.end)).toContain(typed);
    });
  }

  it('keeps the context rules: a negated typo does not alert', () => {
    expect(analyze({ text: "Il n'a pas d'hémoragie" }).redFlags).toEqual([]);
    expect(analyze({ text: 'Elle n’est pas inconsciant' }).redFlags).toEqual([]);
  });

  it('changes norms only: starts, ends and types stay those of the typed text', () => {
    const text = 'Ma mère est inconsciant, elle fait une hémoragie et des convultions';
    const tokens = tokenize(text);
    const before = {
      starts: [...tokens.starts],
      ends: [...tokens.ends],
      types: [...tokens.types],
      norms: normsOf(tokens),
    };
    spelling.correctTokens(tokens, text);
    expect([...tokens.starts]).toEqual(before.starts);
    expect([...tokens.ends]).toEqual(before.ends);
    expect([...tokens.types]).toEqual(before.types);
    const changed = normsOf(tokens).flatMap((norm, i) =>
      norm !== before.norms[i] ? [`${before.norms[i]}→${norm}`] : [],
    );
    expect(changed).toEqual(['inconsciant→inconscient', 'hemoragie→hemorragie', 'convultions→convulsions']);
  });

  it('never touches numbers, boundaries or words in other scripts', () => {
    const text = 'appelez le 0612345678, en 2015. Привет здравствуйте';
    const tokens = tokenize(text);
    const norms = normsOf(tokens);
    spelling.correctTokens(tokens, text);
    expect(normsOf(tokens)).toEqual(norms);
  });

  it('leaves capitalised names alone ("Chloé" is one edit from "chlore"), not words in capitals', () => {
    const names = 'Chloé et Camille sont chez Thérèse';
    const tokens = tokenize(names);
    const norms = normsOf(tokens);
    spelling.correctTokens(tokens, names);
    expect(normsOf(tokens)).toEqual(norms);
    const shouted = 'ELLE EST INCONSCIANT';
    const loud = tokenize(shouted);
    spelling.correctTokens(loud, shouted);
    expect(normsOf(loud)).toContain('inconscient');
  });

  const unchanged = (words: readonly string[]) =>
    fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), (parts) => {
      const text = parts.join(' ');
      const tokens = tokenize(text);
      const norms = normsOf(tokens);
      spelling.correctTokens(tokens, text);
      expect(normsOf(tokens)).toEqual(norms);
    });

  it('never changes a message made only of lexicon words', () => {
    fc.assert(unchanged(vocabulary), { numRuns: 300 });
  });

  it('never changes a message made only of real words one edit from the lexicon', () => {
    fc.assert(unchanged(protectedWords), { numRuns: 300 });
  });
});
