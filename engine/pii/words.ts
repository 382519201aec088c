/**
 * One linear pass that splits the text into words (runs of letters, folded) and finds the context cues of the
 * reviewed data ("né le", "je m'appelle", "RPPS"…). The other detectors read these instead of scanning again.
 */
import {
  AMBIGUOUS_FIRST_NAMES,
  CUE_SECOND_WORDS,
  FIRST_NAMES,
  NAME_PARTICLES,
  NOT_NAME_BEFORE,
  NOT_PRIVATE_FIRST,
  NOT_SURNAME,
  STREET_BEFORE,
  STREET_BEFORE_CAPITALISED,
  SURNAMES,
  cuesOf,
  knownWords,
  lookupSlot,
  mayBeKnown,
  slotCues,
  slotNorm,
  type Cue,
  type CueGroup,
} from './data.ts';
import { normAt, type Tokens } from '../text/tokenize.ts';
import type { CueRole } from './roles.ts';
import { grown } from '../text/grow.ts';
import {
  HASH_SEED,
  LETTER_LIMIT,
  STEP_ADD,
  STEP_MUL,
  fillWordTables,
  WORD_FILTER_BITS,
  isApostrophe,
  isLetter,
  isSpace,
  isUpper,
  skipSpaces,
} from './text.ts';

/**
 * The maximal runs of ASCII digits of a message, in text order: where the number detectors (IBANs, numbers, house
 * numbers) start reading. Noted by the word pass, from the engine's number tokens or while reading the text, so that
 * they do not each search the text again (three native scans of every message holding a digit, with a fourth and
 * fifth for "guichet": ~7 % of `findPii` in Chromium).
 */
export interface DigitRuns {
  readonly runCount: number;
  readonly runStarts: Int32Array;
  readonly runEnds: Int32Array;
}

export interface Words extends DigitRuns {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * Folded words (lowercase, no accents); '' for a word that is in none of the reviewed lists. Only for the words
   * read from the text (id 0): read any word's with `wordNorm`.
   */
  readonly norms: readonly string[];
  /** The engine's word id of each word read from a token (`Tokens.ids`), 0 for words read from the text. */
  readonly ids: Int32Array;
  /**
   * Cues of the reviewed data starting with each word (grouped by second word), or null. Only for the words read from
   * the text (id 0): read any word's with `wordCues`.
   */
  readonly cues: readonly (CueGroup | null)[];
  /** Indexes of the words whose `cues` are not null, in order (`cueWordCount` of them): few words start a cue. */
  readonly cueWords: Int32Array;
  readonly cueWordCount: number;
  /** The text holds an ASCII digit (every number-based identifier and house number needs one). */
  readonly digits: boolean;
}

/** Folded word w of `words` ('' for a word in none of the reviewed lists): by its id, or as read from the text. */
export function wordNorm(words: Words, w: number): string {
  const id = words.ids[w]!;
  return id === 0 ? words.norms[w]! : normById[id]!;
}

/** Cues starting with word w of `words`, or null (see `wordNorm`). */
export function wordCues(words: Words, w: number): CueGroup | null {
  const id = words.ids[w]!;
  return id === 0 ? words.cues[w]! : cuesById[id]!;
}

export interface CueHit {
  readonly role: CueRole;
  /** `roleBits([role])` (roles.ts). */
  readonly bit: number;
  readonly start: number;
  readonly end: number;
  /** Index of the cue's last word. */
  readonly last: number;
}

/**
 * Word buffers reused by every call: `findPii` is synchronous, and its words never outlive the call, so a message
 * allocates nothing here (growing per-message arrays word by word was a large part of the cost on long inputs).
 */
let capacity = 256;
let scratchStarts = new Int32Array(capacity);
let scratchEnds = new Int32Array(capacity);
let scratchIds = new Int32Array(capacity);
let scratchCueWords = new Int32Array(capacity);
/** Grown by `push` only past their longest use so far; written by index below that. */
let scratchNorms: string[] = [];
let scratchCues: (CueGroup | null)[] = [];
/** Digit runs (see `DigitRuns`), with their own capacity: a message may hold more runs than words. */
let runCapacity = 64;
let scratchRunStarts = new Int32Array(runCapacity);
let scratchRunEnds = new Int32Array(runCapacity);
/**
 * Buffers grown past this many words are released at the next call. Below it they are kept (at most ~8 MB plus two
 * lists, after a message of a million words) so that long messages do not regrow them.
 */
