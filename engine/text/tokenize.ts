/**
 * Tokeniser: one linear pass over the text, no regular expressions (so no backtracking, whatever the input).
 *
 * Words are folded (lowercase, no accents) but keep their original `[start, end)` offsets. Apostrophes and
 * hyphens split words ("l'AVC" → "l", "avc"; "peut-être" → "peut", "etre"), so the lexicon compiler, which uses
 * this same tokeniser, sees terms exactly as the engine sees messages.
 */
import { foldCode } from './fold.ts';
import { arena, reserve } from './arena.ts';
import { grown } from './grow.ts';
import { NUMBER_WORDS } from './number-word-values.ts';
import { WordIds } from './word-ids.ts';

export const enum TokenType {
  Word = 0,
  Number = 1,
  /** Comma, colon, semicolon, parenthesis, dash between spaces: ends a clause. */
  Clause = 2,
  /** Full stop, question or exclamation mark, blank line, bullet: ends a sentence. */
  Sentence = 3,
  /** A single line break: ends a clause for context rules, but terms may run across it. */
  Newline = 4,
}

export interface Tokens {
  readonly count: number;
  readonly types: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * The id table `ids` come from: the folded text of token `i` is `words.norm(ids[i])` ('' for boundaries), read with
   * `normAt`. The readers look at a third of the tokens' texts; an array of every token's text cost a scattered read of
   * the table per token, and 8 bytes of garbage per token twice (a scratch list, then its exact-size copy). Not
   * read-only: the trie moves tokens kept from an older table to the current one (see `idEpoch`).
   */
  words: WordIds;
  /**
   * `normHash` of the token's folded text for words and numbers (0 for boundaries): the trie's filters test bits of it
   * to reject a word without comparing strings. Code that rewrites a token's text after `tokenize` must call `setNorm`,
   * which keeps `hashes` and `ids` in step (a stale hash would make the trie miss the new word).
   */
  readonly hashes: Int32Array;
  /**
   * The id of the token's folded text in `words` (0 for boundaries): equal ids mean equal norms, so a later pass can
   * cache facts about (something, word) in typed arrays keyed by integers, without reading strings. Looked up when
   * the tokeniser's word cache is filled, so a token costs one array read.
   */
  readonly ids: Int32Array;
  /**
   * Which id table `ids` come from (`currentWordIdEpoch`): the table starts again after ~260 000 distinct words,
   * and a structure keyed by ids must then be rebuilt, since an old id may name another word. Not read-only: code
   * that looks the ids up again in the current table (the trie does, for tokens kept across) updates it.
   */
  idEpoch: number;
  /**
   * Every word token is Latin letters (ASCII, U+00C0–U+024F; no micro sign, no other script), possibly with an English
   * contraction after a straight apostrophe ("can't"). The privacy reader then knows which tokens are its own words
   * from two characters per token instead of all of them.
   */
  readonly plainLatin: boolean;
  /** Some word token ends with an English contraction ("can't", "I'm"): most messages have none. */
  readonly contractions: boolean;
  /**
   * Some number token comes right after a '(' or a ',': only then may an age stand in apposition ("Lou (6 semaines)",
   * "Noah, 5 semaines,"; engine/appositive-age.ts), whose reader then skips most messages.
   */
  readonly asides: boolean;
  /**
   * Some word token is (or, before a `setNorm`, was) a number word (`NUMBER_WORDS`: "six", "douze"), read by the
   * lexicon's number pieces: the trie then skips its number-word pass for most messages without scanning them. Known
   * from the word cache record, so it costs no lookup per token; `setNorm` sets it when a fix writes a number word.
   */
  numberWords: boolean;
}

/**
 * Word ids by norm: every distinct word met gets the next integer, so ids stay the same for the same text across
 * messages (caches keyed by them keep their entries when the tokeniser's word cache evicts and refills a word).
 * Bounded: past `WORD_IDS_MAX` words the table starts again and `wordIdEpoch` changes.
 */
