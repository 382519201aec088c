/**
 * IBANs: two letters of a registered country, two check digits, then letters and digits in groups ("FR76 3000
 * 6000 0112 3456 7890 189", "GB82 WEST 1234 5698 7654 32", or written without spaces). Flagged only when the
 * length is the country's and the mod-97 check passes; an IBAN-shaped text that fails it is returned as blocked
 * so that no card or phone is read inside it.
 */
import type { PiiFinding } from '../types.ts';
import { IBAN_LENGTHS, isValidRib } from './checksums.ts';
import { isAlnum, isBlank, isDigit, isLetter } from './text.ts';
import type { DigitRuns } from './words.ts';

export interface IbanResult {
  readonly found: PiiFinding[];
  readonly blocked: PiiFinding[];
}

/** ASCII letter; capital only when `capital`. */
function asciiLetter(c: number, capital: boolean): boolean {
  return (c >= 65 && c <= 90) || (!capital && c >= 97 && c <= 122);
}

/**
 * Where an IBAN may start given check digits at `d` (the start of a run of digits), or -1; `SPACED.value` tells the
 * "FR 76" form.
 */
const SPACED = { value: false };
function ibanStart(text: string, d: number): number {
  const before = text.charCodeAt(d - 1);
  if (d >= 2 && asciiLetter(before, false) && asciiLetter(text.charCodeAt(d - 2), false)) {
    SPACED.value = false;
    return d - 2;
  }
  if (d >= 3 && (before === 32 || before === 0xa0)) {
    // "FR 76 …", or "fr 76 …" in lowercase (then the groups must be mostly digits, see `findIbans`, as
    // "de 12 mois et …" is ordinary text).
    const a = text.charCodeAt(d - 3);
    const b = text.charCodeAt(d - 2);
    const upper = asciiLetter(a, true) && asciiLetter(b, true);
    // (Lowercase: the check digits must be followed by a space and a digit, tested first: "le 12 mars" is common.)
    if (
      upper ||
      (a >= 97 && a <= 122 && b >= 97 && b <= 122 && isBlank(text.charCodeAt(d + 2)) && isDigit(text.charCodeAt(d + 3)))
    ) {
      SPACED.value = true;
      return d - 3;
    }
  }
  return -1;
}

/**
 * `IBAN_LENGTHS` by `letterPair` of the country code (0: no IBAN country): read at every run of digits after two
 * letters ("mg12"), where a slice, its capitals and a keyed lookup cost ~a third of `findIbans` in Node.
 */
const LENGTHS = new Uint8Array(26 * 26);
for (const [code, length] of Object.entries(IBAN_LENGTHS)) {
  LENGTHS[letterPair(code.charCodeAt(0), code.charCodeAt(1))] = length;
}

/** Index of two ASCII letters (either case), 0 to 675. */
function letterPair(a: number, b: number): number {
  return ((a | 32) - 97) * 26 + ((b | 32) - 97);
}

/** A lowercase "fr 76 …" may hold this many letters after its check digits (a French account has at most a few). */
const MAX_LOWER_SPACED_LETTERS = 4;

/** Up to this many spaces between groups (text copied from a PDF doubles them). */
const MAX_BLANKS = 3;

/**
 * Where the next group starts when a separator at `j` leads to a letter or digit: up to three spaces (any of
 * `isBlank`), a dash with optional spaces around it, a dot without spaces, or one line break with at most two spaces around it (an IBAN
 * wrapped at the end of a line, as pasted from a letter); 0 otherwise.
 */
function nextGroup(text: string, j: number): number {
  const from = j;
  while (j - from < MAX_BLANKS && isBlank(text.charCodeAt(j))) j++;
  let c = text.charCodeAt(j);
  if (c === 46 && j === from) {
    // "FR76.3000.6000…": a dot between groups, never with spaces (that is a sentence's full stop).
    j++;
  } else if (c === 45) {
    j++;
    const after = j;
    while (j - after < MAX_BLANKS && isBlank(text.charCodeAt(j))) j++;
  } else if (c === 13 || c === 10) {
    if (j - from > 2) return 0;
    if (c === 13) j++;
    if (text.charCodeAt(j) !== 10) return 0;
    j++;
    const line = j;
    while (j - line < 2 && isBlank(text.charCodeAt(j))) j++;
  } else if (j === from) return 0;
  c = text.charCodeAt(j);
  return c < 128 && isAlnum(c) ? j : 0;
}

/** One more character (ASCII digit or letter, A/a = 10 … Z/z = 35) appended to a number whose remainder mod 97 is `r`. */
function mod97Step(r: number, c: number): number {
  if (c <= 57) return (r * 10 + c - 48) % 97;
  return (r * 100 + ((c | 32) - 87)) % 97;
}

/**
 * An IBAN's check digits start a run of at least two digits (`DigitRuns`, noted by the word pass), right after two
 * letters ("FR76 3000 …") or after two capitals and one space ("FR 76 3000 …", as some people split the country code
 * off; such a start is only reported when its check passes, never blocked, since "DE 12" also starts ordinary text).
 * Starting from the digits skips a message's letters; searching for two letters first stopped at nearly every word
 * (1.3 % of the engine's time on the benchmark's messages), and searching the text for two digits with a regular
 * expression read every message holding a digit once more.
 */