const KEEP = 1 << 20;

/**
 * Splits `text` into runs of letters (digits, spaces and punctuation separate words) and folds those that may be
 * in the reviewed lists. The result is only valid until the next call (its buffers are reused).
 *
 * With `tokens` (the engine's tokens of this same text, before any spelling fix), the words are read from the tokens
 * instead of the text: most tokens are exactly one such word (see `readToken`), and what the word reader needs to know
 * about them is kept by word id, so a word met before costs two array reads instead of a hash of its letters and a
 * cache lookup. The words are the same either way.
 */
export function readWords(text: string, tokens?: Tokens): Words {
  fillWordTables();
  if (capacity > KEEP) {
    capacity = 256;
    scratchStarts = new Int32Array(capacity);
    scratchEnds = new Int32Array(capacity);
    scratchIds = new Int32Array(capacity);
    scratchCueWords = new Int32Array(capacity);
    scratchNorms = [];
    scratchCues = [];
  }
  if (runCapacity > KEEP) {
    runCapacity = 64;
    scratchRunStarts = new Int32Array(runCapacity);
    scratchRunEnds = new Int32Array(runCapacity);
  }
  count = 0;
  cueWordCount = 0;
  runCount = 0;
  if (tokens) readTokens(text, tokens);
  else readRange(text, 0, text.length, true);
  return {
    count,
    starts: scratchStarts,
    ends: scratchEnds,
    ids: scratchIds,
    norms: scratchNorms,
    cues: scratchCues,
    cueWords: scratchCueWords,
    cueWordCount,
    digits: runCount > 0,
    runCount,
    runStarts: scratchRunStarts,
    runEnds: scratchRunEnds,
  };
}

/** Words read so far by the current `readWords` call, those of them that start a cue, and digit runs. */
let count = 0;
let cueWordCount = 0;
let runCount = 0;

function pushRun(start: number, end: number): void {
  if (runCount === runCapacity) {
    runCapacity *= 2;
    scratchRunStarts = grown(scratchRunStarts, runCapacity);
    scratchRunEnds = grown(scratchRunEnds, runCapacity);
  }
  scratchRunStarts[runCount] = start;
  scratchRunEnds[runCount] = end;
  runCount++;
}

/** The digit runs of a number token: digits, with single ',' or '.' between them ("38,5", "1.234.567"). */
function pushNumberToken(text: string, start: number, end: number): void {
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      pushRun(from, i);
      from = i + 1;
    }
  }
  pushRun(from, end);
}

/** Grows the typed word buffers (doubling) until they hold `words` words. */
function reserveWords(words: number): void {
  if (capacity >= words) return;
  while (capacity < words) capacity *= 2;
  scratchStarts = grown(scratchStarts, capacity);
  scratchEnds = grown(scratchEnds, capacity);
  scratchIds = grown(scratchIds, capacity);
  scratchCueWords = grown(scratchCueWords, capacity);
}

function push(start: number, end: number, norm: string, cues: CueGroup | null, id: number): void {
  if (count === capacity) reserveWords(count + 1);
  if (cues !== null) scratchCueWords[cueWordCount++] = count;
  scratchStarts[count] = start;
  scratchEnds[count] = end;
  scratchIds[count] = id;
  setListed(count, norm, cues);
  count++;
}

/**
 * The norm and cues of word `w` in the reused lists: written by index up to their longest use so far, pushed past it
 * (a write past the end would leave a hole, and V8 would then store the list as a dictionary).
 */
function setListed(w: number, norm: string, cues: CueGroup | null): void {
  // Words read from tokens are not written here (see `wordNorm`): fill up to `w` if the lists are shorter.
  while (scratchNorms.length < w) {
    scratchNorms.push('');
    scratchCues.push(null);
  }
  if (w < scratchNorms.length) {
    scratchNorms[w] = norm;
    scratchCues[w] = cues;
  } else {
    scratchNorms.push(norm);
    scratchCues.push(cues);
  }
}

