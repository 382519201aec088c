/**
 * Personal-data detectors: emails, phones, NIR, IBAN, payment cards, birth dates, postal addresses, names of
 * private persons, and health identifiers next to their keyword. Regular expressions never run over the whole
 * input: each detector is a linear scan (digits, '@', words), so a 1 MB adversarial input stays fast.
 * See docs/pii.md for the rules and content/pii/ for the reviewed data.
 */
import type { PiiFinding, PiiKind } from '../types.ts';
import { findAddresses } from './address.ts';
import { findBirthdates } from './dates.ts';
import { findEmails, findSpokenEmails } from './email.ts';
import { findIbans, type IbanResult } from './iban.ts';
import { findNames } from './names.ts';
import { findNumbers } from './numbers.ts';
import { findCues, readWords } from './words.ts';
import { sortSmall } from '../text/small-sort.ts';
import type { Tokens } from '../text/tokenize.ts';

/**
 * When two findings overlap, the one of the earlier kind wins: an email holding digits is an email, a number
 * after "IPP" is a health identifier, a NIR is not read as a card, an address is not read as a name.
 */
const PRECEDENCE: readonly PiiKind[] = [
  'email',
  'health_id',
  'nir',
  'iban',
  'card',
  'phone',
  'birthdate',
  'address',
  'person_name',
];
const RANK = new Map(PRECEDENCE.map((kind, rank) => [kind, rank]));

/** Shared empty result of the skipped IBAN search (never mutated). */
const NO_IBANS: IbanResult = { found: [], blocked: [] };

/** Keeps, among overlapping findings, the one of the earlier kind (then the earlier, then the longer one). */
function resolve(text: string, findings: PiiFinding[]): PiiFinding[] {
  sortSmall(
    findings,
    (a, b) => RANK.get(a.kind)! - RANK.get(b.kind)! || a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  // Few findings (the usual case): compare them pairwise. Many: mark taken characters (linear in the text).
  const taken = findings.length > 16 ? new Uint8Array(text.length) : null;
  const kept: PiiFinding[] = [];
  for (const f of findings) {
    if (f.start < 0 || f.end > text.length || f.start >= f.end) continue;
    let free = true;
    if (taken) for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    else free = kept.every((k) => f.end <= k.start || k.end <= f.start);
    if (!free) continue;
    taken?.fill(1, f.start, f.end);
    kept.push({ kind: f.kind, start: f.start, end: f.end });
  }
  return sortSmall(kept, (a, b) => a.start - b.start);
}

/** Appends `found` to `findings` (a loop: most detectors find nothing, and `concat` of six lists cost more). */
function add(findings: PiiFinding[], found: readonly PiiFinding[]): void {
  for (const f of found) findings.push(f);
}

/**
 * Personal identifiers in `text`, sorted by start, non-overlapping. Never throws. `tokens`, when given, are the
 * engine's tokens of `text` before any spelling fix: the words are then read from them (same result, less work).
 *
 * @example findPii('Appelez-moi au 06 12 34 56 78') // [{ kind: 'phone', start: 15, end: 29 }]
 */
export function findPii(text: string, tokens?: Tokens): PiiFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const words = readWords(text, tokens);
    const cues = findCues(text, words);
    // IBANs, numbers and house numbers all start at a run of digits (`words.runStarts`): a text without one (most
    // messages) skips their scans.
    const ibans = words.digits ? findIbans(text, words) : NO_IBANS;
    // Each detector appends to one list (in this order), rather than returning a list of its own.
    const findings: PiiFinding[] = [];
    findEmails(text, findings);
    findSpokenEmails(text, words, cues, findings);
    add(findings, ibans.found);
    if (words.digits) findNumbers(text, words, cues, ibans.blocked, findings);
    findBirthdates(text, cues, findings);
    findAddresses(text, words, cues, findings);
    findNames(text, words, cues, findings);
    return findings.length ? resolve(text, findings) : findings;
  } catch {
    return [];
  }
}
