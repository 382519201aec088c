/**
 * Email addresses: found around each '@', expanding over the characters a local part and a domain may hold. Each
 * expansion stops at the previous or next '@', so the whole scan stays linear whatever the input.
 */
import type { PiiFinding } from '../types.ts';
import { EMAIL_WORDS } from './data.ts';
import { roleBits } from './roles.ts';
import { isDigit, isLetter } from './text.ts';
import { wordNorm, type CueHit, type Words } from './words.ts';

const EMAIL_AT = roleBits(['emailAt']);

/** Letters, digits and . _ % + - (local part). */
function isLocal(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/** Letters, digits, '-' and '.' (domain). */
function isDomain(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 45 || c === 46;
}

/** Appends the emails of `text` to `out`. */
export function findEmails(text: string, out: PiiFinding[]): void {
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && at - start < 64 && isLocal(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 46) start++;
    let end = at + 1;
    while (end < text.length && end - at <= 253 && isDomain(text.charCodeAt(end))) end++;
    // Trailing dots and dashes end the sentence, not the address.
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    floor = at + 1;
    if (start === at) continue;
    const domain = text.slice(at + 1, end);
    const dot = domain.lastIndexOf('.');
    if (dot <= 0 || domain.includes('..') || !/^[a-z]{2,24}$/i.test(domain.slice(dot + 1))) continue;
    out.push({ kind: 'email', start, end });
    floor = end;
  }
}

/** Characters allowed between two words of a dictated email: a few spaces (digits too, after the local part). */
function gapIsSpaces(text: string, from: number, to: number, digits: boolean): boolean {
  if (to - from < 1 || to - from > (digits ? 6 : 2)) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && !(digits && isDigit(c))) return false;
  }
  return true;
}

/** Words w and w + 2 are joined by a spoken separator ("point", "tiret") at w + 1. */
function spokenJoin(text: string, words: Words, w: number): boolean {
  const starts = words.starts;
  const ends = words.ends;
  return (
    w >= 0 &&
    w + 2 < words.count &&
    EMAIL_WORDS.has(wordNorm(words, w + 1)) &&
    gapIsSpaces(text, ends[w]!, starts[w + 1]!, true) &&
    gapIsSpaces(text, ends[w + 1]!, starts[w + 2]!, false)
  );
}

/** Most words joined by separators on each side of the spoken "@": bounds the reading of "point point point…". */
const MAX_SPOKEN_PARTS = 4;

/**
 * Dictated emails, as voice typing writes them: "karine point bouvier arobase gmail point com". Starts only at an
 * `emailAt` cue (rare), so texts without one cost nothing more. The domain needs at least one spoken dot and a last
 * word of 2–6 letters; the local part is the word before the cue, with the words joined to it by separators.
 */
export function findSpokenEmails(text: string, words: Words, cues: readonly CueHit[], out: PiiFinding[]): void {
  for (const cue of cues) {
    if (cue.bit !== EMAIL_AT) continue;
    const at = cue.last;
    if (at < 1 || at + 3 >= words.count) continue;
    if (!gapIsSpaces(text, words.ends[at - 1]!, words.starts[at]!, true)) continue;
    if (!gapIsSpaces(text, words.ends[at]!, words.starts[at + 1]!, false)) continue;
    let last = at + 1;
    for (let parts = 0; parts < MAX_SPOKEN_PARTS && spokenJoin(text, words, last); parts++) last += 2;
    const tld = words.ends[last]! - words.starts[last]!;
    if (last === at + 1 || tld < 2 || tld > 6) continue;
    let first = at - 1;
    for (let parts = 0; parts < MAX_SPOKEN_PARTS && spokenJoin(text, words, first - 2); parts++) first -= 2;
    out.push({ kind: 'email', start: words.starts[first]!, end: words.ends[last]! });
  }
}