/**
 * The words of `text[from, to)`, which starts and ends at word boundaries; and its digit runs with `runs` (the text
 * read without tokens).
 */
function readRange(text: string, from: number, to: number, runs: boolean): void {
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (c >= LETTER_LIMIT || STEP_MUL[c] === 0) {
      i++;
      if (runs && c <= 57 && c >= 48) {
        // The number detectors start at digit runs: note them while passing.
        const start = i - 1;
        while (i < to && (c = text.charCodeAt(i)) <= 57 && c >= 48) i++;
        pushRun(start, i);
      }
      continue;
    }
    const start = i;
    // Hash the folded word while finding its end: one table read per character (see STEP_MUL).
    let h = HASH_SEED;
    for (;;) {
      const mul = STEP_MUL[c]!;
      h = (Math.imul(h, mul) + STEP_ADD[c]!) | 0;
      if (++i >= to) break;
      c = text.charCodeAt(i);
      if (c >= LETTER_LIMIT || STEP_MUL[c] === 0) break;
    }
    const slot = lookupSlot(text, start, i, h & (WORD_FILTER_BITS - 1));
    push(start, i, slot < 0 ? '' : slotNorm(slot), slot < 0 ? null : slotCues(slot), 0);
  }
}

/** `TokenType.Word` and `TokenType.Number` (engine/text/tokenize.ts; not imported, so that this module stays apart). */
const WORD_TOKEN = 0;
const NUMBER_TOKEN = 1;

/**
 * What `readRange` finds for a one-token word, by word id (`Tokens.ids`), for the id table of `idEpoch` only: whether
 * the id was met and whether it has cues (in `wordListsById`: 0 not met, else `KNOWN`, with `HAS_CUES` when it has
 * cues, and `SINGLES` and `SECONDS` as its `CueGroup` has one-word cues and longer ones), its norm ('' for a word in no
 * list, else the token's norm) and its cues. A word is then read with no branch on what it is: a test of "may be in a
 * list" at each word (two words in three are) was mispredicted often enough to cost about a third of the word pass.
 */
let normById: string[] = [];
let cuesById: (CueGroup | null)[] = [];
let idEpoch = -1;
const SINGLES = 2048;
const SECONDS = 4096;
/** The top bit, so that `wordListsById[id] >> 15` counts a cue word. */
const HAS_CUES = 32768;

/**
 * Every letter of the text is inside a word token (the tokeniser's letters include the word reader's), and the
 * characters around a token are not letters; so a token is one word of this reader when all its characters are
 * letters here too and Latin (below U+0250, where the token's norm is exactly this reader's fold), and otherwise its
 * range is read as text. Every ASCII digit is in a number token.
 */
function readTokens(text: string, tokens: Tokens): void {
  if (idEpoch !== tokens.idEpoch) {
    idEpoch = tokens.idEpoch;
    wordListsById.fill(0);
    normById = [];
    cuesById = [];
  }
  const { types, starts, ends, ids, plainLatin } = tokens;
  if (plainLatin) {
    readLatinTokens(text, tokens);
    return;
  }
  // Tokens to read as text, gathered into one range (text between two word tokens holds no letter): a text of
  // another script is then read in one pass, as without tokens.
  let pendingFrom = -1;
  let pendingTo = -1;
  for (let t = 0; t < tokens.count; t++) {
    const type = types[t];
    if (type === NUMBER_TOKEN) {
      pushNumberToken(text, starts[t]!, ends[t]!);
      continue;
    }
    if (type !== WORD_TOKEN) continue;
    const start = starts[t]!;
    const end = ends[t]!;
    if (!latinWord(text, start, end)) {
      if (pendingFrom < 0) pendingFrom = start;
      pendingTo = end;
      continue;
    }
    if (pendingFrom >= 0) {
      readRange(text, pendingFrom, pendingTo, false);
      pendingFrom = -1;
    }
    const id = ids[t]!;
    if (id >= wordListsById.length || wordListsById[id] === 0) learn(id, normAt(tokens, t)!);
    push(start, end, normById[id]!, cuesById[id]!, id);
  }
  if (pendingFrom >= 0) readRange(text, pendingFrom, pendingTo, false);
}

