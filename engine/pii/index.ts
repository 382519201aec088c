/**
 * Personal-data detectors (first version: emails and French phone numbers only; grows in place).
 * Public contract: `findPii(text)` — stable signature, used by `analyze()`.
 */
import type { PiiFinding } from '../types.ts';

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const PHONE = /(?<![\d+])(?:\+33\s?|0033\s?|0)[1-9](?:[\s.-]?\d\d){4}(?!\d)/g;

/** Personal identifiers in `text`, sorted by start, non-overlapping. Never throws. */
export function findPii(text: string): PiiFinding[] {
  try {
    const out: PiiFinding[] = [];
    for (const m of text.matchAll(EMAIL)) out.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(PHONE)) out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
    out.sort((a, b) => a.start - b.start);
    const res: PiiFinding[] = [];
    for (const f of out) {
      const last = res[res.length - 1];
      if (!last || f.start >= last.end) res.push(f);
    }
    return res;
  } catch {
    return [];
  }
}
