/**
 * Postal addresses: house number + street type + name in French ("12 rue des Lilas", "4 bis avenue Jean Jaurès"),
 * number + name + type in English ("42 Elm Street"), each optionally followed by a postcode and a city
 * ("69003 Lyon", "Springfield, IL 62704", "Bristol BS3 4AB"). "Lieu-dit Les Granges" needs no number. A street
 * type alone ("rue de la Paix", "au 3e étage") is not an address.
 */
import type { PiiFinding } from '../types.ts';
import {
  MONTHS,
  NAME_PARTICLES,
  NOT_SURNAME,
  STREET_AFTER,
  STREET_BEFORE,
  STREET_BEFORE_CAPITALISED,
  knownWords,
  lookupHashed,
} from './data.ts';
import {
  HASH_SEED,
  LETTER_LIMIT,
  STEP_ADD,
  STEP_MUL,
  WORD_FILTER_BITS,
  fillWordTables,
  isAlnum,
  isApostrophe,
  isDigit,
  isHyphen,
  isLetter,
  isSpace,
  isUpper,
  skipSpaces,
} from './text.ts';
import { foldCode } from '../text/fold.ts';
import { NUMBER_SUFFIXES, STREET_START, wordLists, type CueHit, type Words } from './words.ts';

interface Token {
  readonly start: number;
  readonly end: number;
  /** Folded text, hyphens and apostrophes kept as spaces ("lieu-dit" → "lieu dit"). */
  readonly norm: string;
  readonly upper: boolean;
}

/** A word at i, letters joined by inner hyphens or apostrophes ("Saint-Martin", "l'Église"); null if none. */
function tokenAt(text: string, i: number): Token | null {
  const first = text.charCodeAt(i);
  if (!isLetter(first)) return null;
  fillWordTables();
  const n = text.length;
  let end = i;
  // The word filter's hash of a single word, computed while finding its end (one pass over its letters, not three).
  let h = HASH_SEED;
  let single = true;
  // Bounded: a street or city word is short, and an endless hyphenated run must not be read again and again.
  for (;;) {
    while (end < n && end - i < 64) {
      const c = text.charCodeAt(end);
      const mul = c < LETTER_LIMIT ? STEP_MUL[c]! : 0;
      if (mul === 0) break;
      h = (Math.imul(h, mul) + STEP_ADD[c]!) | 0;
      end++;
    }
    const c = text.charCodeAt(end);
    if (end - i < 64 && (isHyphen(c) || isApostrophe(c)) && isLetter(text.charCodeAt(end + 1))) {
      end++;
      single = false;
    } else break;
  }
  if (isLetter(text.charCodeAt(end))) return null;
  // Hyphenated tokens ("lieu-dit", "Saint-Martin") are rare: fold them; single words go through the word filter.
  const norm = single ? lookupHashed(text, i, end, h & (WORD_FILTER_BITS - 1)) : foldJoined(text, i, end);
  return { start: i, end, norm, upper: isUpper(first) };
}

/**
 * `fold(text.slice(start, end))` with hyphens and apostrophes as spaces, in one pass (the token holds only letters,
 * hyphens and apostrophes, and folding never produces a hyphen or an apostrophe).
 */
function foldJoined(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    out += isHyphen(c) || isApostrophe(c) ? ' ' : foldCode(c);
  }
  return out;
}

