/**
 * Numbers: NIR, payment cards, phones, RIB, and health identifiers next to their keyword. One scan reads "chains"
 * of digit groups joined by one separator ("06 12 34 56 78", "1.37.04.76.243.484.15", "+33 (0)6…"); detectors
 * then try, group by group, NIR → card → phone (the precedence of french-identifiers.md). An identifier always
 * starts and ends on a group boundary, so a card inside a longer number is not a card.
 */
import type { PiiFinding, PiiKind } from '../types.ts';
import { isNirBody, isValidCard, isValidNir, isValidRib } from './checksums.ts';
import { roleBits, type CueRole } from './roles.ts';
import { isAlnum, isBlank, isDigit, isLetter } from './text.ts';
import { CueBefore, type CueHit, type DigitRuns } from './words.ts';

/**
 * A chain of groups. `chars` holds the characters of every group (digits, and a Corsican A/B) one after the other;
 * group j (0 ≤ j < count) is `chars.slice(offsets[j], offsets[j + 1])`. The arrays are reused from chain to chain
 * (entries past `count` are stale).
 */
interface Chain {
  chars: string;
  count: number;
  readonly offsets: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Separator before each group (char code; 0 for none). */
  readonly seps: Int32Array;
  /** Group written in parentheses (1): "(0)" after +33, "(415)" in a US number. */
  readonly paren: Uint8Array;
  /** Group holding a letter (Corsica "2A") or too long to be anything (1). */
  readonly odd: Uint8Array;
  /** Position of the leading '+', or -1. */
  plus: number;
  /** The last group is glued to a letter ("500mg", "12h30"). */
  glued: boolean;
}

const MAX_GROUPS = 64;
const MAX_GROUP_CHARS = 24;

/**
 * Separators inside a number: a space (any of `isBlank`), '.', '-', '/' ("06/12/34/56/78"), and the box separators
 * '|' and '_' of a form's cells ("1|8|5|0|7|…", "1_85_07_…"), which only a NIR may cross (`boxed`).
 */
function isSep(c: number): boolean {
  if (c > 32 && c < 128) return c === 46 || c === 45 || c === 47 || c === 124 || c === 95;
  return isBlank(c);
}

/** A form's box separator ('|', '_'): a NIR typed cell by cell, never a card, a phone or a keyword's number. */
function boxed(sep: number): boolean {
  return sep === 124 || sep === 95;
}

/** `Chain.seps` value of a key set apart from its number ("… 456 clé 89", "1850675123456/89"). */
const KEY_SEP = 75; // 'K'

/** Up to this many spaces on each side of a separator: text copied from a PDF or a form doubles them. */
const MAX_BLANKS = 3;

/**
 * A wider separator than one character before the next group at `i`: 2–3 spaces ("1  85  05 …", copied from a
 * PDF), or '-' / '.' with spaces around it ("1 - 85 - 05 …"). Returns where the next group starts (0 for none);
 * `GAP.sep` is then the separator to record (space, '-' or '.'), so that a number written with the same gap
 * throughout still reads as one number. A '/' with spaces stays a date separator ("02 / 09 / 1957").
 */
const GAP = { sep: 0 };
function gapAt(text: string, i: number): number {
  let j = i;
  while (j - i < MAX_BLANKS && isBlank(text.charCodeAt(j))) j++;
  const before = j - i;
  if (before === 0) {
    // "…|0|6|1| 93": a box separator, then spaces.
    if (text.charCodeAt(i) !== 124 || !isBlank(text.charCodeAt(i + 1))) return 0;
    j = i + 1;
    while (j - i <= MAX_BLANKS && isBlank(text.charCodeAt(j))) j++;
    if (!isDigit(text.charCodeAt(j))) return 0;
    GAP.sep = 124;
    return j;
  }
  let sep = 32;
  const c = text.charCodeAt(j);
  if (c === 45 || c === 46 || c === 124) {
    sep = c;
    j++;
    const after = j;
    while (j - after < MAX_BLANKS && isBlank(text.charCodeAt(j))) j++;
    if (j === after) return 0;
  } else if (before < 2) return 0;
  if (!isDigit(text.charCodeAt(j))) return 0;
  GAP.sep = sep;
  return j;
}

/** Some group of k+1..j follows a '/': a date-like run, never a NIR, a card or a US number. */
function slashed(chain: Chain, k: number, j: number): boolean {
  for (let g = k + 1; g <= j; g++) if (chain.seps[g] === 47) return true;
  return false;
}

/**
 * Groups k..j are six or more, all split by '/' (the key's '/' too): a NIR written with slashes throughout
 * ("2/74/05/69/123/208/02"), which no date is.
 */
