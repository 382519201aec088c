/**
 * An age written in apposition after a name: "ma nièce Lou (6 semaines) a 38,4", "mon petit Noah, 5 semaines, ne
 * boit plus", "our niece Lou (6 weeks) has a temp". The brackets or commas end a clause, so the lexicon's age terms
 * ("nièce … de 6 semaines", "6 weeks old") never see the age beside the person. Read such an aside as the phrase it
 * stands for: the opening mark as "de" in French ("Lou de 6 semaines"), the closing mark as "old" in English
 * ("6 weeks old"), the other mark as a line break (terms run across one; context rules still see a clause end).
 * Offsets are untouched: spans still cover what was typed.
 */
import { normAt, setNorm, type Tokens, TokenType } from './text/tokenize.ts';

const FRENCH_UNITS = new Set(['semaine', 'semaines', 'sem', 'mois', 'jour', 'jours', 'j', 'an', 'ans']);
const ENGLISH_UNITS = new Set(['week', 'weeks', 'wk', 'wks', 'month', 'months', 'mo', 'mos', 'day', 'days']);
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const COMMA = 44;

/** Rewrites, in place, each "(N unit)" after a word, and each ", N unit," after a capitalised word (a first name). */
export function readAppositiveAges(tokens: Tokens, text: string): void {
  if (!tokens.asides) return;
  const types = tokens.types;
  // Four tokens at least: mark, number, unit, mark; the word before makes five.
  for (let i = 1; i + 3 < tokens.count; i++) {
    if (types[i] !== TokenType.Clause || types[i + 1] !== TokenType.Number) continue;
    if (types[i - 1] !== TokenType.Word || types[i + 2] !== TokenType.Word || types[i + 3] !== TokenType.Clause)
      continue;
    const open = text.charCodeAt(tokens.starts[i] ?? 0);
    const close = text.charCodeAt(tokens.starts[i + 3] ?? 0);
    const bracketed = open === OPEN_PAREN && close === CLOSE_PAREN;
    if (!bracketed && !(open === COMMA && close === COMMA && capitalised(text, tokens.starts[i - 1] ?? 0))) continue;
    const unit = normAt(tokens, i + 2) ?? '';
    if (FRENCH_UNITS.has(unit)) {
      asWord(tokens, i, 'de');
      types[i + 3] = TokenType.Newline;
    } else if (ENGLISH_UNITS.has(unit)) {
      types[i] = TokenType.Newline;
      asWord(tokens, i + 3, 'old');
    }
  }
}

function asWord(tokens: Tokens, i: number, norm: string): void {
  tokens.types[i] = TokenType.Word;
  setNorm(tokens, i, norm);
}

/** The word at `start` begins with a capital letter (A–Z or a Latin-1 capital): a first name in running text. */
function capitalised(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