/** Fills the tables by id (`normById`, `cuesById`, `wordListsById`) for a word id met for the first time. */
function learn(id: number, norm: string): void {
  if (id >= wordListsById.length) wordListsById = grown(wordListsById, Math.max(id + 1, wordListsById.length * 2));
  let bits = 0;
  // Written by index only up to the end (a hole would make V8 store the array as a dictionary).
  while (normById.length <= id) {
    normById.push('');
    cuesById.push(null);
  }
  if (mayBeKnown(norm)) {
    normById[id] = norm;
    const cues = cuesOf(norm);
    cuesById[id] = cues;
    if (cues !== null) bits = HAS_CUES | (cues.singles.length ? SINGLES : 0) | (cues.bySecond.size ? SECONDS : 0);
  }
  // `listsOf` always sets `KNOWN`: a met id is never 0.
  wordListsById[id] = listsOf(normById[id]!, ALL_LISTS) | bits;
}

/**
 * `readTokens` for a message whose word tokens are all this reader's words (Latin letters) but for English
 * contractions ("can't": two words here): one word per word token, written straight into the buffers (sized once for
 * the message) instead of through `push`; a contracted token is read as text. Contractions (a third of the benchmark's
 * text) went through the general loop before: 0.97 of `findPii`'s time in same-process runs.
 */
function readLatinTokens(text: string, tokens: Tokens): void {
  const { types, starts, ends, ids, contractions } = tokens;
  const n = tokens.count;
  reserveWords(n);
  let wordStarts = scratchStarts;
  let wordEnds = scratchEnds;
  let wordIds = scratchIds;
  let cueWords = scratchCueWords;
  let w = 0;
  let cueWordsFound = 0;
  // The next straight apostrophe at or after the current token (found natively): only a token holding one can be
  // contracted, so the others skip `contracted` (two text reads per token: ~a sixth of this loop in such messages).
  let apostrophe = contractions ? text.indexOf("'") : -1;
  for (let t = 0; t < n; t++) {
    const type = types[t];
    if (type !== WORD_TOKEN) {
      if (type === NUMBER_TOKEN) pushNumberToken(text, starts[t]!, ends[t]!);
      continue;
    }
    const start = starts[t]!;
    const end = ends[t]!;
    if (apostrophe >= 0 && apostrophe < start) apostrophe = text.indexOf("'", start);
    if (apostrophe >= 0 && apostrophe < end && contracted(text, start, end)) {
      // Through `push`, which may grow the buffers: take them again afterwards.
      count = w;
      cueWordCount = cueWordsFound;
      readRange(text, start, end, false);
      w = count;
      cueWordsFound = cueWordCount;
      reserveWords(w + n - t);
      wordStarts = scratchStarts;
      wordEnds = scratchEnds;
      wordIds = scratchIds;
      cueWords = scratchCueWords;
      continue;
    }
    const id = ids[t]!;
    if (id >= wordListsById.length || wordListsById[id] === 0) learn(id, normAt(tokens, t)!);
    // Written whether or not the word has cues, counted only when it has (no branch; one table read for both).
    cueWords[cueWordsFound] = w;
    cueWordsFound += wordListsById[id]! >> 15;
    // Its norm and cues are read by id (`wordNorm`, `wordCues`): two list writes per word fewer, ~a fifth of this loop.
    wordStarts[w] = start;
    wordEnds[w] = end;
    wordIds[w] = id;
    w++;
  }
  count = w;
  cueWordCount = cueWordsFound;
}

/** All characters of `text[start, end)` are this reader's letters, below `LATIN_LIMIT`. */
function latinWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= LATIN_LIMIT || STEP_MUL[c] === 0) return false;
  }
  return true;
}

/**
 * A word token of a `plainLatin` message holds a straight apostrophe only as the start of its contraction suffix
 * ("can't", "you're": two or three characters from its end); its other characters are all this reader's letters.
 * Two reads per token instead of one per character (that loop was ~1.5 % of the profile; the gain is within the
 * noise of same-process runs).
 */
function contracted(text: string, start: number, end: number): boolean {
  return (end - start >= 3 && text.charCodeAt(end - 2) === 39) || (end - start >= 4 && text.charCodeAt(end - 3) === 39);
}