function allSlashed(chain: Chain, k: number, j: number): boolean {
  if (j - k < 5) return false;
  for (let g = k + 1; g <= j; g++) if (chain.seps[g] !== 47 && chain.seps[g] !== KEY_SEP) return false;
  return true;
}

/**
 * Where the next group starts when a single line break (with at most two spaces around it, "\r\n" too) separates it
 * from the group ending at `i`, or 0. A blank line ends the number, as it ends a sentence for the rest of the engine.
 */
function lineBreakAt(text: string, i: number): number {
  let j = i;
  while (j - i < 2 && text.charCodeAt(j) === 32) j++;
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) !== 10) return 0;
  j++;
  const line = j;
  while (j - line < 2 && text.charCodeAt(j) === 32) j++;
  return isDigit(text.charCodeAt(j)) ? j : 0;
}

/** "clé", "clef", "cle", "key", then an optional "n°" or colon: a NIR's key printed apart. Sticky: tested at one position. */
const KEY_WORD = /(?:cl[eé]f?|key)\s?(?:n°\s?|:\s?)?/iy;

/** Two digits at `j`, not followed by a third: a NIR key. */
function twoDigits(text: string, j: number): boolean {
  return isDigit(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1)) && !isDigit(text.charCodeAt(j + 2));
}

/** Set by `nirKeyAt`: the key it found is in parentheses ("(89)"), whose ')' then ends the number. */
const KEY = { paren: false };

/**
 * Where the two digits of a key start when the 13-character NIR body (or the 21 characters of a RIB before its
 * key) ending at `i` is followed by the key set apart, as forms and people print it: "clé 89", ", clé 89", " / 89", " - clé 89", "(89)", "(clé 89)", two
 * spaces; otherwise 0. Every part is optional but the key; a single space or separator before the key is read by
 * the chain itself.
 */
function nirKeyAt(text: string, i: number): number {
  let j = i;
  while (j - i < MAX_BLANKS && isBlank(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 44) {
    // ", clé 89": a comma needs the key word after it.
    j++;
    if (isBlank(text.charCodeAt(j))) j++;
    KEY_WORD.lastIndex = j;
    if (!KEY_WORD.test(text)) return 0;
    j = KEY_WORD.lastIndex;
    return twoDigits(text, j) ? j : 0;
  }
  const open = text.charCodeAt(j) === 40;
  if (open) j++;
  const c = text.charCodeAt(j);
  if (!open && (c === 47 || c === 45) && j > i) {
    j++;
    if (isBlank(text.charCodeAt(j))) j++;
  }
  KEY_WORD.lastIndex = j;
  if (KEY_WORD.test(text)) j = KEY_WORD.lastIndex;
  if (!twoDigits(text, j)) return 0;
  KEY.paren = open;
  return !open || text.charCodeAt(j + 2) === 41 ? j : 0;
}

/**
 * Every letter O of an (uppercased) odd group, typed for zeros, and the box separator of a Corsican "2|B" typed in
 * two cells. Runs on a group of at most 24 characters.
 */
const ODD_CHARS = /O|[^0-9A-Z]/g;
const oddChar = (m: string): string => (m === 'O' ? '0' : '');

/**
 * The Corsican letter typed in a cell of its own after a '2' alone in its cell, the separator at `i` repeated after
 * it and a digit next: "2|B|0", "2_A_0", "2-B-0", "2 B 0" (capital letter only with spaces: "2 a 3" is French).
 */
function corsicanCell(text: string, i: number, from: number): boolean {
  const c = text.charCodeAt(i);
  if (i - from !== 1 || text.charCodeAt(from) !== 50 || !isSep(c) || c === 47) return false;
  const l = text.charCodeAt(i + 1);
  const upper = l === 65 || l === 66;
  if (!(upper || (!isBlank(c) && (l === 97 || l === 98)))) return false;
  return text.charCodeAt(i + 2) === c && isDigit(text.charCodeAt(i + 3));
}

/**
 * The letter O (or o) at `i` typed for a zero inside a number: right after a digit (or, `afterO`, after an O read so
 * in the same group), and not touching another letter ("1O4", "2O3", "1O ", "8OO6"; not "3Orange", "10Oz").
 */
function letterO(text: string, i: number, afterO = false): boolean {
  const c = text.charCodeAt(i);
  if (c !== 79 && c !== 111) return false;
  const before = text.charCodeAt(i - 1);
  if (!isDigit(before) && !(afterO && (before === 79 || before === 111))) return false;
  let j = i + 1;
  while (j - i < 3 && (text.charCodeAt(j) === 79 || text.charCodeAt(j) === 111)) j++;
  return !isLetter(text.charCodeAt(j));
}

/** Length of "(d…)" at i (1–4 digits), or 0. */
function parenAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 40) return 0;
  let j = i + 1;
  while (j - i <= 5 && isDigit(text.charCodeAt(j))) j++;
  return j > i + 1 && j - i <= 5 && text.charCodeAt(j) === 41 ? j + 1 - i : 0;
}

