/**
 * The reviewed data of the personal-data detectors (content/pii/*.yaml), compiled by scripts/compile-pii.ts into
 * `generated/pii-data.json` and turned here, once at load, into sets and a cue index.
 */
import compiled from './generated/pii-data.json' with { type: 'json' };
import {
  CUE_ROLES,
  LIST_ROLES,
  PII_ROLES,
  roleBits,
  type CueRole,
  type ListRole,
  type PiiData,
  type PiiDataJson,
} from './roles.ts';
import { WORD_FILTER_BITS, fold, hashFolded, hashRange } from './text.ts';

export interface Cue {
  readonly role: CueRole;
  /** `roleBits([role])`. */
  readonly bit: number;
  readonly words: readonly string[];
  readonly colon: boolean;
  readonly upper: boolean;
}

/*
 * Everything below is built on first use, not at load: splitting the lists, filling sets and hashing thousands of
 * names at load lengthened the evaluation of whatever bundle holds this module (until stop 14 the content script, on
 * every chatbot page: bench:page, `scriptEvaluationCpuMs`; now the background's worker, at each of its starts). They
 * are first needed at the first analysis or prompt check.
 */

const json = compiled as PiiDataJson;
let data: PiiData | null = null;

/** The terms of one role of the reviewed data. */
function terms(role: keyof PiiData): readonly string[] {
  data ??= Object.fromEntries(
    PII_ROLES.map((role) => [role, json[role] ? json[role].split('|') : []]),
  ) as unknown as PiiData;
  return data[role];
}

/** Cues by their first folded word; street types are included (multi-word types such as "lieu-dit"). */
function cuesByFirstWord(): Map<string, Cue[]> {
  const cues = new Map<string, Cue[]>();
  for (const role of CUE_ROLES) {
    for (const term of terms(role)) {
      const colon = term.endsWith(' :');
      const upper = term.startsWith('=');
      const words = term.slice(upper ? 1 : 0, colon ? -2 : undefined).split(' ');
      const list = cues.get(words[0]!) ?? [];
      list.push({ role, bit: roleBits([role]), words, colon, upper });
      cues.set(words[0]!, list);
    }
  }
  return cues;
}

/**
 * The cues starting with one word, indexed by their second word: at a word such as "ne", "mon" or "n" (frequent, and
 * the first word of many cues), the word pass tries only the cues that the next word can continue.
 */
export interface CueGroup {
  /** Cues of one word, in data order. */
  readonly singles: readonly Cue[];
  /** For each second word, the one-word cues and the cues continuing with that word, in data order. */
  readonly bySecond: ReadonlyMap<string, readonly Cue[]>;
}

function groupCues(cues: readonly Cue[]): CueGroup {
  const bySecond = new Map<string, readonly Cue[]>();
  for (const cue of cues) {
    const second = cue.words[1];
    if (second === undefined || bySecond.has(second)) continue;
    bySecond.set(
      second,
      cues.filter((c) => c.words.length === 1 || c.words[1] === second),
    );
  }
  return { singles: cues.filter((c) => c.words.length === 1), bySecond };
}

/** The cues grouped by first and second word (see `CueGroup`). */
let cueGroups: Map<string, CueGroup> | null = null;

function cueGroupsByFirstWord(): Map<string, CueGroup> {
  cueGroups ??= new Map([...cuesByFirstWord()].map(([first, cues]) => [first, groupCues(cues)]));
  return cueGroups;
}

/** A set of words, filled on its first lookup. */
export class LazySet implements Iterable<string> {
  private words: ReadonlySet<string> | null = null;
  constructor(private readonly fill: () => Iterable<string>) {}
  has(word: string): boolean {
    return this.filled().has(word);
  }
  [Symbol.iterator](): Iterator<string> {
    return this.filled()[Symbol.iterator]();
  }
  private filled(): ReadonlySet<string> {
    this.words ??= new Set(this.fill());
    return this.words;
  }
}

/**
 * Every word that is the second word of a cue (a key of some `CueGroup.bySecond`): a word outside it continues no
 * cue, so the word pass skips the group's map lookup after a cue's first word.
 */
export const CUE_SECOND_WORDS = new LazySet(() => {
  const words: string[] = [];
  for (const group of cueGroupsByFirstWord().values()) for (const second of group.bySecond.keys()) words.push(second);
  return words;
});

function set(role: ListRole): LazySet {
  return new LazySet(() => terms(role));
}

export const BIRTH_NOT = set('birthNot');
export const MONTHS = set('month');
export const WEEKDAYS = set('weekday');
export const FIRST_NAMES = set('firstName');
export const AMBIGUOUS_FIRST_NAMES = set('firstNameAmbiguous');
export const SURNAMES = set('surname');
export const NOT_SURNAME = set('notSurname');
export const NAME_PARTICLES = set('nameParticle');
export const NOT_NAME_BEFORE = set('notNameBefore');
export const NOT_PRIVATE = set('notPrivate');
/** First words of the not-private names: other names need no lookup. */
export const NOT_PRIVATE_FIRST = new LazySet(() => [...NOT_PRIVATE].map((name) => name.slice(0, name.indexOf(' '))));
export const STREET_BEFORE = set('streetBefore');
/** The words read aloud for the punctuation of a dictated email ("point", "tiret"). */
export const EMAIL_WORDS = set('emailWord');
/** Headers of a table's name column ("Nom", "Name", "Patient"), folded. */
export const NAME_HEADERS = set('nameColumn');
export const STREET_BEFORE_CAPITALISED = set('streetBeforeCapitalised');
export const STREET_AFTER = set('streetAfter');

