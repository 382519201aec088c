/**
 * IBANs: two letters of a registered country, two check digits, then letters and digits in groups ("FR76 3000
 * 6000 0112 3456 7890 189", "GB82 WEST 1234 5698 7654 32", or written without spaces). Flagged only when the
 * length is the country's and the mod-97 check passes; an IBAN-shaped text that fails it is returned as blocked
 * so that no card or phone is read inside it.
 */
import type { PiiFinding } from '../types.ts';
import { IBAN_LENGTHS, isValidIban } from './checksums.ts';
import { isAlnum, isBlank } from './text.ts';

export interface IbanResult {
  readonly found: PiiFinding[];
  readonly blocked: PiiFinding[];
}

/**
 * Two letters then two digits: where an IBAN may start (skipped natively by the regex engine). Also two capitals,
 * one space, two digits ("FR 76 3000 …", as some people split the country code off); such a start is only
 * reported when its check passes, never blocked, since "DE 12" also starts ordinary text.
 */
const IBAN_START = /[A-Za-z]{2}[0-9]{2}|[A-Z]{2}[ \u00a0][0-9]{2}/g;

/** Up to this many spaces between groups (text copied from a PDF doubles them). */
const MAX_BLANKS = 3;

/**
 * Where the next group starts when a separator at `j` leads to a letter or digit: up to three spaces (any of
 * `isBlank`), a dash with optional spaces around it, or one line break with at most two spaces around it (an IBAN
 * wrapped at the end of a line, as pasted from a letter); 0 otherwise.
 */
function nextGroup(text: string, j: number): number {
  const from = j;
  while (j - from < MAX_BLANKS && isBlank(text.charCodeAt(j))) j++;
  let c = text.charCodeAt(j);
  if (c === 45) {
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

export function findIbans(text: string): IbanResult {
  const found: PiiFinding[] = [];
  const blocked: PiiFinding[] = [];
  const n = text.length;
  IBAN_START.lastIndex = 0;
  // test() moves lastIndex past the match without allocating a match array.
  while (IBAN_START.test(text)) {
    const spaced = !isAlnum(text.charCodeAt(IBAN_START.lastIndex - 3));
    const i = IBAN_START.lastIndex - (spaced ? 5 : 4);
    IBAN_START.lastIndex = i + 1;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    const length = IBAN_LENGTHS[text.slice(i, i + 2).toUpperCase()];
    if (!length) continue;
    // Collect letters and digits, allowing a separator (spaces, a dash, a line break) between groups.
    let chars = '';
    let j = i;
    while (j < n && chars.length < length) {
      const c = text.charCodeAt(j);
      if (c < 128 && isAlnum(c)) {
        chars += text[j];
        j++;
      } else {
        const next = j > i ? nextGroup(text, j) : 0;
        if (next === 0) break;
        j = next;
      }
    }
    if (chars.length !== length || (j < n && isAlnum(text.charCodeAt(j)))) continue;
    const valid = isValidIban(chars);
    if (valid) found.push({ kind: 'iban', start: i, end: j });
    else if (!spaced) blocked.push({ kind: 'iban', start: i, end: j });
    else continue;
    IBAN_START.lastIndex = j;
  }
  return { found, blocked };
}