/**
 * The one chain being read: `findNumbers` handles a chain completely before reading the next, so a long text of
 * numbers allocates no arrays per chain.
 */
const CHAIN: Chain = {
  chars: '',
  count: 0,
  offsets: new Int32Array(MAX_GROUPS + 1),
  starts: new Int32Array(MAX_GROUPS),
  ends: new Int32Array(MAX_GROUPS),
  seps: new Int32Array(MAX_GROUPS),
  paren: new Uint8Array(MAX_GROUPS),
  odd: new Uint8Array(MAX_GROUPS),
  plus: -1,
  glued: false,
};

/** Reads the chain starting at `start` (a digit, '+' or '('), into `CHAIN`. */
function readChain(text: string, start: number): Chain {
  const chain = CHAIN;
  chain.chars = '';
  chain.count = 0;
  chain.offsets[0] = 0;
  chain.plus = -1;
  let i = start;
  let keyParen = false;
  // "(+33) 6 12 34 56 78": the country code in parentheses, closed right after it.
  let closing = text.charCodeAt(i) === 40 && text.charCodeAt(i + 1) === 43;
  if (closing) {
    chain.plus = i;
    i += 2;
  } else if (text.charCodeAt(i) === 43) chain.plus = i++;
  let sep = 0;
  for (;;) {
    const paren = parenAt(text, i);
    let from = i + 1;
    let to = i + paren - 1;
    let odd = false;
    if (paren) i += paren;
    else {
      from = i;
      for (;;) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        // Corsica: "2A" / "2B" inside a NIR.
        else if (
          (c === 65 || c === 66 || c === 97 || c === 98) &&
          text.charCodeAt(i - 1) === 50 &&
          !isLetter(text.charCodeAt(i + 1))
        ) {
          odd = true;
          i++;
        } else if (corsicanCell(text, i, from)) {
          // "…|3|2|B|0|3|3|…": a NIR typed in boxes, the Corsican "2B" split over two cells.
          odd = true;
          i += 2;
        } else if (letterO(text, i, i > from)) {
          // "1 85 1O 75 …": the letter O typed for a zero, read as 0 for a NIR only (the group is odd).
          odd = true;
          i++;
        } else break;
      }
      to = i;
    }
    if (to - from > MAX_GROUP_CHARS) {
      odd = true;
      to = from;
    }
    if (keyParen && text.charCodeAt(i) === 41) i++;
    chain.chars += odd ? text.slice(from, to).toUpperCase().replace(ODD_CHARS, oddChar) : text.slice(from, to);
    const g = chain.count++;
    chain.offsets[g + 1] = chain.chars.length;
    chain.starts[g] = paren ? i - paren : from;
    chain.ends[g] = i;
    chain.seps[g] = sep;
    chain.paren[g] = paren > 0 ? 1 : 0;
    chain.odd[g] = odd ? 1 : 0;
    if (chain.count >= MAX_GROUPS) break;
    if (closing) {
      // "(+33 6 12 34 56 78)": not closed, the number starts at its '+'.
      closing = false;
      if (text.charCodeAt(i) === 41) i++;
      else chain.plus = start + 1;
    }
    const c = text.charCodeAt(i);
    // Looked at only when the group is not followed by one separator and a digit (the usual case).
    let keyAt = 0;
    let wrapped = 0;
    let gap = 0;
    if (isSep(c) && isDigit(text.charCodeAt(i + 1))) {
      // One separator, then the next group. A '/' right before the last two digits of 13 + 2 is a NIR's key set
      // apart ("1850675123456/89"), not a date separator.
      sep = c === 47 && chain.chars.length === 13 && twoDigits(text, i + 1) ? KEY_SEP : isBlank(c) ? 32 : c;
      i++;
    } else if ((chain.chars.length === 13 || chain.chars.length === 21) && (keyAt = nirKeyAt(text, i)) > 0) {
      // A NIR (13 + 2) or a RIB (21 + 2) written with its key set apart, as forms print it: "1 85 06 75 123 456 clé
      // 89", "… 456 / 89", "… 456  89", "30004 00820 00012345678 clé 64".
      sep = KEY_SEP;
      i = keyAt;
      keyParen = KEY.paren;
    } else if ((wrapped = lineBreakAt(text, i)) > 0) {
      // A number wrapped at the end of a line ("1 85 06 75\n123 456 89"), as text pasted from a form or a letter is.
      sep = 10;
      i = wrapped;
    } else if ((gap = gapAt(text, i)) > 0) {
      // "1  85  05 …", "1 - 85 - 05 …": a wider separator between groups.
      sep = GAP.sep;
      i = gap;
    } else if (parenAt(text, c === 32 ? i + 1 : i)) {
      // "+33 (0)6…", "(415) 555-0132".
      sep = c === 32 ? 32 : 0;
      if (c === 32) i++;
    } else if (paren && isDigit(c)) sep = 0;
    else break;
  }
  chain.glued = isLetter(text.charCodeAt(i));
  return chain;
}

