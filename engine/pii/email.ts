/**
 * Email addresses: found around each '@', expanding over the characters a local part and a domain may hold. Each
 * expansion stops at the previous or next '@', so the whole scan stays linear whatever the input.
 */
import type { PiiFinding } from '../types.ts';
import { isDigit, isLetter } from './text.ts';

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