/** Next token after one or two spaces, or null. */
function nextToken(text: string, t: Token): Token | null {
  const p = skipSpaces(text, t.end, 2);
  return p > t.end ? tokenAt(text, p) : null;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** "5th", "42nd", "1st" at p: the name of a numbered street ("330 W 42nd St", "12 5th Avenue"), or null. */
function ordinalAt(text: string, p: number): Token | null {
  let e = p;
  while (e - p < 3 && isDigit(text.charCodeAt(e))) e++;
  if (e === p || !ORDINAL_SUFFIXES.has(text.slice(e, e + 2).toLowerCase()) || isAlnum(text.charCodeAt(e + 2))) {
    return null;
  }
  return { start: p, end: e + 2, norm: '', upper: true };
}

/** The English street word after `t`: a token or a numbered street's ordinal. */
function nextStreetWord(text: string, t: Token): Token | null {
  const p = skipSpaces(text, t.end, 2);
  return p > t.end ? (tokenAt(text, p) ?? ordinalAt(text, p)) : null;
}

/** Lowercase words that belong to a street name ("de la", "des"). */
function isParticle(norm: string): boolean {
  return NAME_PARTICLES.has(norm) || norm === 'l' || norm === 'au' || norm === 'aux';
}

/** End of "8 Mai 1945", "11 Novembre", "1er Mai" at p (a day, a month, an optional year), or -1. */
function dateNameEnd(text: string, p: number): number {
  let e = p;
  while (e - p < 2 && isDigit(text.charCodeAt(e))) e++;
  if (isDigit(text.charCodeAt(e))) return -1;
  if (text.slice(e, e + 2).toLowerCase() === 'er') e += 2;
  const q = skipSpaces(text, e, 1);
  const m = q > e ? tokenAt(text, q) : null;
  if (!m || !MONTHS.has(m.norm)) return -1;
  const y = skipSpaces(text, m.end, 1);
  let ye = y;
  while (ye - y < 4 && isDigit(text.charCodeAt(ye))) ye++;
  return y > m.end && ye - y === 4 && !isAlnum(text.charCodeAt(ye)) ? ye : m.end;
}

/** End of a French street name after its type, or -1 ("des Lilas", "du Général Leclerc", "victor hugo"). */
function frenchName(text: string, from: number, capitalised: boolean): number {
  let p = skipSpaces(text, from);
  if (p === from && !isApostrophe(text.charCodeAt(from - 1))) return -1;
  let end = -1;
  let first = true;
  for (let count = 0; count < 7; count++) {
    const t = tokenAt(text, p);
    if (!t) {
      // "rue du 8 Mai 1945", "place du 11 Novembre", "avenue du 1er Mai": a date names the street.
      const date = isDigit(text.charCodeAt(p)) ? dateNameEnd(text, p) : -1;
      if (date > 0) end = date;
      break;
    }
    const words = t.norm.split(' ');
    // "l'Église", "d'Arc": an elided article's word carries the capital.
    const elided =
      words.length > 1 && (words[0] === 'l' || words[0] === 'd') && isApostrophe(text.charCodeAt(t.start + 1));
    const upper = elided ? isUpper(text.charCodeAt(t.start + 2)) : t.upper;
    if (isParticle(words[0]!) && words.length === 1) {
      // A particle only counts if a name follows it.
    } else if (!upper && NOT_SURNAME.has(elided ? words[1]! : words[0]!)) break;
    else {
      if (first && capitalised && !upper) return -1;
      first = false;
      end = t.end;
    }
    // "de l'Église": the elided article is part of the token.
    const q = skipSpaces(text, t.end, 2);
    if (q === t.end) break;
    p = q;
  }
  return end;
}

const CITY_LINKS = new Set(['en', 'sur', 'sous', 'les', 'le', 'la', 'de', 'du', 'des', 'aux', 'l', 'd']);
/** Compass points before an English street name ("1450 N. Oak Ave", "12 SW Pine St", "300 East Main Street"). */
const DIRECTIONS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);
knownWords([...CITY_LINKS, ...NUMBER_SUFFIXES, ...DIRECTIONS, 'l', 'au', 'aux', 'r']);

/** End of ", 69003 Lyon" / " 75011 paris" / ", 97400 Saint-Denis" after a street name, or `from`. */
function frenchPostcode(text: string, from: number): number {
  let p = from;
  if (text.charCodeAt(p) === 44) p++;
  p = skipSpaces(text, p);
  let e = p;
  while (isDigit(text.charCodeAt(e))) e++;
  if (e - p !== 5 || isAlnum(text.charCodeAt(e)) || text.slice(p, p + 2) === '00') return from;
  let t = tokenAt(text, skipSpaces(text, e));
  if (!t || t.start === e) return from;
  let end = t.end;
  // More city words only when capitalised ("Le Havre", "CEDEX"), or joined by "en", "sur"… in the same case as the
  // city ("aix en provence", "Châlons en Champagne"); not the rest of the sentence.
  for (let next = nextToken(text, t); next; next = nextToken(text, t)) {
    const after = CITY_LINKS.has(next.norm) ? nextToken(text, next) : null;
    if (after && after.upper === t.upper) t = after;
    else if (next.upper && !NOT_SURNAME.has(next.norm)) t = next;
    else break;
    end = t.end;
  }
  return end;
}