interface Match {
  /** Index of the last group consumed. */
  readonly last: number;
  /** The kind found, or null for a number that has an identifier's shape but fails its check (blocked). */
  readonly kind: PiiKind | null;
}

const HEALTH_ROLES = roleBits(['nirCue', 'insCue', 'ippCue', 'rppsCue', 'adeliCue', 'ribCue']);
const NOT_PHONE_ROLES = roleBits(['notPhoneCue']);
const INS_ROLES = roleBits(['insCue']);

/**
 * Where a number may start at or after `from` (at most the end of a run of digits starting at `start`): the '(' of
 * "(+33…", a '+' or '(' right before the digits ("+33…", "(415)…"), or the first digit at or after `from`. The runs of
 * digits come from the word pass (`DigitRuns`): searching the text again for [0-9+(] read every message holding a
 * digit once more.
 */
function startAt(text: string, start: number, from: number): number {
  if (start - 2 >= from && text.charCodeAt(start - 2) === 40 && text.charCodeAt(start - 1) === 43) return start - 2;
  const before = text.charCodeAt(start - 1);
  if (start - 1 >= from && (before === 43 || before === 40)) return start - 1;
  return Math.max(start, from);
}

/**
 * Finds number-based identifiers (appended to `out`). `cues` come from the word pass; `blocked` ranges (IBAN-shaped
 * text) are skipped.
 */
export function findNumbers(
  text: string,
  runs: DigitRuns,
  cues: readonly CueHit[],
  blocked: readonly PiiFinding[],
  out: PiiFinding[],
): void {
  const health = CueBefore.of(text, cues, HEALTH_ROLES);
  const ins = health && CueBefore.of(text, cues, INS_ROLES);
  const notPhone = CueBefore.of(text, cues, NOT_PHONE_ROLES);
  const { runCount, runStarts, runEnds } = runs;
  let b = 0;
  // Where to look for the next number (each branch below moves it past the current start), and the first run of
  // digits that may hold it.
  let from = 0;
  let r = 0;
  for (;;) {
    while (r < runCount && runEnds[r]! <= from) r++;
    if (r === runCount) break;
    const i = startAt(text, runStarts[r]!, from);
    from = i + 1;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) {
      // Digits glued to a word ("FK4521", "x2"): skip the whole run.
      let j = i + 1;
      while (isAlnum(text.charCodeAt(j))) j++;
      from = j;
      continue;
    }
    while (b < blocked.length && blocked[b]!.end <= i) b++;
    if (b < blocked.length && blocked[b]!.start <= i) {
      from = blocked[b]!.end;
      continue;
    }
    // Most numbers are short and alone ("82 ans", "500 mg", "75011"): none of these identifiers; skip them early.
    if (isDigit(text.charCodeAt(i))) {
      let j = i + 1;
      while (j - i <= 5 && isDigit(text.charCodeAt(j))) j++;
      const c = text.charCodeAt(j);
      // "82 ans", "500 mg": a space, then a letter other than a Corsican "A" or "B" ("2 A 0…"), goes on with none of
      // the tests below (a quick way past the most common numbers of all).
      const after = text.charCodeAt(j + 1);
      if (j - i <= 5 && c === 32 && after !== 65 && after !== 66 && isLetter(after)) {
        from = j;
        continue;
      }
      // A group may also go on after a line break ("IPP : 3304\n5712", as a form wraps it).
      const continues =
        (isSep(c) && isDigit(text.charCodeAt(j + 1))) ||
        parenAt(text, c === 32 ? j + 1 : j) > 0 ||
        lineBreakAt(text, j) > 0 ||
        gapAt(text, j) > 0;
      const corsica =
        c === 65 || c === 66 || c === 97 || c === 98 || letterO(text, j) || (j - i === 1 && corsicanCell(text, j, i));
      if (j - i <= 5 && !continues && !corsica) {
        from = j;
        continue;
      }
    }
    const chain = readChain(text, i);
    const groups = chain.count;
    from = Math.max(chain.ends[groups - 1]!, i + 1);
    // A lone group of five characters or fewer ("82 ans", "500 mg", "75011") is none of these identifiers.
    if (groups === 1 && chain.plus < 0 && chain.chars.length <= 5) continue;
    // Every identifier holds six characters or more (the shortest is an IPP): a shorter chain ("5 38" in "38,5
    // 38,5") has nothing to find.
    if (chain.chars.length < 6) continue;
    const at = chain.plus >= 0 ? chain.plus : i;
    const cue = health && (health.at(at, 30) ?? farCue(text, at, chain, health) ?? cueAfter(chain, health));
    // "Numéro INS (sur la carte Vitale) : …": the number is the matricule INS the sentence names, not a NIR.
    const insFirst = cue?.role === 'nirCue' ? ins?.at(at, 60) : undefined;
    scanChain(chain, insFirst ?? cue, notPhone?.at(i, 30), out);
  }
  if (health) for (const hit of cues) if (hit.role === 'ippCue') alnumPatientId(text, hit.end, out);
}