/**
 * Bit filter of every word the detectors look up (all words of all terms, plus the few the code itself compares).
 * Words of the text that miss it are never folded into strings: most words of a message cost no allocation.
 * Filled on the first lookup (see above).
 */
const FILTER = new Uint8Array(WORD_FILTER_BITS >> 3);

/** What is still to be added to FILTER; null once it is filled. */
let unfiltered: (() => void)[] | null = [];

function addToFilter(words: readonly string[]): void {
  for (const word of words) {
    const h = hashFolded(word);
    FILTER[h >> 3]! |= 1 << (h & 7);
  }
}

/** Adds words (already folded) to the filter; the detectors call it at load for their own constant words. */
export function knownWords(words: readonly string[]): void {
  if (unfiltered) unfiltered.push(() => addToFilter(words));
  else addToFilter(words);
}

unfiltered.push(() => {
  for (const role of [...CUE_ROLES, ...LIST_ROLES]) {
    for (const term of terms(role)) addToFilter(term.replace(/^=| :$/g, '').split(' '));
  }
});

/** FILTER, filled. */
function wordFilter(): Uint8Array {
  if (unfiltered) {
    const pending = unfiltered;
    unfiltered = null;
    for (const add of pending) add();
  }
  return FILTER;
}

/**
 * Last folded words, by hash slot: repeated words (most of a text) are folded once, without allocating. Two ways
 * per slot (the second holding the word the first one last held): the hash is of the folded word, so "Je" and "je"
 * share a slot, and one way made them evict each other all along a message. A way is three fields side by side —
 * raw word, folded word, and the cues starting with it (looked up once per cached word, not once per occurrence) —
 * and a slot's two ways follow each other, so a lookup reads one place in memory.
 */
const CACHE_SLOTS = 4096;
const WAY = 3;
// Filled natively (a loop of 24 000 pushes ran in the interpreter at load); every third field then set to null.
const cache: (string | CueGroup | null)[] = new Array<string | CueGroup | null>(2 * CACHE_SLOTS * WAY).fill('');
for (let k = 2; k < cache.length; k += WAY) cache[k] = null;

/**
 * The folded form of `text[start, end)` if it may be a known word, '' otherwise ('' is in no list).
 * @example lookupWord('Née le', 0, 3) // 'nee'
 */
export function lookupWord(text: string, start: number, end: number): string {
  return lookupHashed(text, start, end, hashRange(text, start, end));
}

/** `lookupWord` when the caller has already hashed the word (masked `hashStep` over its characters). */
export function lookupHashed(text: string, start: number, end: number, h: number): string {
  const slot = lookupSlot(text, start, end, h);
  return slot < 0 ? '' : slotNorm(slot);
}

/**
 * The cache slot holding the folded form of `text[start, end)` (filled on a miss), or -1 when the word is in no
 * list. `h` is the word's masked hash (see `hashRange`).
 */
export function lookupSlot(text: string, start: number, end: number, h: number): number {
  if (!(wordFilter()[h >> 3]! & (1 << (h & 7)))) return -1;
  const slot = (h & (CACHE_SLOTS - 1)) * 2 * WAY;
  if (holds(slot, text, start, end)) return slot;
  const second = slot + WAY;
  if (holds(second, text, start, end)) return second;
  cache[second] = cache[slot]!;
  cache[second + 1] = cache[slot + 1]!;
  cache[second + 2] = cache[slot + 2]!;
  const word = text.slice(start, end);
  const norm = fold(word);
  cache[slot] = word;
  cache[slot + 1] = norm;
  cache[slot + 2] = cueGroupsByFirstWord().get(norm) ?? null;
  return slot;
}

/** True when cache slot `slot` holds the raw word `text[start, end)`. */
function holds(slot: number, text: string, start: number, end: number): boolean {
  const raw = cache[slot] as string;
  if (raw.length !== end - start) return false;
  // A character loop: cheaper than a `startsWith` call for words of a few letters.
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * What `lookupSlot` would give for a word whose raw text is all Latin letters (below U+0250) and whose folded form is
 * `norm`: whether it may be a known word (the word filter, on the same hash), and then its cues. For callers that keep
 * the answer per word themselves (see `readWords` with tokens).
 */
export function mayBeKnown(norm: string): boolean {
  const h = hashFolded(norm);
  return (wordFilter()[h >> 3]! & (1 << (h & 7))) !== 0;
}

/** Cues starting with the folded word `norm` (see `mayBeKnown`), or null. */
export function cuesOf(norm: string): CueGroup | null {
  return cueGroupsByFirstWord().get(norm) ?? null;
}

/** Folded word of a slot returned by `lookupSlot`. */
export function slotNorm(slot: number): string {
  return cache[slot + 1] as string;
}

/** Cues starting with the word of a slot returned by `lookupSlot`, or null. */
export function slotCues(slot: number): CueGroup | null {
  return cache[slot + 2] as CueGroup | null;
}