/** US state + ZIP (", IL 62704"), a US state alone (" TX"), or UK postcode (" BS3 4AB") at p; end or -1. */
function englishPostcode(text: string, p: number): number {
  const m = /^(?:,? [A-Z]{2} \d{5}(?:-\d{4})?|,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|,? [A-Z]{2})(?![\w])/.exec(
    text.slice(p, p + 16),
  );
  if (!m) return -1;
  // A bare two-letter code ("Austin TX", "Portland, OR") is a state only if it is one: "Boston MA", not "Paris EN".
  const code = m[0].replace(/^,? /, '');
  return code.length > 2 || US_STATES.has(code) ? p + m[0].length : -1;
}

/** The USPS codes of the states and DC, for a city followed by its state without a ZIP code. */
const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR ' +
    'PA RI SC SD TN TX UT VT VA WA WV WI WY'
  ).split(' '),
);

/** ", Apt 3B, Austin, TX 78701" / ", Bristol BS3 4AB" after an English street, or `from`. */
function englishCity(text: string, from: number): number {
  let p = from;
  const unit = /^, (?:Apt|Apartment|Flat|Suite|Unit)\.? \w{1,5}/i.exec(text.slice(p, p + 20));
  if (unit) p += unit[0].length;
  if (text.charCodeAt(p) !== 44) return from;
  let t = tokenAt(text, skipSpaces(text, p + 1));
  if (!t || !t.upper) return from;
  for (let words = 0; words < 3; words++) {
    const end = englishPostcode(text, t.end);
    if (end > 0) return end;
    const next = nextToken(text, t);
    if (!next || !next.upper) break;
    t = next;
  }
  return from;
}

/** The address starting with the house number at i, or null. */
function addressAt(text: string, i: number, words: Words): PiiFinding | null {
  let p = i;
  while (isDigit(text.charCodeAt(p))) p++;
  if (p - i > 4) return null;
  // "221B", "12b": one letter glued to the number.
  if (isLetter(text.charCodeAt(p)) && !isLetter(text.charCodeAt(p + 1))) p++;
  if (isAlnum(text.charCodeAt(p))) return null;
  let after = p;
  if (text.charCodeAt(after) === 44) after++;
  const q = skipSpaces(text, after);
  if (lowercaseNonStreet(text, q, words)) return null;
  let t = tokenAt(text, q) ?? ordinalAt(text, q);
  if (!t || t.start === after) return null;
  if (NUMBER_SUFFIXES.includes(t.norm)) {
    after = t.end;
    if (text.charCodeAt(after) === 44) after++;
    t = tokenAt(text, skipSpaces(text, after));
    if (!t || t.start === after) return null;
  }
  // "5 r. de la Paix": "r" with its dot is "rue" when a capitalised name or "de / du / des…" follows (checked by
  // frenchName with `capitalised`, which skips particles); a bare "r" ("3 r", "2 r et 1 v") is too common.
  if (t.norm === 'r' && text.charCodeAt(t.end) === 46) {
    const end = frenchName(text, t.end + 1, true);
    return end > 0 ? { kind: 'address', start: i, end: frenchPostcode(text, end) } : null;
  }
  // French: type then name.
  const before = STREET_BEFORE.has(t.norm);
  if (before || STREET_BEFORE_CAPITALISED.has(t.norm)) {
    const typeEnd = text.charCodeAt(t.end) === 46 ? t.end + 1 : t.end;
    const end = frenchName(text, typeEnd, !before);
    if (end > 0) return { kind: 'address', start: i, end: frenchPostcode(text, end) };
  }
  // English: capitalised name (or "5th") then type.
  let name: Token | null = t;
  // An abbreviated compass point ("N.") needs a name after it: "3 E. Street food" is no address, "12 West Street" is.
  let abbreviated = false;
  for (let count = 0; name && count < 4; count++) {
    if (count > (abbreviated ? 1 : 0) && STREET_AFTER.has(name.norm)) {
      const end = text.charCodeAt(name.end) === 46 ? name.end + 1 : name.end;
      return { kind: 'address', start: i, end: englishCity(text, end) };
    }
    // "N. Oak Ave", "E Main St": a compass point (its dot too) may come first; "N" or "E" is no surname.
    const direction = count === 0 && name.upper && DIRECTIONS.has(name.norm);
    if (!direction && (!name.upper || NOT_SURNAME.has(name.norm))) break;
    abbreviated = direction && text.charCodeAt(name.end) === 46;
    name = nextStreetWord(text, abbreviated ? { ...name, end: name.end + 1 } : name);
  }
  return null;
}

/** The next word `findAddresses` may ask about (words are asked in text order). */
const CURSOR = { word: 0 };