/** How far after its keyword a hospital number made of letters and digits may start ("IPP (identifiant patient) : …"). */
const ALNUM_ID_WINDOW = 40;

/**
 * A hospital number holding letters ("IPP : A1234567", "n° de séjour 2025A00931", "NDA 24X012345", "CHU-88451"):
 * the first word holding a digit after an IPP-like keyword, in the same clause (a line break only right after the
 * keyword or its colon), if it is 6–14 ASCII letters and digits (dashes inside) with at least four digits and one to
 * four letters. All-digit numbers are the chain's (`keyworded`). Reads at most `ALNUM_ID_WINDOW` characters plus
 * one word.
 */
function alnumPatientId(text: string, from: number, out: PiiFinding[]): void {
  const limit = Math.min(text.length, from + ALNUM_ID_WINDOW);
  let label = true;
  for (let j = from; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) {
      if (!label) return;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 59) return;
    if (!isAlnum(c)) {
      if (c !== 58 && !isBlank(c)) label = false;
      continue;
    }
    label = false;
    const start = j;
    let digits = 0;
    let letters = 0;
    let ascii = true;
    for (; j < text.length && j - start <= 16; j++) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) digits++;
      else if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122)) letters++;
      else if (isLetter(d)) ascii = false;
      else if (!(d === 45 && isAlnum(text.charCodeAt(j + 1)) && j > start)) break;
    }
    if (digits === 0) continue;
    if (ascii && letters >= 1 && letters <= 4 && digits >= 4 && digits + letters >= 6 && digits + letters <= 14) {
      out.push({ kind: 'health_id', start, end: j });
    }
    return;
  }
}

/**
 * A keyword up to 60 characters back: when the number is a label's value (after ':', a copula, a line break; a
 * line above then counts), or when the keyword names a fixed-length format (RPPS 11 digits, ADELI 9, a matricule INS)
 * whose length the number must have anyway ("le numéro RPPS écrit sur l'ordonnance du Dr Martin 10003461033").
 */
function farCue(text: string, at: number, chain: Chain, health: CueBefore): CueHit | undefined {
  if (labelValue(text, at) && !phoneTypography(chain)) return health.at(at, 60, 1);
  const far = health.at(at, 60);
  return far && FIXED_LENGTH_ROLES.includes(far.role) ? far : undefined;
}

const FIXED_LENGTH_ROLES: readonly CueRole[] = ['rppsCue', 'adeliCue', 'insCue'];

/**
 * A health-identifier keyword right after the number, in the same clause ("10003461033 (RPPS)", "20458731 c'est mon
 * IPP"), written as one group or spaced groups. Not for a number shaped as a French phone (ten digits from 0), which
 * stays a phone, nor for the NIR body or the RIB, which need their keyword first.
 */
function cueAfter(chain: Chain, health: CueBefore): CueHit | undefined {
  if (chain.plus >= 0 || (chain.chars.length === 10 && chain.chars.charCodeAt(0) === 48)) return undefined;
  // One group, or groups split by spaces only: "12/03/2024 IPP …", "12.03.2024, IPP …" are dates.
  for (let g = 1; g < chain.count; g++) if (chain.seps[g] !== 32 || chain.paren[g] || chain.odd[g]) return undefined;
  const hit = health.after(chain.ends[chain.count - 1]!, 15);
  return hit && AFTER_ROLES.includes(hit.role) ? hit : undefined;
}

const AFTER_ROLES: readonly CueRole[] = ['rppsCue', 'adeliCue', 'insCue', 'ippCue'];

/** Words that give a value ("… c'est 10001234567", "… est le 56781204", "… is 40317788"). */

/**
 * The number at `i` is a label's value: it follows a colon, '=', a copula, or starts a line ("IPP de ma mère, celui
 * du bracelet : 400873215", "N° de dossier\n2024-118734", "Le RPPS du Dr Leroux, que je vois, c'est 10001234567").
 * Its keyword may then stand further back, a line above.
 */
function labelValue(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 4 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j--;
  const c = text.charCodeAt(j);
  if (c === 58 || c === 10 || c === 61) return true;
  return j < i - 1 && isLetter(c) && copulaEndsAt(text, j);
}

