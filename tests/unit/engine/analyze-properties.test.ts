/**
 * Property tests (fast-check): analyze() never throws, keeps every span inside the input, and is
 * deterministic — on arbitrary strings, lone surrogates, control characters, emoji, right-to-left text and
 * 1 MB inputs. Timing belongs to `npm run bench`; the timeouts here are only a backstop against runaway
 * backtracking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, missedEmergency, type Analysis } from '../../../engine/index.ts';

function spansInside(text: string, a: Analysis): boolean {
  const spans = [...a.topics, ...a.redFlags, ...a.pii, ...a.checks.flatMap((c) => (c.span ? [c.span] : []))];
  return spans.every((s) => Number.isInteger(s.start) && s.start >= 0 && s.start <= s.end && s.end <= text.length);
}

const words = fc.constantFrom(
  'douleur',
  'poitrine',
  'pas de',
  "n'ai",
  'fièvre',
  '38,5',
  'bébé',
  'chest pain',
  "can't",
  'breathe',
  'AVC',
  'en 2015',
  '\n',
  '. ',
  ', ',
  '😷',
  '\ud83d',
  'مرحبا',
  '\u0000',
  '@',
  '06 12',
);
const mixedText = fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  mixedText,
);
const role = fc.constantFrom<'user' | 'assistant'>('user', 'assistant');
const lang = fc.constantFrom<'fr' | 'en' | undefined>('fr', 'en', undefined);

describe('analyze() properties', () => {
  it('never throws and keeps spans inside the input', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(anyText, role, lang, (text, r, l) => {
        const a = analyze({ text, role: r, ...(l ? { lang: l } : {}) });
        expect(spansInside(text, a)).toBe(true);
        expect(['fr', 'en']).toContain(a.lang);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(anyText, role, (text, r) => {
        expect(analyze({ text, role: r })).toEqual(analyze({ text, role: r }));
      }),
      { numRuns: 200 },
    );
  });

  it('survives malformed inputs', () => {
    expect(() => analyze({ text: undefined as unknown as string })).not.toThrow();
    expect(() => analyze(null as unknown as { text: string })).not.toThrow();
    expect(analyze({ text: 42 as unknown as string }).health).toBe(false);
    const prev = analyze({ text: 'Ma mère ne respire plus' });
    expect(() => missedEmergency(prev, undefined as unknown as string)).not.toThrow();
  });

  it('handles 1 MB inputs of several shapes', { timeout: 120_000 }, () => {
    const n = 1_000_000;
    const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    for (const text of [
      fill('a'),
      fill('\ud83d'),
      fill('😷'),
      fill("pas de douleur dans la poitrine, j'ai mal "),
      fill('38,5 '),
      fill('مرحبا '),
    ]) {
      const a = analyze({ text });
      expect(spansInside(text, a)).toBe(true);
    }
  });
});
