/**
 * Birth dates: a date right after a birth cue ("née le 1er mars 1954", "DDN : 04.11.1987", "born on March 12,
 * 2019"). A date without a cue (appointment, prescription, symptom onset) and a year alone are not flagged.
 */
import type { PiiFinding, Span } from '../types.ts';
import {
  AMBIGUOUS_FIRST_NAMES,
  BIRTH_NOT,
  FIRST_NAMES,
  MONTHS,
  NAME_HEADERS,
  WEEKDAYS,
  knownWords,
  lookupWord,
} from './data.ts';
import { fold, isDigit, isLetter, isSpace, isUpper, letterRunEnd, skipSpaces } from './text.ts';
import type { CueHit } from './words.ts';

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function num(text: string, from: number, to: number): number {
  return Number(text.slice(from, to));
}

/** Civil titles before a name in a cell, folded. */
const CELL_TITLES = new Set(['m', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'madame', 'monsieur', 'mademoiselle', 'miss']);

/** What a table's name cell may hold that is not a name. */
const NAME_PLACEHOLDERS = new Set(['nom', 'name', 'inconnu', 'unknown', 'anonyme', 'n/a', 'na']);

/** End of a month name (and its abbreviation dot) at i, or -1. */
function monthEnd(text: string, i: number): number {
  const end = letterRunEnd(text, i);
  if (end === i || !MONTHS.has(lookupWord(text, i, end))) return -1;
  return text.charCodeAt(end) === 46 ? end + 1 : end;
}

/** End of a year (4 digits 1880–2099, or 2 digits) at i, not followed by a digit; or -1. */
function yearEnd(text: string, i: number, twoDigits: boolean): number {
  const end = digitsEnd(text, i);
  if (end - i === 4) {
    const year = num(text, i, end);
    return year >= 1880 && year <= 2099 ? end : -1;
  }
  return twoDigits && end - i === 2 ? end : -1;
}

/** End of an ordinal suffix after a day number ("1er", "2nd", "12th", "3e"), or `i` when there is none. */
function ordinalEnd(text: string, i: number): number {
  const end = letterRunEnd(text, i);
  const suffix = fold(text.slice(i, end));
  return ['er', 're', 'e', 'eme', 'st', 'nd', 'rd', 'th'].includes(suffix) ? end : end === i ? i : -1;
}

/** "1990 05 23" or "23 05 1990" at p (the first group ends at e1, before one space); null otherwise. */
function spacedDate(text: string, p: number, e1: number): Span | null {
  const e2 = digitsEnd(text, e1 + 1);
  if (e2 - e1 - 1 !== 2 || text.charCodeAt(e2) !== 32) return null;
  const e3 = digitsEnd(text, e2 + 1);
  const middle = num(text, e1 + 1, e2);
  if (e1 - p === 4 && e3 - e2 - 1 === 2) {
    const [y, d] = [num(text, p, e1), num(text, e2 + 1, e3)];
    return y >= 1880 && y <= 2099 && middle >= 1 && middle <= 12 && d >= 1 && d <= 31 ? { start: p, end: e3 } : null;
  }
  if (e1 - p === 2 && e3 - e2 - 1 === 4) {
    const [d, y] = [num(text, p, e1), num(text, e2 + 1, e3)];
    return y >= 1880 && y <= 2099 && middle >= 1 && middle <= 12 && d >= 1 && d <= 31 ? { start: p, end: e3 } : null;
  }
  return null;
}

/**
 * "02 / 09 / 1957", "02 - 09 - 57": day, month and year with a spaced '/', '-' or '.' between them, as a form's
 * boxes are copied (the first group ends at e1, before the space); null otherwise.
 */