/**
 * The word ending at `j` (inclusive) is a copula: "est", "is", "was", or "le"/"la" after "est " ("c'est le 1000…").
 * Compared character by character: a regular expression there cost microseconds a call in Node.
 */
function copulaEndsAt(text: string, j: number): boolean {
  const start = wordStart(text, j);
  if (start < 0) return false;
  const w = lowerAscii(text, start, j + 1);
  if (w === 'est' || w === 'is' || w === 'was') return true;
  if ((w !== 'le' && w !== 'la') || text.charCodeAt(start - 1) !== 32) return false;
  const before = wordStart(text, start - 2);
  return before >= 0 && lowerAscii(text, before, start - 1) === 'est';
}

/** Start of the word of at most 3 letters ending at `j` (inclusive), or -1 (longer, or no letter at `j`). */
function wordStart(text: string, j: number): number {
  let start = j + 1;
  while (start > 0 && j - start < 3 && isLetter(text.charCodeAt(start - 1))) start--;
  return start <= j && j - start < 3 && !isLetter(text.charCodeAt(start - 1)) ? start : -1;
}

/** `text[start, end)` with ASCII capitals lowered ('' when it holds another character): at most three letters. */
function lowerAscii(text: string, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(c);
    else return '';
  }
  return out;
}

/** Written as a phone is ("06 12 34 56 78", "+33 …"): a keyword further back is not this number's label. */
function phoneTypography(chain: Chain): boolean {
  if (chain.plus >= 0) return true;
  if (chain.count !== 5 || chain.chars.length !== 10 || chain.chars.charCodeAt(0) !== 48) return false;
  for (let g = 0; g < 5; g++) if (chain.offsets[g + 1]! - chain.offsets[g]! !== 2) return false;
  return true;
}

function scanChain(chain: Chain, cue: CueHit | undefined, notPhone: CueHit | undefined, out: PiiFinding[]): void {
  const groups = chain.count;
  if (chain.plus >= 0) {
    const last = internationalPhone(chain);
    if (last >= 0) out.push({ kind: 'phone', start: chain.plus, end: chain.ends[last]! });
    return;
  }
  let k = 0;
  let consumed = -1;
  if (chain.paren[0]) {
    if (usPhone(chain, 0)) return emit(chain, out, 'phone', 0, 2);
    k = consumed = 0;
  }
  while (k < groups) {
    const match =
      (k === 0 && cue ? keyworded(chain, cue) : null) ??
      atGroup(chain, k, consumed === k - 1, k === 0 ? notPhone : undefined);
    if (match) {
      if (match.kind) emit(chain, out, match.kind, k, match.last);
      consumed = match.last;
      k = match.last + 1;
    } else k++;
  }
}

function emit(chain: Chain, out: PiiFinding[], kind: PiiKind, first: number, last: number): void {
  out.push({ kind, start: chain.starts[first]!, end: chain.ends[last]! });
}

/**
 * The last group j such that groups k..j hold exactly `length` characters, none in parentheses or odd (unless
 * `letters`, for the Corsican NIR); -1 if there is none.
 */
function span(chain: Chain, k: number, length: number, letters = false): number {
  const base = chain.offsets[k]!;
  for (let j = k; j < chain.count; j++) {
    if (chain.paren[j] || (chain.odd[j] && !(letters && chain.offsets[j + 1]! > chain.offsets[j]!))) return -1;
    if (j > k && !letters && boxed(chain.seps[j]!)) return -1;
    const size = chain.offsets[j + 1]! - base;
    if (size === length) return j;
    if (size > length) return -1;
  }
  return -1;
}

/** Characters of groups k..j. */
function charsOf(chain: Chain, k: number, j: number): string {
  return chain.chars.slice(chain.offsets[k], chain.offsets[j + 1]);
}

/** A number right after a keyword: NIR body, INS, IPP, RPPS, ADELI, RIB. */
function keyworded(chain: Chain, cue: CueHit): Match | null {
  const health = (j: number): Match | null => (j >= 0 ? { last: j, kind: 'health_id' } : null);
  switch (cue.role) {
    case 'rppsCue': {
      // The RPPS itself (11 digits) or the national identifier idNatPS written for it ("8" + RPPS, 12 digits).
      const j = span(chain, 0, 11);
      return health(j < 0 && chain.chars.charCodeAt(0) === 56 ? span(chain, 0, 12) : j);
    }
    case 'adeliCue':
      return health(span(chain, 0, 9));
    case 'ippCue': {
      for (let length = 12; length >= 6; length--) {
        const j = span(chain, 0, length);
        if (j >= 0) return health(j);
      }
      return null;
    }
    case 'insCue': {
      let j = span(chain, 0, 15, true);
      if (j < 0) j = span(chain, 0, 13, true);
      return j >= 0 && isNirBody(charsOf(chain, 0, j).slice(0, 13)) ? health(j) : null;
    }
    case 'nirCue': {
      const j = span(chain, 0, 13, true);
      return j >= 0 && j === chain.count - 1 && isNirBody(charsOf(chain, 0, j)) ? { last: j, kind: 'nir' } : null;
    }
    case 'ribCue': {
      const j = span(chain, 0, 23);
      return j >= 0 && isValidRib(charsOf(chain, 0, j)) ? { last: j, kind: 'iban' } : null;
    }
    default:
      return null;
  }
}