/**
 * The word at `q` is a lowercase single word that starts no street ("12 ans", "500 mg", "3 jours"): `addressAt` then
 * finds nothing (a lowercase word is no English street name), and is spared the word's reading and lookups, by the
 * word pass's id (most numbers followed by a word are such).
 */
function lowercaseNonStreet(text: string, q: number, words: Words): boolean {
  let w = CURSOR.word;
  while (w < words.count && words.starts[w]! < q) w++;
  CURSOR.word = w;
  if (w === words.count || words.starts[w]! !== q || isUpper(text.charCodeAt(q))) return false;
  // Joined words ("lieu-dit") are read as one token by `tokenAt`.
  const c = text.charCodeAt(words.ends[w]!);
  return !isHyphen(c) && !isApostrophe(c) && wordLists(words, w, STREET_START) === 0;
}

/**
 * A street without a house number, then a postcode and a city ("Chemin de la Croix, 71250 Cluny", "route de Paris
 * 89100 Sens"), as rural addresses are written: the postcode at i (five digits) is read back to the street type
 * that starts the name before it (at most 64 characters back). Null when there is none.
 */
function streetBeforePostcode(text: string, i: number): PiiFinding | null {
  let nameEnd = i;
  while (nameEnd > 0 && isSpace(text.charCodeAt(nameEnd - 1)) && i - nameEnd < 3) nameEnd--;
  if (text.charCodeAt(nameEnd - 1) === 44) nameEnd--;
  if (nameEnd === i || !isLetter(text.charCodeAt(nameEnd - 1))) return null;
  for (let k = nameEnd - 1; k >= 0 && nameEnd - k <= 64; k--) {
    const c = text.charCodeAt(k);
    // A sentence or a number before the type: no street here (a numbered one was read forward).
    if (c === 46 || c === 33 || c === 63 || c === 59 || isDigit(c)) return null;
    if (!isLetter(c) || (k > 0 && (isLetter(text.charCodeAt(k - 1)) || isApostrophe(text.charCodeAt(k - 1))))) continue;
    const t = tokenAt(text, k);
    if (!t) continue;
    const before = STREET_BEFORE.has(t.norm);
    if (!before && !STREET_BEFORE_CAPITALISED.has(t.norm)) continue;
    const typeEnd = text.charCodeAt(t.end) === 46 ? t.end + 1 : t.end;
    // The type itself is capitalised for a type that is also a common word ("Place du Marché", not "place de").
    if (!before && !t.upper) continue;
    if (frenchName(text, typeEnd, !before) !== nameEnd) return null;
    const postcodeEnd = frenchPostcode(text, nameEnd);
    return postcodeEnd > i ? { kind: 'address', start: k, end: postcodeEnd } : null;
  }
  return null;
}

/**
 * Addresses, at each house number (the runs of digits noted by the word pass, `DigitRuns`: no search of the text
 * again), plus rural ones after "lieu-dit" / "hameau".
 */
export function findAddresses(text: string, words: Words, cues: readonly CueHit[], out: PiiFinding[]): void {
  const { runCount, runStarts, runEnds } = words;
  CURSOR.word = 0;
  // Where to look for the next house number (past the last run, or the last address read), and the first run of
  // digits that may hold it.
  let from = 0;
  let r = 0;
  for (;;) {
    while (r < runCount && runEnds[r]! <= from) r++;
    if (r === runCount) break;
    const i = Math.max(runStarts[r]!, from);
    const end = runEnds[r]!;
    from = end;
    const previous = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (end - i === 5) {
      const found = streetBeforePostcode(text, i);
      if (found) {
        out.push(found);
        from = found.end;
      }
      continue;
    }
    // A house number has at most four digits and starts a phrase: after a space, '(', a line break or ':'.
    if (end - i > 4 || !(isSpace(previous) || previous === 40 || previous === 10 || previous === 58)) continue;
    // Then a word within a few characters ("12 rue", "12, rue", "4 bis", "221B Baker"), or nothing to do.
    if (!isLetter(text.charCodeAt(end + 1)) && !isLetter(text.charCodeAt(end + 2)) && !isLetter(text.charCodeAt(end))) {
      continue;
    }
    const found = addressAt(text, i, words);
    if (found) {
      out.push(found);
      from = found.end;
    }
  }
  for (const cue of cues) {
    if (cue.role !== 'streetNoNumber') continue;
    const end = frenchName(text, cue.end, true);
    if (end > 0) out.push({ kind: 'address', start: cue.start, end: frenchPostcode(text, end) });
  }
}