function aeratedDate(text: string, p: number, e1: number): Span | null {
  const sep = text.charCodeAt(e1 + 1);
  if (e1 - p > 2 || !(sep === 47 || sep === 45 || sep === 46) || text.charCodeAt(e1 + 2) !== 32) return null;
  const e2 = digitsEnd(text, e1 + 3);
  if (e2 - e1 - 3 < 1 || e2 - e1 - 3 > 2) return null;
  if (text.charCodeAt(e2) !== 32 || text.charCodeAt(e2 + 1) !== sep || text.charCodeAt(e2 + 2) !== 32) return null;
  const end = yearEnd(text, e2 + 3, true);
  const [day, month] = [num(text, p, e1), num(text, e1 + 3, e2)];
  const valid = day >= 1 && month >= 1 && ((day <= 31 && month <= 12) || (day <= 12 && month <= 31));
  return end > 0 && valid ? { start: p, end } : null;
}

/**
 * The date written at `p`: 12/03/1954, 12-03-54, 12.03.1954, 1954-03-12, 1954 03 12, 12-Mar-1954, 12 mars 1954, 1er mars 1954,
 * March 12, 1954, 12th of March 1954; with `monthYear`, also "mars 1962". Null when there is none.
 */
export function dateAt(text: string, p: number, monthYear: boolean): Span | null {
  const c = text.charCodeAt(p);
  if (isDigit(c)) {
    const e1 = digitsEnd(text, p);
    const sep = text.charCodeAt(e1);
    // / - . and the dashes word processors and phones substitute for '-' (en dash, Unicode and no-break hyphens).
    const numeric = sep === 47 || sep === 45 || sep === 46 || sep === 0x2013 || sep === 0x2010 || sep === 0x2011;
    // "DOB: 1990 05 23", "née le 23 05 1990": groups of two digits separated by one space (after a birth cue
    // only: this reader never runs elsewhere).
    if (sep === 32) {
      const spaced = spacedDate(text, p, e1) ?? aeratedDate(text, p, e1);
      if (spaced) return spaced;
    }
    if (e1 - p === 4 && numeric) {
      const e2 = digitsEnd(text, e1 + 1);
      const e3 = text.charCodeAt(e2) === sep ? digitsEnd(text, e2 + 1) : -1;
      if (e2 - e1 - 1 < 1 || e2 - e1 - 1 > 2 || e3 - e2 - 1 < 1 || e3 - e2 - 1 > 2) return null;
      const [y, m, d] = [num(text, p, e1), num(text, e1 + 1, e2), num(text, e2 + 1, e3)];
      return y >= 1880 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { start: p, end: e3 } : null;
    }
    if (e1 - p > 2) return null;
    const day = num(text, p, e1);
    // "23-May-1990", "23/mai/1990": a written month between two separators.
    if (numeric && isLetter(text.charCodeAt(e1 + 1))) {
      const m = monthEnd(text, e1 + 1);
      if (m < 0 || text.charCodeAt(m) !== sep || day < 1 || day > 31) return null;
      const end = yearEnd(text, m + 1, true);
      return end > 0 ? { start: p, end } : null;
    }
    if (numeric) {
      const e2 = digitsEnd(text, e1 + 1);
      if (e2 - e1 - 1 < 1 || e2 - e1 - 1 > 2 || text.charCodeAt(e2) !== sep) return null;
      const end = yearEnd(text, e2 + 1, true);
      const month = num(text, e1 + 1, e2);
      const valid = day >= 1 && month >= 1 && ((day <= 31 && month <= 12) || (day <= 12 && month <= 31));
      return end > 0 && valid ? { start: p, end } : null;
    }
    // Written month: "12 mars 1954", "1er mars 1954", "12th of March 1954".
    let q = ordinalEnd(text, e1);
    if (q < 0 || day < 1 || day > 31) return null;
    q = skipSpaces(text, q);
    if (fold(text.slice(q, q + 3)) === 'of ') q = skipSpaces(text, q + 3);
    const m = monthEnd(text, q);
    if (m < 0) return null;
    let y = skipSpaces(text, m);
    if (text.charCodeAt(y) === 44) y = skipSpaces(text, y + 1);
    if (y === m) return null;
    const end = yearEnd(text, y, true);
    return end > 0 ? { start: p, end } : null;
  }
  if (!isLetter(c)) return null;
  // "March 12, 1954", "March 12th 1954", and "mars 1962" (month and year) after some cues.
  const m = monthEnd(text, p);
  if (m < 0) return null;
  const q = skipSpaces(text, m);
  if (q === m) return null;
  const e1 = digitsEnd(text, q);
  if (e1 - q >= 1 && e1 - q <= 2) {
    const day = num(text, q, e1);
    let y = ordinalEnd(text, e1);
    if (y < 0 || day < 1 || day > 31) return null;
    if (text.charCodeAt(y) === 44) y++;
    const ys = skipSpaces(text, y);
    const end = ys > y || text.charCodeAt(y - 1) === 44 ? yearEnd(text, ys, false) : -1;
    return end > 0 ? { start: p, end } : null;
  }
  const end = monthYear ? yearEnd(text, q, false) : -1;
  return end > 0 ? { start: p, end } : null;
}