/**
 * Bits of `wordLists`: the word is in the first-name, ambiguous first-name or surname list, is a cue's second word
 * (`CUE_SECOND_WORDS`), a foreign surname particle (`FOREIGN_PARTICLES`) or may start a street after a house number
 * (`startsStreet`), is in the "not a surname" list or is a name particle (`NOT_SURNAME`, `NAME_PARTICLES`: asked about
 * most words the name reader looks at; set lookups there were ~2 % of `findPii` in Node), is an institution or
 * street word before a name (`NOT_NAME_BEFORE`) or the first word of a not-private name (`NOT_PRIVATE_FIRST`: asked
 * about every name found, ~1 % of `findPii` in Node as set lookups); `KNOWN` marks a computed entry of `wordListsById`.
 */
const KNOWN = 1;
export const FIRST_NAME = 2;
export const AMBIGUOUS_FIRST_NAME = 4;
export const SURNAME = 8;
export const CUE_SECOND = 16;
export const FOREIGN_PARTICLE = 32;
export const STREET_START = 64;
export const NOT_SURNAME_WORD = 128;
export const NAME_PARTICLE = 256;
export const NOT_NAME_BEFORE_WORD = 512;
export const NOT_PRIVATE_FIRST_WORD = 1024;

/** Words between a house number and a street type ("4 bis rue …", "12 ter avenue …"). */
export const NUMBER_SUFFIXES: readonly string[] = ['bis', 'ter', 'quater'];

/**
 * Particles of Dutch, German, Portuguese, Spanish and Italian surnames that, written in lowercase between two
 * capitalised words, mark a name even when the first name is not in the list ("Gwendolyn van der Merwe", "Maria dos
 * Santos"). French "de", "la", "le", "du" are left out: "Hôtel de Ville", "Tour de France". Here for `wordLists`: the
 * name reader asks about the word after most capitalised words.
 */
export const FOREIGN_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'dos',
  'das',
  'da',
  'ter',
  'ten',
  'del',
  'della',
]);
knownWords([...FOREIGN_PARTICLES]);

/**
 * `wordLists` of words read from tokens, by word id, filled when the word pass meets the id (`learn`: every later read
 * is then one table read, with no test), emptied with the id table. It holds the word pass's cue bits too (`HAS_CUES`,
 * `SINGLES`, `SECONDS`): they were a byte table of their own, read at every word, and the lists are read for many of
 * the same words later (one scattered read less per word). The name reader asks
 * the name lists about most capitalised words, some twice, and the cue pass asks whether the word after a cue's first
 * word continues a cue: a set or map lookup each (a scattered read in a large hash table; the set lookups alone were
 * ~3 % of `analyze()`) became one byte read for a word met before (0.97 of the time in same-process runs).
 */
let wordListsById = new Uint16Array(1024);

/**
 * Which of the lists asked for (`FIRST_NAME`, `AMBIGUOUS_FIRST_NAME`, `SURNAME`, `CUE_SECOND`) hold word `w`. A word
 * read from the text (no id: `findPii` called without tokens, as for the prompt guard) is looked up in those lists only.
 */
export function wordLists(words: Words, w: number, asked: number): number {
  const id = words.ids[w]!;
  if (id === 0) return listsOf(words.norms[w]!, asked) & asked;
  // Filled when the word pass met the id (`learn`).
  return wordListsById[id]! & asked;
}

const ALL_LISTS =
  FIRST_NAME |
  AMBIGUOUS_FIRST_NAME |
  SURNAME |
  CUE_SECOND |
  FOREIGN_PARTICLE |
  STREET_START |
  NOT_SURNAME_WORD |
  NAME_PARTICLE |
  NOT_NAME_BEFORE_WORD |
  NOT_PRIVATE_FIRST_WORD;

/**
 * A lowercase word right after a house number can start an address only as a street type, a number suffix or "r."
 * (see address.ts `addressAt`).
 */
function startsStreet(norm: string): boolean {
  return (
    STREET_BEFORE.has(norm) || STREET_BEFORE_CAPITALISED.has(norm) || NUMBER_SUFFIXES.includes(norm) || norm === 'r'
  );
}

