/**
 * IBANs: two letters of a registered country, two check digits, then letters and digits in groups ("FR76 3000
 * 6000 0112 3456 7890 189", "GB82 WEST 1234 5698 7654 32", or written without spaces). Flagged only when the
 * length is the country's and the mod-97 check passes; an IBAN-shaped text that fails it is returned as blocked
 * so that no card or phone is read inside it.
 */
import type { PiiFinding } from '../types.ts';
import { IBAN_LENGTHS, isValidIban } from './checksums.ts';
import { isAlnum } from './text.ts';

export interface IbanResult {
  readonly found: PiiFinding[];
  readonly blocked: PiiFinding[];
}

/** Two letters then two digits: where an IBAN may start (skipped natively by the regex engine). */
const IBAN_START = /[A-Za-z]{2}[0-9]{2}/g;

export function findIbans(text: string): IbanResult {
  const found: PiiFinding[] = [];
  const blocked: PiiFinding[] = [];
  const n = text.length;
  IBAN_START.lastIndex = 0;
  // test() moves lastIndex past the match without allocating a match array.
  while (IBAN_START.test(text)) {
    const i = IBAN_START.lastIndex - 4;
    IBAN_START.lastIndex = i + 1;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    const length = IBAN_LENGTHS[text.slice(i, i + 2).toUpperCase()];
    if (!length) continue;
    // Collect letters and digits, allowing one space (or no-break space, or dash) between groups.
    let chars = '';
    let j = i;
    while (j < n && chars.length < length) {
      const c = text.charCodeAt(j);
      if (c < 128 && isAlnum(c)) {
        chars += text[j];
        j++;
      } else if ((c === 32 || c === 0xa0 || c === 0x202f || c === 45) && j > i && isAlnum(text.charCodeAt(j + 1))) j++;
      else break;
    }
    if (chars.length !== length || (j < n && isAlnum(text.charCodeAt(j)))) continue;
    (isValidIban(chars) ? found : blocked).push({ kind: 'iban', start: i, end: j });
    IBAN_START.lastIndex = j;
  }
  return { found, blocked };
}