/**
 * A multi-group identifier (k..last) must not continue a number it is not part of ("1 85 06 75 123 456 88" holds
 * no phone): it starts the chain, follows a consumed identifier, or uses other separators than the group before.
 */
function standalone(chain: Chain, k: number, last: number, fresh: boolean): boolean {
  return last === k || fresh || chain.seps[k] !== chain.seps[k + 1];
}

/** Group j does not end the chain glued to a letter ("500mg"). */
function clean(chain: Chain, j: number): boolean {
  return !(chain.glued && j === chain.count - 1);
}

/** NIR, then card, then phone, starting at group k. `fresh`: the previous group is not part of this number. */
function atGroup(chain: Chain, k: number, fresh: boolean, notPhone: CueHit | undefined): Match | null {
  const first = chain.chars.charCodeAt(chain.offsets[k]!);
  const lastGroup = chain.count - 1;

  // NIR: sex digit 1, 2, 3, 4, 7 or 8.
  let nir = -1;
  if (first >= 49 && first <= 56 && first !== 53 && first !== 54) {
    nir = span(chain, k, 15, true);
    // A valid key is strong evidence: a NIR that ends its chain may follow another number with the same separator
    // ("12/05/1985 1 85 05 78 006 084 36").
    if (
      nir >= 0 &&
      ((!standalone(chain, k, nir, fresh) && nir !== lastGroup) ||
        (slashed(chain, k, nir) && !allSlashed(chain, k, nir)))
    ) {
      nir = -1;
    }
    if (nir >= 0 && isValidNir(charsOf(chain, k, nir))) return { last: nir, kind: clean(chain, nir) ? 'nir' : null };
  }

  // Card: 13–19 digits with a network prefix (2–6); the longest Luhn-valid span wins.
  if (first >= 50 && first <= 54) {
    let card: Match | null = null;
    const base = chain.offsets[k]!;
    for (let j = k; j <= lastGroup && chain.offsets[j]! - base < 19; j++) {
      if (chain.paren[j] || chain.odd[j] || (j > k && (chain.seps[j] === 47 || boxed(chain.seps[j]!)))) break;
      const size = chain.offsets[j + 1]! - base;
      if (
        size >= 13 &&
        size <= 19 &&
        standalone(chain, k, j, fresh) &&
        clean(chain, j) &&
        isValidCard(charsOf(chain, k, j))
      ) {
        card = { last: j, kind: 'card' };
      }
      // A 4-4-4-4 number with a card prefix that fails Luhn is a mistyped card, not a phone.
      if (!card && size === 16 && j === k + 3) card = { last: j, kind: null };
    }
    // "4539 1488 0343 6467 0": one or two more digits with the card's own separator make a longer number (a
    // 17–18-digit transaction reference), not a card; a 3–4-digit group after it is its CVV or expiry and an
    // expiry "12/26" is a date, so both leave the card.
    if (card?.kind && card.last > k && card.last < lastGroup) {
      const next = card.last + 1;
      const size = chain.offsets[next + 1]! - chain.offsets[next]!;
      if (
        size <= 2 &&
        chain.seps[next] === chain.seps[card.last] &&
        !chain.paren[next] &&
        !chain.odd[next] &&
        (next === lastGroup || chain.seps[next + 1] !== 47)
      ) {
        return { last: next, kind: null };
      }
    }
    if (card) return card;
  }

  // A NIR with a wrong key is a mistyped NIR: nothing inside it is a phone.
  if (nir >= 0 && isNirBody(charsOf(chain, k, nir).slice(0, 13))) return { last: nir, kind: null };

  const phone = nationalPhone(chain, k);
  if (phone >= 0 && standalone(chain, k, phone, fresh) && clean(chain, phone)) {
    const internal = phone > k ? chain.seps[k + 1]! : 0;
    // "06 12 34 56 78 90": the same separators go on, this is a longer number.
    const continues = internal !== 0 && phone < lastGroup && chain.seps[phone + 1] === internal;
    // A 10-digit run after "commande", "facture", "référence"… is a reference number when it is unseparated or
    // not grouped as a French phone is (pairs after the first group: "06 12 34 56 78", "0694 12 56 78"), as in
    // "réf. 0678 4512 90"; "rappelez-moi au 06 12 34 56 78" after the word stays a phone, and so does a UK number
    // ("a lot … 0161 496 0753": 11 digits, grouped its own way).
    const reference =
      notPhone !== undefined &&
      (phone === k || (chain.offsets[phone + 1]! - chain.offsets[k]! === 10 && !pairsAfterFirst(chain, k, phone)));
    if (!continues && !reference) return { last: phone, kind: 'phone' };
  }
  return null;
}