/** The asked lists holding a word, with `KNOWN` (so that a word in none is still a computed entry). */
function listsOf(norm: string, asked: number): number {
  let lists = KNOWN;
  if (asked & FIRST_NAME && FIRST_NAMES.has(norm)) lists |= FIRST_NAME;
  if (asked & AMBIGUOUS_FIRST_NAME && AMBIGUOUS_FIRST_NAMES.has(norm)) lists |= AMBIGUOUS_FIRST_NAME;
  if (asked & SURNAME && SURNAMES.has(norm)) lists |= SURNAME;
  if (asked & CUE_SECOND && CUE_SECOND_WORDS.has(norm)) lists |= CUE_SECOND;
  if (asked & FOREIGN_PARTICLE && FOREIGN_PARTICLES.has(norm)) lists |= FOREIGN_PARTICLE;
  if (asked & STREET_START && startsStreet(norm)) lists |= STREET_START;
  if (asked & NOT_SURNAME_WORD && NOT_SURNAME.has(norm)) lists |= NOT_SURNAME_WORD;
  if (asked & NAME_PARTICLE && NAME_PARTICLES.has(norm)) lists |= NAME_PARTICLE;
  if (asked & NOT_NAME_BEFORE_WORD && NOT_NAME_BEFORE.has(norm)) lists |= NOT_NAME_BEFORE_WORD;
  if (asked & NOT_PRIVATE_FIRST_WORD && NOT_PRIVATE_FIRST.has(norm)) lists |= NOT_PRIVATE_FIRST_WORD;
  return lists;
}

/** Letters below this fold to what the tokeniser's norms hold (`foldCode` table, at most two characters each). */
const LATIN_LIMIT = 0x250;

/**
 * Characters allowed between two words of one cue ("d.o.b.", "né(e) le", "n° ss", "m'appelle"): at most three,
 * none of them a line break, a digit or a letter.
 */
export function joined(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, apostrophe, '.', '(', ')', '-', '_' (keys of exported records: "birth_date"), '°', 'º'
    if (!(
      isSpace(c) ||
      isApostrophe(c) ||
      c === 46 ||
      c === 40 ||
      c === 41 ||
      c === 45 ||
      c === 95 ||
      c === 0xb0 ||
      c === 0xba
    )) {
      return false;
    }
  }
  return true;
}

function matchCue(text: string, words: Words, w: number, cue: Cue): number {
  const { starts, ends } = words;
  const last = w + cue.words.length - 1;
  if (last >= words.count) return -1;
  for (let k = 1; k < cue.words.length; k++) {
    if (wordNorm(words, w + k) !== cue.words[k] || !joined(text, ends[w + k - 1]!, starts[w + k]!)) return -1;
  }
  if (cue.upper) {
    for (let i = starts[w]!; i < ends[last]!; i++) if (!isUpper(text.charCodeAt(i))) return -1;
  }
  return last;
}

/** Every cue occurrence, in text order; at one word, only the longest cue of each role ("né le", not "né"). */
export function findCues(text: string, words: Words): CueHit[] {
  const hits: CueHit[] = [];
  const { cueWords, cueWordCount, count, ids } = words;
  for (let k = 0; k < cueWordCount; k++) {
    const w = cueWords[k]!;
    // Most cue words have no one-word cue and are followed by no cue's second word ("je", "the"): skipped on the bits
    // of `wordListsById`, before reading their group (three dependent reads of scattered objects: ~a third of this
    // loop in Node).
    const id = ids[w]!;
    if (id !== 0) {
      const bits = wordListsById[id]!;
      if (!(bits & SINGLES) && (!(bits & SECONDS) || w + 1 >= count || !wordLists(words, w + 1, CUE_SECOND))) continue;
    }
    const group = wordCues(words, w)!;
    // Only the cues the next word continues (or the one-word cues) can match here; most next words continue none,
    // and most first words ("a", "je", "mon", "my", "the") have no one-word cue: nothing to try (7 words in 10).
    let cues = group.singles;
    if (w + 1 < count && group.bySecond.size !== 0 && wordLists(words, w + 1, CUE_SECOND)) {
      cues = group.bySecond.get(wordNorm(words, w + 1)) ?? cues;
    }
    if (cues.length === 0) continue;
    const first = hits.length;
    for (const cue of cues) {
      const last = matchCue(text, words, w, cue);
      if (last < 0) continue;
      let end = words.ends[last]!;
      if (cue.colon) {
        const colon = skipSpaces(text, end);
        if (text.charCodeAt(colon) !== 58) continue;
        end = colon + 1;
      }
      let k = first;
      while (k < hits.length && hits[k]!.role !== cue.role) k++;
      if (k === hits.length) hits.push({ role: cue.role, bit: cue.bit, start: words.starts[w]!, end, last });
      else if (hits[k]!.end < end) hits[k] = { role: cue.role, bit: cue.bit, start: words.starts[w]!, end, last };
    }
  }
  return hits;
}