const WORD_IDS_MAX = 1 << 18;
let wordIds = new WordIds();
/** Incremented when the id table starts again (see `Tokens.idEpoch`). */
let wordIdEpoch = 0;

/** The current id table (see `Tokens.idEpoch`). */
export function currentWordIdEpoch(): number {
  return wordIdEpoch;
}

/** The current id table itself (see `Tokens.words`). */
export function currentWordIds(): WordIds {
  return wordIds;
}

/**
 * The id of a folded word (see `Tokens.ids`): equal norms, equal ids (until `wordIdEpoch` changes).
 *
 * @example wordId('mal') === wordId('mal') // true
 */
export function wordId(norm: string, hash = normHash(norm)): number {
  return wordIds.get(norm, hash);
}

/** Starts the id table again when it is full (between messages, so that one message's ids share an epoch). */
function boundWordIds(): void {
  if (wordIds.size < WORD_IDS_MAX) return;
  wordIds = new WordIds();
  wordIdEpoch++;
  // The word cache holds ids of the old epoch: empty it.
  cache.fill(0);
}

/**
 * The value of each number word (`NUMBER_WORDS`) at its id in the current id table, 0 elsewhere: `remember` notes a
 * number word with a byte read (a map lookup hashed the new string again at each cache miss), and the trie's number
 * pieces read a word's value (`numberWordValue`).
 */
let numberWordValues = new Uint8Array(0);
let numberWordEpoch = -1;

/** Fills `numberWordValues` for the current id table (once per epoch; `tokenize` calls it before any reader). */
function boundNumberWordIds(): void {
  if (numberWordEpoch === wordIdEpoch) return;
  numberWordEpoch = wordIdEpoch;
  const ids = [...NUMBER_WORDS.keys()].map((word) => wordId(word));
  numberWordValues = new Uint8Array(Math.max(...ids) + 1);
  [...NUMBER_WORDS.values()].forEach((value, k) => (numberWordValues[ids[k]!] = value));
}

/**
 * The value of the number word with id `id` in the current id table ("six" → 6), or 0.
 *
 * @example numberWordValue(tokenize('six semaines').ids[0]!) // 6
 */
export function numberWordValue(id: number): number {
  return id < numberWordValues.length ? numberWordValues[id]! : 0;
}

/**
 * A hash of a folded word (FNV-1a, cut to 30 bits so that V8 keeps it a small integer wherever it is stored): the
 * same for a message's word and a lexicon word of the same text.
 *
 * @example normHash('mal') === normHash('mal') // true
 */