export function findIbans(text: string, runs: DigitRuns): IbanResult {
  const found: PiiFinding[] = [];
  const blocked: PiiFinding[] = [];
  const n = text.length;
  const { runCount, runStarts, runEnds } = runs;
  // Past the end of the last IBAN read.
  let from = 0;
  let fiveDigits = false;
  for (let k = 0; k < runCount; k++) {
    const d = runStarts[k]!;
    if (runEnds[k]! - d === 5) fiveDigits = true;
    // Check digits start their run of digits: "1234" is one candidate, at "12", not a second one at "34".
    if (d < from || runEnds[k]! - d < 2) continue;
    const i = ibanStart(text, d);
    if (i < 0) continue;
    const spaced = SPACED.value;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    // "fr 76 3000 …": a split-off country code in lowercase (`ibanStart` takes it only as two lowercase letters).
    const lower = spaced && text.charCodeAt(i) >= 97;
    const length = LENGTHS[letterPair(text.charCodeAt(i), text.charCodeAt(i + 1))]!;
    if (!length) continue;
    // Count letters and digits, allowing a separator (spaces, a dash, a line break) between groups, and compute
    // the ISO 13616 remainder on the way (the BBAN first, then the country and check digits moved to its end):
    // no string is built for the many candidates that fail ("DE 12 …" in ordinary text).
    let count = 0;
    let r = 0;
    let j = i;
    let letters = 0;
    while (j < n && count < length) {
      const c = text.charCodeAt(j);
      if (c < 128 && isAlnum(c)) {
        if (count >= 4) {
          r = mod97Step(r, c);
          if (c > 57) letters++;
        }
        count++;
        j++;
      } else {
        const next = j > i ? nextGroup(text, j) : 0;
        if (next === 0) break;
        j = next;
      }
    }
    if (count !== length || (lower && letters > MAX_LOWER_SPACED_LETTERS)) continue;
    // Glued to the next word ("…0189merci", "…355BIC"): an IBAN ending in a digit, right before a letter, is kept
    // when its check passes (never blocked: it may be the start of a longer code).
    const glued = j < n && isAlnum(text.charCodeAt(j));
    if (glued && !(isLetter(text.charCodeAt(j)) && isDigit(text.charCodeAt(j - 1)))) continue;
    const digits = spaced ? i + 3 : i + 2;
    r = mod97Step(mod97Step(r, text.charCodeAt(i)), text.charCodeAt(i + 1));
    r = mod97Step(mod97Step(r, text.charCodeAt(digits)), text.charCodeAt(digits + 1));
    if (r === 1) found.push({ kind: 'iban', start: i, end: j });
    else if (!spaced && !glued) blocked.push({ kind: 'iban', start: i, end: j });
    else continue;
    from = j;
  }
  // A RIB table starts with a bank code of exactly five digits; then a native substring search: a case-insensitive
  // regular expression over every message with a digit cost as much as the IBAN search itself, and "guichet" is in
  // almost none of them.
  if (fiveDigits && (text.includes('uichet') || text.includes('UICHET'))) findRibTables(text, found);
  return { found, blocked };
}

/** "guichet" (branch code): the word every printed French RIB table holds. Case-insensitive, native scan. */
const GUICHET_ALL = /guichet/gi;

/**
 * End of the first run of exactly `size` characters (digits, or letters and digits when `alnum`) starting within
 * `window` characters of `from`, or -1; `RUN.start` is then its start. Bounded by the window and the run's size.
 */
const RUN = { start: 0 };
function runAfter(text: string, from: number, window: number, size: number, alnum: boolean): number {
  const limit = Math.min(text.length, from + window);
  for (let j = from; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (!isDigit(c) || (j > 0 && isAlnum(text.charCodeAt(j - 1)))) continue;
    let k = j;
    for (; k - j <= size; k++) {
      const d = text.charCodeAt(k);
      if (!(alnum ? d < 128 && isAlnum(d) : isDigit(d))) break;
    }
    if (k - j === size && !isAlnum(text.charCodeAt(k))) {
      RUN.start = j;
      return k;
    }
  }
  return -1;
}

/** Start of the last run of exactly 5 digits ending within 40 characters before `end`, or -1 (the bank code). */
function bankBefore(text: string, end: number): number {
  for (let j = end - 1; j >= 0 && j >= end - 40; j--) {
    if (!isDigit(text.charCodeAt(j)) || isAlnum(text.charCodeAt(j + 1))) continue;
    const start = j - 4;
    if (start < 0) return -1;
    let ok = !isAlnum(text.charCodeAt(start - 1));
    for (let k = start; k < j && ok; k++) ok = isDigit(text.charCodeAt(k));
    return ok ? start : -1;
  }
  return -1;
}

/**
 * A French RIB printed as a table, as it is pasted from the bank's PDF: "Code banque : 30004 Code guichet : 00820
 * N° de compte : 00012345678 Clé RIB : 64" (5 + 5 + 11 + 2 characters, each near its label). Flagged, from the bank
 * code to the key, only when the RIB key is valid. Each "guichet" reads at most ~150 characters around it.
 */
function findRibTables(text: string, found: PiiFinding[]): void {
  GUICHET_ALL.lastIndex = 0;
  while (GUICHET_ALL.test(text)) {
    const g = GUICHET_ALL.lastIndex;
    const bank = bankBefore(text, g - 7);
    if (bank < 0) continue;
    const branchEnd = runAfter(text, g, 30, 5, false);
    if (branchEnd < 0) continue;
    const branch = RUN.start;
    const accountEnd = runAfter(text, branchEnd, 40, 11, true);
    if (accountEnd < 0) continue;
    const account = RUN.start;
    const keyEnd = runAfter(text, accountEnd, 30, 2, false);
    if (keyEnd < 0) continue;
    const rib =
      text.slice(bank, bank + 5) +
      text.slice(branch, branchEnd) +
      text.slice(account, accountEnd) +
      text.slice(RUN.start, keyEnd);
    if (isValidRib(rib)) found.push({ kind: 'iban', start: bank, end: keyEnd });
    GUICHET_ALL.lastIndex = Math.max(g, keyEnd);
  }
}
