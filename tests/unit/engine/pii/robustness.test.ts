/**
 * findPii on any input: never throws, spans inside the text, sorted and non-overlapping, deterministic; and the
 * adversarial inputs of the issue (1 MB of digits, of '@', of "a.a.a.", of spaces, of "12/"…) finish. The
 * detectors are linear scans, so these take milliseconds; the timeout is only a generous guard against a
 * regression to super-linear behaviour (no wall-clock assertion: CI machines are shared).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../../engine/pii/index.ts';
import { PII_KINDS, type PiiFinding } from '../../../../engine/types.ts';

/** Problems with the findings of `text`: kind, integer offsets inside the text, sorted, non-overlapping. */
function problems(text: string, findings: readonly PiiFinding[]): string[] {
  const out: string[] = [];
  let previousEnd = 0;
  for (const f of findings) {
    if (!PII_KINDS.includes(f.kind)) out.push(`unknown kind ${f.kind}`);
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) out.push(`non-integer span ${f.start}-${f.end}`);
    if (f.start < previousEnd) out.push(`unsorted or overlapping at ${f.start}`);
    if (f.end <= f.start || f.end > text.length) out.push(`span ${f.start}-${f.end} outside the text`);
    previousEnd = f.end;
  }
  return out;
}

function wellFormed(text: string, findings: readonly PiiFinding[]): void {
  expect(problems(text, findings)).toEqual([]);
}

/** Pieces that make the detectors work: digits and separators, cue words, names, '@', surrogates, RTL marks. */
const piece = fc.constantFrom(
  '0',
  '6',
  '1',
  '2A',
  ' ',
  '.',
  '-',
  '/',
  '+33 ',
  '(0)',
  '@',
  'a',
  '.fr',
  'né le ',
  'DDN ',
  '12 ',
  'mars ',
  '1954',
  'rue ',
  'des ',
  'Lilas',
  ', ',
  '69003 ',
  'Lyon',
  'Marie ',
  'Dupont',
  'DUPONT ',
  "je m'appelle ",
  'Nom : ',
  'Mme ',
  'de ',
  'La ',
  'FR76 ',
  '3000 ',
  'IBAN ',
  'RPPS ',
  'IPP ',
  'INS ',
  'sécu ',
  '4111 ',
  '\n',
  '\u00a0',
  '😀',
  '\ud800',
  '\udfff',
  '\u202e',
  'é',
  'Œ',
  '’',
  'ß',
  '\u0301',
);
const structured = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('findPii properties', () => {
  it('never throws and returns well-formed spans on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), structured), (text) => {
        wellFormed(text, findPii(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(structured, (text) => {
        expect(findPii(text)).toEqual(findPii(text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same identifier whatever sentences surround it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const text = `${before}\nTél. 06 12 34 56 78.\n${after}`;
        const at = before.length + 6;
        expect(findPii(text)).toContainEqual({ kind: 'phone', start: at, end: at + 14 });
      }),
      { numRuns: 500 },
    );
  });
});

const MB = 1_000_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe('adversarial inputs (1 MB)', () => {
  it.each([
    ['digits', '7'],
    ["'@'", '@'],
    ['"a.a.a."', 'a.'],
    ['spaces', ' '],
    ['"12/"', '12/'],
    ['"0 6 "', '0 6 '],
    ['"1."', '1.'],
    ['"2A"', '2A'],
    ['"a@a."', 'a@a.'],
    ['a long local part before each @', `${'x'.repeat(60)}@`],
    ['"+33 (0)"', '+33 (0)'],
    ['"FR76 "', 'FR76 '],
    ['"FR 76 " (a spaced country code)', 'FR 76 '],
    ['"DE 12  " (spaced country code, wide gaps)', 'DE 12  '],
    ['"FR76-\\n" (IBAN separators)', 'FR76 -\n'],
    ['"1  " (doubled spaces)', '1  '],
    ['"1 - " (spaced dashes)', '1 - '],
    ['"12\\t" (tabs)', '12\t'],
    ['a NIR body and "(clé "', '1850578006084 (clé '],
    ['a RIB before "clé "', '300040082000012345678 clé '],
    ['"guichet" between numbers (RIB tables)', '30004 guichet 00820 compte 00012345678 '],
    ['"1O" (the letter O for a zero)', '1O '],
    ['"2OO"', '2OO'],
    ['"1|" (box separators)', '1|'],
    ['"1 | " (spaced box separators)', '1 | '],
    ['"2|B|" (a Corsican letter in its own box)', '2|B|'],
    ['"1_"', '1_'],
    ['"fr 12 3" (a lowercase spaced country code)', 'fr 12 3'],
    ['an IBAN glued to a letter', 'FR7630006000011234567890189m'],
    ['"IPP A1234567 " (lettered hospital numbers)', 'IPP A1234567 '],
    ['a card and one more digit', '4111 1111 1111 1111 0 '],
    ['a table row of birth-date headers', `${'| DDN '.repeat(50)}|\n`],
    ['"né le "', 'né le '],
    ['"date de naissance "', 'date de naissance '],
    ['"DDN "', 'DDN '],
    ['"12 rue "', '12 rue '],
    ['"Marie Dupont "', 'Marie Dupont '],
    ['"nom : "', 'nom : '],
    ['"Mme "', 'Mme '],
    ['"IPP 1 "', 'IPP 1 '],
    ['"Jean-l\'"', "Jean-l'"],
    ['"Ab van " (foreign particles after unknown words)', 'Ab van '],
    ['"Ab van van van "', 'Ab van van van '],
    ['"ma fille léa de " (particles after a relation)', 'ma fille léa de '],
    ['"de " after one relation', `ma voisine marie ${'de '.repeat(20)}`],
    ['"N\'" prefixes', "Awa N'N'N'"],
    ['"Mary-Beth "', 'Mary-Beth '],
    ['"mon père (" ', 'mon père ('],
    ['surrogates, emoji and RTL marks', '😀\ud800é\u202e'],
  ])('%s: finishes with well-formed spans', { timeout: 30_000 }, (_, unit) => {
    const text = repeat(unit);
    wellFormed(text, findPii(text));
  });
});