export function normHash(norm: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < norm.length; k++) h = Math.imul(h ^ norm.charCodeAt(k), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * The folded text of token `i` ('' for a boundary; undefined past the tokens, as an array read would be).
 *
 * @example normAt(tokenize("J'ai mal."), 2) // 'mal'
 */
export function normAt(tokens: Tokens, i: number): string | undefined {
  const id = tokens.ids[i];
  return id === undefined ? undefined : tokens.words.norm(id);
}

/**
 * The folded texts of every token, in a new array (for tests and tools: the engine reads the few it needs by `normAt`).
 *
 * @example normsOf(tokenize("J'ai mal.")) // ['j', 'ai', 'mal', '']
 */
export function normsOf(tokens: Tokens): string[] {
  return Array.from(tokens.ids, (id) => tokens.words.norm(id));
}

/**
 * Replaces the folded text of word `i` (a spelling fix between `tokenize` and the trie), keeping `hashes` and `ids`
 * in step.
 *
 * @example setNorm(tokens, 2, 'poitrine')
 */
export function setNorm(tokens: Tokens, i: number, norm: string): void {
  tokens.hashes[i] = normHash(norm);
  tokens.ids[i] = tokens.words.get(norm, tokens.hashes[i]);
  if (numberWordValue(tokens.ids[i]!) > 0) tokens.numberWords = true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters: ASCII, Latin-1/Extended, and other alphabetic scripts (kept as words, matched by nothing). */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xb5; // micro sign (µg)
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return true;
  if (c >= 0x3040 && c <= 0x9fff) return true;
  return c >= 0xac00 && c <= 0xd7a3;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Scratch buffers shared by every call (`tokenize` is synchronous and never re-entered): tokens are written here,
 * then copied once into exact-size arrays, so a message neither grows nor zero-fills buffers of its own.
 */
let capacity = 1024;
let scratchTypes = new Uint8Array(capacity);
let scratchStarts = new Int32Array(capacity);
let scratchEnds = new Int32Array(capacity);
let scratchHashes = new Int32Array(capacity);
let scratchIds = new Int32Array(capacity);
let count = 0;
/**
 * Buffers grown past this many tokens are released after the call. Below it they are kept (at most ~9 MB of typed
 * arrays plus the word list, after a message of a million tokens) so that long messages do not regrow them.
 */
const SCRATCH_KEEP = 1 << 20;

function grow(): void {
  capacity *= 2;
  scratchTypes = grown(scratchTypes, capacity);
  scratchStarts = grown(scratchStarts, capacity);
  scratchEnds = grown(scratchEnds, capacity);
  scratchHashes = grown(scratchHashes, capacity);
  scratchIds = grown(scratchIds, capacity);
}

function push(type: TokenType, start: number, end: number, hash: number, id: number): void {
  // Collapse runs of boundaries: keep the strongest one.
  if (type >= TokenType.Clause) {
    if (count === 0) return;
    const prev = scratchTypes[count - 1] as TokenType;
    if (prev >= TokenType.Clause) {
      if (rank(type) > rank(prev)) scratchTypes[count - 1] = type;
      scratchEnds[count - 1] = end;
      return;
    }
  }
  if (count === capacity) grow();
  scratchTypes[count] = type;
  scratchStarts[count] = start;
  scratchEnds[count] = end;
  scratchHashes[count] = hash;
  scratchIds[count] = id;
  count++;
}

/**
 * Folded forms of the last words and numbers seen, by hash of their raw text: a message repeats most of its words
 * (and messages repeat each other's), so each distinct spelling is sliced and folded once, and equal words share
 * one string (which also makes the trie's map lookups cheaper). Direct-mapped: a collision just refolds. 32 768
 * slots (2 MB): the bench's messages hold ~15 000 distinct words and numbers, and with 16 384 slots one token in twelve
 * was a miss (refolded, hashed and looked up in the word-id table again; 42 000 misses a pass instead of 82 000 now):
 * 0.95–0.99 of the whole engine's time in Node, ~0.985 in Chromium. 65 536 slots (4 MB) were slower again (1.025:
 * fewer misses, but each hit reads memory further from the CPU). With 8 192, +6 % against 16 384.
 *
 * Each slot is one record in a typed array — a header (raw length, flags, word id), the norm's hash and the raw
 * characters themselves, four per integer when all are below U+0100 (two otherwise) — so a token is checked against
 * its slot with one cache line and no string read (slots of strings cost a second scattered read per token, the
 * string's own characters); the norm comes from the word-id table by id (a small, dense array). The first read of a
 * slot missed the CPU caches (5.6 % of Node's time with 64-byte records of two characters per integer), so records
 * are small: 16 bytes for raw texts of up to 8 narrow characters (95 % of the bench's word tokens), 32 bytes in a
 * table of their own for longer ones (up to 24 narrow characters, or 12 wide; longer ones are not cached). Against
 * 32 768 64-byte records (2 MB): 32-byte records alone, 0.975 then ~1.00 of the whole engine's time in Node (noisy);
 * the two tables (1 MB, and short and long words no longer evict each other: 33 000 misses a pass instead of 42 000),
 * 0.972 / 0.973 / 0.998 (both orders each), 0.992 against the 32-byte records alone. 65 536 short slots: ~0.996 of
 * that (18 500 misses, more memory); 16 384 32-byte slots for all words: 1.09.
 */
const SHORT_SLOTS = 32_768;
const SHORT_INTS = 4;
const LONG_SLOTS = 16_384;
const LONG_INTS = 8;
const LONG_BASE = SHORT_SLOTS * SHORT_INTS;
/**
 * Fields of a slot record: a header (the raw text's length, 0 when empty; `S_WIDE` when some character is past
 * U+00FF; `S_NUMBER_WORD` when the norm is a number word; the word id above `S_ID_SHIFT`), `normHash(norm)`, then the
 * raw characters, four per integer (one byte each), or two per integer (16 bits each) in a wide record.
 */
const S_HEADER = 0;
const S_HASH = 1;
const S_CHARS = 2;
const S_KEY_MASK = 0x3f;
const S_WIDE = 0x20;
const S_NUMBER_WORD = 0x40;
const S_ID_SHIFT = 7;
/** Ids past this do not fit the header: such words are not cached (never met below ~16 M distinct words). */
const S_ID_MAX = (1 << (31 - S_ID_SHIFT)) - 1;
/** The longest raw text of a short record, in narrow characters (a wide one holds half as many). */
const SHORT_CHARS = (SHORT_INTS - S_CHARS) * 4;
const cache = new Int32Array(LONG_BASE + LONG_SLOTS * LONG_INTS);

/** The record for a raw text of raw hash `h` and `length` characters (`wide`: some character past U+00FF). */
function slotAt(h: number, length: number, wide: boolean): number {
  if ((wide ? length * 2 : length) <= SHORT_CHARS) return (h & (SHORT_SLOTS - 1)) * SHORT_INTS;
  return LONG_BASE + (h & (LONG_SLOTS - 1)) * LONG_INTS;
}

/** Fills slot record `at` on a miss from the raw text `text[start, end)` (`wide`: some character past U+00FF). */
function remember(at: number, text: string, start: number, end: number, wide: boolean, norm: string): void {
  const hash = normHash(norm);
  const id = wordId(norm, hash);
  const length = end - start;
  rememberedHash = hash;
  rememberedId = id;
  rememberedNumberWord = numberWordValue(id) > 0 ? 1 : 0;
  const chars = ((at < LONG_BASE ? SHORT_INTS : LONG_INTS) - S_CHARS) * (wide ? 2 : 4);
  if (length > chars || id > S_ID_MAX) {
    cache[at + S_HEADER] = 0;
    return;
  }
  cache[at + S_HEADER] =
    length | (wide ? S_WIDE : 0) | (rememberedNumberWord === 1 ? S_NUMBER_WORD : 0) | (id << S_ID_SHIFT);
  cache[at + S_HASH] = hash;
  if (wide) for (let k = 0; k < length; k += 2) cache[at + S_CHARS + (k >> 1)] = packedWide(text, start + k, end);
  else for (let k = 0; k < length; k += 4) cache[at + S_CHARS + (k >> 2)] = packedNarrow(text, start + k, end);
}
/** The hash, id and number-word flag of the word `remember` last filed (read back when it was too long for a slot). */
let rememberedHash = 0;
let rememberedId = 0;
let rememberedNumberWord = 0;

/** Characters `text[i, i + 2)` cut at `end`, 16 bits each. */
function packedWide(text: string, i: number, end: number): number {
  return text.charCodeAt(i) | (i + 1 < end ? text.charCodeAt(i + 1) << 16 : 0);
}

/** Characters `text[i, i + 4)` cut at `end`, 8 bits each (all below U+0100). */
function packedNarrow(text: string, i: number, end: number): number {
  let packed = text.charCodeAt(i);
  if (i + 1 < end) packed |= text.charCodeAt(i + 1) << 8;
  if (i + 2 < end) packed |= text.charCodeAt(i + 2) << 16;
  if (i + 3 < end) packed |= text.charCodeAt(i + 3) << 24;
  return packed;
}

/** Whether slot record `at` holds the raw text `text[start, end)` (`wide`: some character past U+00FF). */
function cachedAt(at: number, text: string, start: number, end: number, wide: boolean): boolean {
  const key = (end - start) | (wide ? S_WIDE : 0);
  if ((cache[at + S_HEADER]! & S_KEY_MASK) !== key) return false;
  if (wide) {
    for (let k = start; k < end; k += 2)
      if (cache[at + S_CHARS + ((k - start) >> 1)] !== packedWide(text, k, end)) return false;
    return true;
  }
  let k = start;
  for (; k + 4 <= end; k += 4) {
    const packed =
      text.charCodeAt(k) |
      (text.charCodeAt(k + 1) << 8) |
      (text.charCodeAt(k + 2) << 16) |
      (text.charCodeAt(k + 3) << 24);
    if (cache[at + S_CHARS + ((k - start) >> 2)] !== packed) return false;
  }
  return k === end || cache[at + S_CHARS + ((k - start) >> 2)] === packedNarrow(text, k, end);
}

function mix(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/**
 * Splits `text` into word, number and boundary tokens.
 *
 * @example normsOf(tokenize("J'ai mal.")) // ['j', 'ai', 'mal', '']
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  count = 0;
  boundWordIds();
  boundNumberWordIds();
  let plainLatin = true;
  let contractions = false;
  let asides = false;
  let numberWords = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Spaces are the most common character between tokens: skip them before the other tests.
    if (c === 32) {
      i++;
      continue;
    }
    if (isLetter(c)) {
      const start = i;
      let plain = true;
      let latin = false;
      let wide = false;
      let h = 7;
      // The character after the word (0 at the end of the text): an apostrophe may start an English contraction.
      let after = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isLetter(d)) {
          after = d;
          break;
        }
        if (d < 97 || d > 122) {
          plain = false;
          if (d > 127 && d < 0x250) latin = true;
          if (d >= 0x250 || d === 0xb5) plainLatin = false;
          if (d > 0xff) wide = true;
        }
        h = mix(h, d);
        i++;
      }
      // English contractions stay one word ("can't" → "cant", "I'm" → "im"), so lexicons need one spelling
      // whether or not the apostrophe was typed. French elisions ("l'AVC", "j'ai") are split above.
      const letters = i;
      const suffix = after === 39 || after === 0x2019 || after === 0x2bc ? contractionSuffix(text, i) : 0;
      if (suffix > 0) {
        contractions = true;
        if (text.charCodeAt(i) !== 39) {
          plainLatin = false;
          wide = true; // U+2019, U+02BC
        }
      }
      for (let k = i; k < i + suffix; k++) h = mix(h, text.charCodeAt(k));
      i += suffix;
      const at = slotAt(h, i - start, wide);
      if (cachedAt(at, text, start, i, wide)) {
        const header = cache[at + S_HEADER]!;
        numberWords |= header & S_NUMBER_WORD;
        push(TokenType.Word, start, i, cache[at + S_HASH]!, header >>> S_ID_SHIFT);
      } else {
        let norm: string;
        if (plain) norm = text.slice(start, letters);
        else if (!latin)
          norm = text.slice(start, letters).toLowerCase(); // ASCII or other scripts: nothing to strip
        else {
          norm = '';
          for (let k = start; k < letters; k++) norm += foldCode(text.charCodeAt(k));
        }
        for (let k = letters + 1; k < i; k++) norm += foldCode(text.charCodeAt(k));
        remember(at, text, start, i, wide, norm);
        numberWords |= rememberedNumberWord;
        push(TokenType.Word, start, i, rememberedHash, rememberedId);
      }
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      if (count > 0 && scratchTypes[count - 1] === TokenType.Clause) {
        const mark = text.charCodeAt(scratchStarts[count - 1]!);
        if (mark === 40 || mark === 44) asides = true;
      }
      let h = 3;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
        h = mix(h, d);
      }
      const at = slotAt(h, i - start, false);
      if (cachedAt(at, text, start, i, false)) {
        push(TokenType.Number, start, i, cache[at + S_HASH]!, cache[at + S_HEADER]! >>> S_ID_SHIFT);
      } else {
        remember(at, text, start, i, false, text.slice(start, i).replace(',', '.'));
        push(TokenType.Number, start, i, rememberedHash, rememberedId);
      }
      continue;
    }
    if (c === 10) {
      // Blank line or a bulleted next line ends a sentence; a single line break only a clause.
      let j = i + 1;
      let blank = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10) blank = true;
        else if (!isSpace(d)) break;
        j++;
      }
      const next = j < n ? text.charCodeAt(j) : 0;
      const bullet = next === 45 || next === 42 || next === 0x2022 || next === 35;
      push(blank || bullet ? TokenType.Sentence : TokenType.Newline, i, i + 1, 0, 0);
      i = j;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      push(TokenType.Sentence, i, i + 1, 0, 0);
      i++;
      continue;
    }
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014) {
      push(TokenType.Clause, i, i + 1, 0, 0);
      i++;
      continue;
    }
    if ((c === 45 || c === 0x2013) && (i + 1 >= n || isSpace(text.charCodeAt(i + 1)))) {
      push(TokenType.Clause, i, i + 1, 0, 0);
      i++;
      continue;
    }
    i++;
  }
  // The five typed arrays are views on one arena region (Int32 ones first: their views need 4-byte alignment).
  const offset = reserve(count * 17);
  const buffer = arena();
  const starts = new Int32Array(buffer, offset, count);
  const ends = new Int32Array(buffer, offset + count * 4, count);
  const hashes = new Int32Array(buffer, offset + count * 8, count);
  const ids = new Int32Array(buffer, offset + count * 12, count);
  const types = new Uint8Array(buffer, offset + count * 16, count);
  // An index loop, not `set(subarray(…))`: subarray views per message were a tenth of the engine's garbage.
  for (let k = 0; k < count; k++) {
    starts[k] = scratchStarts[k]!;
    ends[k] = scratchEnds[k]!;
    hashes[k] = scratchHashes[k]!;
    ids[k] = scratchIds[k]!;
    types[k] = scratchTypes[k]!;
  }
  if (capacity > SCRATCH_KEEP) {
    capacity = 1024;
    scratchTypes = new Uint8Array(capacity);
    scratchStarts = new Int32Array(capacity);
    scratchEnds = new Int32Array(capacity);
    scratchHashes = new Int32Array(capacity);
    scratchIds = new Int32Array(capacity);
  }
  return {
    count,
    types,
    starts,
    ends,
    words: wordIds,
    hashes,
    ids,
    idEpoch: wordIdEpoch,
    plainLatin,
    contractions,
    asides,
    numberWords: numberWords !== 0,
  };
}

/** Length (apostrophe included) of an English contraction suffix at `i` ("'t", "'m", "'re", "'ve", "'d"), or 0. */
function contractionSuffix(text: string, i: number): number {
  // Apostrophes: straight, typographic, modifier letter (the tokeniser also checks them before calling).
  const apostrophe = text.charCodeAt(i);
  if (apostrophe !== 39 && apostrophe !== 0x2019 && apostrophe !== 0x2bc) return 0;
  const a = text.charCodeAt(i + 1) | 0x20;
  const b = text.charCodeAt(i + 2) | 0x20;
  let length = 0;
  // "'s" stays split: possessives ("the hospital's", "mum's") keep their noun intact.
  if (a === 116 || a === 109 || a === 100)
    length = 2; // t m d
  else if ((a === 114 || a === 118) && b === 101) length = 3; // re ve
  if (length === 0) return 0;
  const after = text.charCodeAt(i + length);
  return Number.isNaN(after) || !isLetter(after) ? length : 0;
}

function rank(type: TokenType): number {
  return type === TokenType.Sentence ? 3 : type === TokenType.Clause ? 2 : 1;
}