/**
 * True when the text between `from` and `to` stays in one clause of a sentence and holds no digit: the cue
 * before it still applies to what comes after.
 */
export function sameClause(text: string, from: number, to: number, lineBreaks = 0): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A form's label may end its line ("IPP :\n400873215"): `lineBreaks` single line breaks are allowed.
    if (c === 10 && lineBreaks-- > 0 && text.charCodeAt(i + 1) !== 10) continue;
    if (c === 13 && lineBreaks > 0 && text.charCodeAt(i + 1) === 10) continue;
    // '.', '!', '?', ';', line breaks and digits
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || (c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** A cue ending with the word "no" (number) or "réf" (reference) followed by its abbreviation dot. */
function abbreviationDot(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 46) return false;
  const last = text.charCodeAt(end - 1) | 32;
  if (last === 111) return (text.charCodeAt(end - 2) | 32) === 110 && !isLetter(text.charCodeAt(end - 3));
  // "réf. dossier 0687 5532 14": the dot of an abbreviated "réf" / "ref" does not end the clause either.
  const e = text.charCodeAt(end - 2) | 32;
  return (
    last === 102 &&
    (e === 101 || e === 0xe9) &&
    (text.charCodeAt(end - 3) | 32) === 114 &&
    !isLetter(text.charCodeAt(end - 4))
  );
}

/**
 * Finds, for positions given in increasing order, the last cue (among some roles) that ends shortly before.
 */
export class CueBefore {
  private next = 0;
  private last: CueHit | undefined;

  private constructor(
    private readonly text: string,
    private readonly hits: readonly CueHit[],
  ) {}

  /**
   * A finder over the cues of some roles (`roleBits` of them), or undefined when the text has none (the common case).
   * Bits rather than a list of roles: `includes` per cue was most of this function, 26 times slower in Node 20 than in
   * Chromium.
   */
  static of(text: string, hits: readonly CueHit[], roles: number): CueBefore | undefined {
    // Most texts hold cues of none of these roles (names' cues are the common ones): no list is built for them.
    let k = 0;
    while (k < hits.length && !(hits[k]!.bit & roles)) k++;
    if (k === hits.length) return undefined;
    const selected = hits.filter((hit) => (hit.bit & roles) !== 0);
    return selected.length
      ? new CueBefore(
          text,
          selected.sort((a, b) => a.end - b.end),
        )
      : undefined;
  }

  /**
   * The last cue ending at most `window` characters before `pos`, in the same clause (across at most `lineBreaks`
   * single line breaks); `pos` never decreases.
   */
  at(pos: number, window: number, lineBreaks = 0): CueHit | undefined {
    while (this.next < this.hits.length && this.hits[this.next]!.end <= pos) this.last = this.hits[this.next++];
    const hit = this.last;
    if (!hit || pos - hit.end > window) return undefined;
    // "Hospital no. 40317788", "NHS no. 943…": the dot of an abbreviated "no" does not end the clause.
    const from = abbreviationDot(this.text, hit.end) ? hit.end + 1 : hit.end;
    return sameClause(this.text, from, pos, lineBreaks) ? hit : undefined;
  }

  private nextAfter = 0;

  /**
   * The first cue starting at most `window` characters after `pos`, in the same clause ("20458731 (IPP)", "…
   * c'est son RPPS"); `pos` never decreases.
   */
  after(pos: number, window: number): CueHit | undefined {
    while (this.nextAfter < this.hits.length && this.hits[this.nextAfter]!.start < pos) this.nextAfter++;
    const hit = this.hits[this.nextAfter];
    if (!hit || hit.start - pos > window || !sameClause(this.text, pos, hit.start)) return undefined;
    return hit;
  }
}
