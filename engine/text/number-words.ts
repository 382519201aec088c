/**
 * Numbers written as words, read by the lexicon's number pieces (`#`, `{min-max}`) as their digits would be: "mon bébé a
 * six semaines" as "6 semaines", "our eight-week-old" as "8-week-old", "j'ai pris douze comprimés" as "12 comprimés".
 * People write small numbers in words as often as in digits; a term written once with a range then reads both.
 *
 * Two to twenty and the tens up to sixty, French and English. "un", "une", "one" are left out: they are first articles
 * and pronouns ("un mois" and "one month" are listed as words where they count). A word inside a compound number is not
 * read ("vingt-deux ans" is not "deux ans", "quatre-vingt-dix" is not "dix"): `compoundNumberWords` marks it.
 */
import { normAt, TokenType, type Tokens } from './tokenize.ts';

export { NUMBER_WORDS } from './number-word-values.ts';

/** Words that a following number word completes: "vingt-deux", "dix-sept", "twenty-two", "soixante et onze". */
const COMPOUND_HEADS = new Set([
  ...['dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'huitante', 'octante', 'nonante'],
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
]);
/** Words that multiply the number word before them: "deux cents", "quatre-vingts", "three hundred". */
const MULTIPLIERS = new Set([
  'cent',
  'cents',
  'mille',
  'vingt',
  'vingts',
  'hundred',
  'hundreds',
  'thousand',
  'million',
]);
const JOINERS = new Set(['et', 'and']);

/**
 * Marks in `out` (1 at the token index) every number word of `tokens` that is part of a compound number, and returns
 * how many it marked. `isNumberWord(tokens, i)` tells whether token `i` is a word of `NUMBER_WORDS`.
 *
 * @example compoundNumberWords(tokenize('vingt-deux ans'), out, isNumberWord) // 2 (both words marked)
 */
export function compoundNumberWords(
  tokens: Tokens,
  out: Uint8Array,
  isNumberWord: (tokens: Tokens, i: number) => boolean,
): number {
  let marked = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (!isNumberWord(tokens, i)) continue;
    const before = wordAt(tokens, i - 1);
    const head = COMPOUND_HEADS.has(before)
      ? i - 1
      : JOINERS.has(before) && COMPOUND_HEADS.has(wordAt(tokens, i - 2))
        ? i - 2
        : -1;
    if (head >= 0) {
      marked += markAt(out, i);
      if (isNumberWord(tokens, head)) marked += markAt(out, head);
    }
    if (MULTIPLIERS.has(wordAt(tokens, i + 1))) marked += markAt(out, i);
  }
  return marked;
}

/** Sets `out[i]`; 1 when it was not set yet. */
function markAt(out: Uint8Array, i: number): number {
  if (out[i] !== 0) return 0;
  out[i] = 1;
  return 1;
}

/** The folded word at token `i`, or '' when `i` is out of range or not a word. */
function wordAt(tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.count && tokens.types[i] === TokenType.Word ? (normAt(tokens, i) ?? '') : '';
}