/** Punctuation allowed between a birth cue and its date: spaces, ':', dashes, '=', ',', parentheses, quotes. */
function isFiller(c: number): boolean {
  return (
    isSpace(c) ||
    c === 58 ||
    c === 45 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 61 ||
    c === 44 ||
    c === 40 ||
    c === 41 ||
    c === 34 ||
    c === 0xab ||
    c === 0xbb
  );
}

const BIRTHPLACE_LINKS = new Set(['a', 'in', 'at']);
const DATE_LINKS = new Set(['le', 'on']);
knownWords([...BIRTHPLACE_LINKS, ...DATE_LINKS]);

/**
 * "né à Oran le 12 juin 1942", "born in Leeds on 3 May 1950": after "à" / "in", a capitalised place of at most four
 * words ("Saint-Denis", "Aix-en-Provence", "La Roche sur Yon"), then "le" / "on"; where the date starts, or -1.
 */
function afterBirthplace(text: string, p: number): number {
  let end = letterRunEnd(text, p);
  if (!BIRTHPLACE_LINKS.has(lookupWord(text, p, end))) return -1;
  for (let words = 0; words <= 4; words++) {
    let q = end;
    while (q - end < 2 && (isSpace(text.charCodeAt(q)) || text.charCodeAt(q) === 44)) q++;
    if (q === end) return -1;
    // A place word: letters joined by hyphens or apostrophes ("Aix-en-Provence", "L'Haÿ").
    end = letterRunEnd(text, q);
    if (end === q) return -1;
    const word = lookupWord(text, q, end);
    if (words > 0 && DATE_LINKS.has(word)) return skipSpaces(text, end);
    if (words === 0 && !isUpper(text.charCodeAt(q))) return -1;
    while ((text.charCodeAt(end) === 45 || text.charCodeAt(end) === 39) && isLetter(text.charCodeAt(end + 1))) {
      end = letterRunEnd(text, end + 1);
    }
  }
  return -1;
}

/** The date right after a cue ("né le …", "born …"), a weekday and punctuation allowed before it. */
function dateNext(text: string, from: number, monthYear: boolean): Span | null {
  let p = from;
  while (p - from < 4 && isFiller(text.charCodeAt(p))) p++;
  // A word here starts a date only as a month, a birthplace's "à" / "in" or a weekday: one lookup of it for the three
  // tests below, which each looked it up again. Most birth cues are French negations ("ne répond pas" for "né"): the
  // three lookups were ~1 % of `findPii` in Node.
  if (isLetter(text.charCodeAt(p))) {
    const word = lookupWord(text, p, letterRunEnd(text, p));
    if (!MONTHS.has(word) && !BIRTHPLACE_LINKS.has(word) && !WEEKDAYS.has(word)) return null;
  }
  const date = dateAt(text, p, monthYear);
  if (date || !isLetter(text.charCodeAt(p))) return date;
  const placed = afterBirthplace(text, p);
  if (placed > 0) return dateAt(text, placed, false);
  // "née le lundi 3 mars 1950", "born on Friday, 13 June 1980".
  const end = letterRunEnd(text, p);
  if (!WEEKDAYS.has(lookupWord(text, p, end))) return null;
  p = end;
  while (p - end < 3 && isFiller(text.charCodeAt(p))) p++;
  return dateAt(text, p, monthYear);
}