/** Groups k+1..last hold two characters each: a phone's typography. */
function pairsAfterFirst(chain: Chain, k: number, last: number): boolean {
  for (let j = k + 1; j <= last; j++) if (chain.offsets[j + 1]! - chain.offsets[j]! !== 2) return false;
  return true;
}

/** Index of the last group of a phone number starting at group k, or -1. */
function nationalPhone(chain: Chain, k: number): number {
  const at = chain.offsets[k]!;
  if (chain.chars.charCodeAt(at) !== 48) return usPhone(chain, k) ? k + 2 : -1;
  const second = chain.chars[at + 1];
  // 00 + country code: 0033 + 9 digits; other countries, 11–17 digits in all up to the end of the chain.
  if (second === '0') {
    if (chain.chars[at + 2] === '0' || chain.offsets[k + 1]! - at < 3) return -1;
    if (chain.chars.startsWith('0033', at)) return span(chain, k, 13);
    const last = chain.count - 1;
    const size = chain.offsets[last + 1]! - at;
    for (let j = k; j <= last; j++) if (chain.paren[j] || chain.odd[j] || (j > k && boxed(chain.seps[j]!))) return -1;
    // Four groups of four ("0045 0012 3456 7890") are a card's or a reference's typography, not a phone's.
    if (last === k + 3 && size === 16 && fourByFour(chain, k)) return -1;
    return size >= 11 && size <= 17 ? last : -1;
  }
  // France: 0 + 9 digits, the second one 1–9.
  const fr = span(chain, k, 10);
  if (fr >= 0) return fr;
  // United Kingdom: 0 + 10 digits; an area code group of 3–5 digits, or one 11-digit mobile number.
  const uk = span(chain, k, 11);
  if (uk < 0 || !'12378'.includes(second ?? '')) return -1;
  const firstSize = chain.offsets[k + 1]! - at;
  return (uk > k ? firstSize >= 3 && firstSize <= 5 : second === '7') ? uk : -1;
}

/** Groups k..k+3 hold four characters each. */
function fourByFour(chain: Chain, k: number): boolean {
  for (let j = k; j < k + 4; j++) if (chain.offsets[j + 1]! - chain.offsets[j]! !== 4) return false;
  return true;
}

/** United States: "415-555-0132", "212.555.0147", "(415) 555-0132"; area code and exchange start with 2–9. */
function usPhone(chain: Chain, k: number): boolean {
  if (k + 2 >= chain.count || chain.odd[k] || chain.odd[k + 1] || chain.odd[k + 2]) return false;
  const size = (j: number) => chain.offsets[j + 1]! - chain.offsets[j]!;
  if (size(k) !== 3 || size(k + 1) !== 3 || size(k + 2) !== 4 || chain.paren[k + 1] || chain.paren[k + 2]) {
    return false;
  }
  if (boxed(chain.seps[k + 1]!) || boxed(chain.seps[k + 2]!)) {
    return false;
  }
  if (chain.chars[chain.offsets[k]!]! < '2' || chain.chars[chain.offsets[k + 1]!]! < '2') return false;
  if (slashed(chain, k, k + 2)) return false;
  if (k + 3 < chain.count && chain.seps[k + 3] === chain.seps[k + 2]) return false;
  return chain.paren[k] ? chain.seps[k + 2] !== 0 : chain.seps[k + 1] === chain.seps[k + 2];
}

/** After '+': +33 and 9 digits ("(0)" allowed); other country codes, 8–15 digits in all. */
function internationalPhone(chain: Chain): number {
  let digits = 0;
  const cc33 = chain.chars.startsWith('33') && !chain.paren[0];
  for (let j = 0; j < chain.count; j++) {
    if (chain.odd[j]) return -1;
    const size = chain.offsets[j + 1]! - chain.offsets[j]!;
    if (chain.paren[j]) {
      if (j === 0 || chain.chars.slice(chain.offsets[j], chain.offsets[j + 1]) !== '0') return -1;
      continue;
    }
    digits += size;
    if (cc33 && digits === 11) return j;
  }
  if (cc33 || chain.chars[0] === '0') return -1;
  return digits >= 8 && digits <= 15 ? chain.count - 1 : -1;
}