/** The date after a cue that expects one within a few words ("date de naissance de mon fils : 23-06-2021"). */
function dateAfter(text: string, from: number): Span | null {
  // Every date holds a digit: without one before the end of the sentence, there is nothing to read.
  const stop = Math.min(text.length, from + 48);
  let digit = from;
  for (let c = text.charCodeAt(digit); digit < stop && !isDigit(c); c = text.charCodeAt(++digit)) {
    if (c === 46 && digit > from + 1) return null;
    if (c === 33 || c === 63 || c === 10 || c === 59) return null;
  }
  if (digit >= stop) return null;
  let words = 0;
  // The abbreviation dot of "D.N." or "d.o.b." belongs to the cue.
  let i = text.charCodeAt(from) === 46 ? from + 1 : from;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (isFiller(c)) i++;
    else if (isDigit(c)) return dateAt(text, i, true);
    else if (isLetter(c)) {
      const end = letterRunEnd(text, i);
      const word = lookupWord(text, i, end);
      // A date starting with a letter starts with a month (`dateAt`): the word is looked up once for both tests.
      const date = MONTHS.has(word) ? dateAt(text, i, true) : null;
      if (date) return date;
      if (BIRTH_NOT.has(word) || ++words > 4) return null;
      i = end;
      // An apostrophe inside a word ("l'enfant") joins it to the next word.
      if (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) i++;
    } else return null;
  }
  return null;
}

/** Appends the birth dates of `text` to `out`. */
export function findBirthdates(text: string, cues: readonly CueHit[], out: PiiFinding[]): void {
  let headers = 0;
  for (const cue of cues) {
    const role = cue.role;
    if (role !== 'birthCue' && role !== 'birthCueNext' && role !== 'birthCueMonth') continue;
    const date = role === 'birthCue' ? dateAfter(text, cue.end) : dateNext(text, cue.end, role === 'birthCueMonth');
    if (date) out.push({ kind: 'birthdate', ...date });
    else if (headers < MAX_HEADERS && columnDates(text, cue.start, cue.end, out)) headers++;
  }
}

/**
 * Rows of a table read under a birth-date header, characters read per row, and headers read per message: the work
 * stays bounded whatever the input ("| DDN | DDN | …" repeated).
 */
const MAX_ROWS = 8;
const MAX_ROW_CHARS = 300;
const MAX_HEADERS = 8;

/**
 * A birth cue heading a table's column ("| Nom | Prénom | DDN | Tél |", or tab-separated): the date in the same
 * column of each of the rows below (a markdown separator row `|---|` is skipped), as a form or a spreadsheet is
 * pasted. Runs only when the cue is followed by its cell separator (or ends a tab-separated header); returns
 * whether it read rows.
 */
function columnDates(text: string, start: number, end: number, out: PiiFinding[]): boolean {
  let p = end;
  while (p - end < 3 && text.charCodeAt(p) === 32) p++;
  let sep = text.charCodeAt(p);
  // The last column of a tab- or semicolon-separated header: the separator is before the cue.
  if (sep === 10 || sep === 13) sep = text.charCodeAt(start - 1);
  // Cells: markdown `|`, tabs, and the `;` of a CSV exported by a French spreadsheet ("nom;prenom;ddn;tel").
  if (sep !== 124 && sep !== 9 && sep !== 59) return false;
  // The cue's column: separators between the line's start and the cue (bounded by the row size).
  let column = 0;
  let i = end - 1;
  for (; i >= 0 && end - i < MAX_ROW_CHARS; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === sep) column++;
  }
  if (i >= 0 && text.charCodeAt(i) !== 10) return false;
  const nameColumn = nameHeader(text, i + 1, sep);
  const last = Math.max(column, nameColumn);
  // A markdown row starts with '|': that separator opens the row and is counted in every row alike.
  let row = text.indexOf('\n', p);
  for (let rows = 0; row >= 0 && rows < MAX_ROWS; rows++) {
    const from = row + 1;
    let q = from;
    let seen = 0;
    let nameCell = nameColumn === 0 ? from : -1;
    const limit = Math.min(text.length, from + MAX_ROW_CHARS);
    while (q < limit && seen < last) {
      const c = text.charCodeAt(q);
      if (c === 10) break;
      q++;
      if (c === sep && ++seen === nameColumn) nameCell = q;
    }
    // A row without the table's cells ends it ("Please tell me…" below the table).
    if (seen < last) return true;
    // The name's cell may lie before or after the date's: read to the later of the two, then come back.
    if (column < last) {
      q = from;
      seen = 0;
      while (q < limit && seen < column && text.charCodeAt(q) !== 10) if (text.charCodeAt(q++) === sep) seen++;
    }
    if (seen < column || q >= limit || text.charCodeAt(q) === 10) return true;
    if (rows === 0 && text.charCodeAt(q) === 45) {
      row = text.indexOf('\n', q);
      continue;
    }
    while (q < limit && text.charCodeAt(q) === 32) q++;
    const date = dateAt(text, q, false);
    if (date) out.push({ kind: 'birthdate', ...date });
    // Only a row with a birth date names a person ("PARACÉTAMOL;—;500 mg" under "Nom;Né le" does not).
    if (date && nameCell >= 0) nameInCell(text, nameCell, sep, out);
    row = text.indexOf('\n', q);
  }
  return true;
}

/**
 * The column of a name header ("Nom", "Name", "Patient", `nameColumn` in content/pii/cues.yaml) in the header row
 * starting at `from`, or -1. Read only for a table that has a birth-date column, and its cells only in the rows
 * holding a birth date: a name with a birth date identifies a person, and tables without one cost nothing here.
 */
function nameHeader(text: string, from: number, sep: number): number {
  let cell = from;
  for (let column = 0; column < 16; column++) {
    let end = cell;
    while (end < text.length && end - from < MAX_ROW_CHARS) {
      const c = text.charCodeAt(end);
      if (c === sep || c === 10 || c === 13) break;
      end++;
    }
    if (NAME_HEADERS.has(fold(text.slice(cell, end)).trim())) return column;
    if (text.charCodeAt(end) !== sep) return -1;
    cell = end + 1;
  }
  return -1;
}

/** Letters of a name in a cell, with the spaces, hyphens, apostrophes and dots between its words. */
function nameChar(c: number): boolean {
  return isLetter(c) || c === 32 || c === 45 || c === 39 || c === 0x2019 || c === 46;
}

/**
 * The name in a table's name cell ("DE LA TOUR", "Moreau", "M. ROBERT Gilles"): capitalised, letters and name
 * punctuation only, two letters or more, up to the cell's end; a placeholder ("XXX", "[NOM]"), a title or a first
 * name alone is not a name.
 */
function nameInCell(text: string, cell: number, sep: number, out: PiiFinding[]): void {
  let start = skipSpaces(text, cell);
  let end = start;
  while (end < text.length && end - start <= 60 && nameChar(text.charCodeAt(end))) end++;
  const after = text.charCodeAt(end);
  if (end < text.length && after !== sep && after !== 10 && after !== 13) return;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  // A civil title is not part of the name ("M. ROBERT Gilles").
  const word = letterRunEnd(text, start);
  if (CELL_TITLES.has(fold(text.slice(start, word)))) {
    const next = skipSpaces(text, text.charCodeAt(word) === 46 ? word + 1 : word);
    if (next > word && next < end) start = next;
  }
  if (end - start < 2 || !isUpper(text.charCodeAt(start))) return;
  const folded = fold(text.slice(start, end));
  if (NAME_PLACEHOLDERS.has(folded) || CELL_TITLES.has(folded) || /^x+$/.test(folded)) return;
  // A first name alone is no name, as after "Nom :" ("| Léa | 17/03/2016 |").
  if (FIRST_NAMES.has(folded) || AMBIGUOUS_FIRST_NAMES.has(folded)) return;
  out.push({ kind: 'person_name', start, end });
}
