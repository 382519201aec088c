/**
 * A token trie over every compiled term of every entry: one pass over the tokens finds all term occurrences,
 * however many terms the lexicons hold (the "naive" alternative — one RegExp per term — is what the benchmark
 * compares against).
 */
import { grown } from '../text/grow.ts';
import { compoundNumberWords } from '../text/number-words.ts';
import {
  currentWordIdEpoch,
  currentWordIds,
  normAt,
  normHash,
  numberWordValue,
  type Tokens,
  TokenType,
  wordId,
} from '../text/tokenize.ts';
import { EdgeTable } from './edge-table.ts';
import { unpackSlots, type Slot } from './pattern.ts';

/** Maximum number of tokens a `...` gap may skip (a clause rarely puts more words between two linked terms). */
const GAP_MAX = 5;

/** Letters a word needs before a suffix piece (`*ectomie` matches "vasectomie", not "ectomie" alone). */
const SUFFIX_MIN_ROOT = 2;

interface Node {
  /**
   * Index in `nodes`: the key of the typed tables (`hot`, `cold`, `edges`) and of `cachedKeys`. Creation order, until
   * `compactNodes` gives the expanded nodes the first ids.
   */
  id: number;
  exact: Map<string, Node> | null;
  /**
   * The same children as one-element transition lists: a node without stems or ranges (most of them) answers
   * `next` with one small-map lookup and no memo (a memo there would grow with every word seen after the node).
   */
  exactNext: Map<string, readonly Node[]> | null;
  /**
   * A two-bit Bloom filter of the exact children's `normHash` (see `bit`) and bit `min(length, 29)` for their
   * lengths (set when the node is expanded): most words reaching a node continue none of its terms, and three
   * bit tests on the token's hash and length reject them without a map lookup.
   */
  bloomLow: number;
  bloomHigh: number;
  lengthMask: number;
  /**
   * A third bit of the children's hashes (`bit(hash >>> 10)`), for the root's filter of the next word: unlike the
   * length bit it needs no read of the word's string (a scattered read per token: 0.96 of the time without it).
   */
  bloomThird: number;
  /** `bit(c)` for the first character `c` of every stem; `anyStem` when a stem is empty (any word). */
  stemMask: number;
  /**
   * The stems' first three characters, two bits of `prefixHash` each (see `SHAPE_PREFIX_A`), when every stem has three
   * characters or more (0 otherwise: `stemMask` alone then).
   */
  prefixLow: number;
  prefixHigh: number;
  anyStem: boolean;
  /**
   * `bit(c)` for the last character `c` of every suffix family: a word that matches no exact child, starts like
   * no stem and ends like no suffix is rejected before the memo (random text would otherwise fill the root's memo
   * with a new word at every token, since the root has suffix families).
   */
  lastMask: number;
  /** Stems by length, so a token is checked with one slice per distinct stem length. */
  stems: Map<string, Node> | null;
  stemLengths: number[] | null;
  /** First characters of the stems (-1 for an empty stem): a word starting otherwise matches none of them. */
  stemFirst: Set<number> | null;
  ranges: { min: number; max: number; decimal: boolean; node: Node }[] | null;
  /**
   * Suffix families (`*ectomie`: any word ending so, with at least `SUFFIX_MIN_ROOT` letters before), by
   * length, so a token costs one slice and one lookup per distinct suffix length.
   */
  suffixes: Map<string, Node> | null;
  suffixLengths: number[] | null;
  gap: Node | null;
  /** Set when the node is expanded: it has exact, stem or range children (`walk` then reads the next word). */
  walkOn: boolean;
  entries: number[] | null;
  /** Transitions already computed for a token text at this node (texts repeat a lot). */
  memo: Map<string, readonly Node[]> | null;
  /**
   * Terms still to insert below this node (lazy construction: a node's children are built the first time a
   * message reaches it, so loading the engine costs almost nothing and a message only pays for the paths it
   * visits). Null once expanded.
   */
  pending: Continuation[] | null;
}

/**
 * The rest of one term to insert from a node: pieces `p..` of the current alternative of slot `k - 1`, then
 * slots `k..`. Processing continuations in arrival order reproduces exactly the eager depth-first insertion
 * (same children order, same entry order), so the lazy trie finds the same hits in the same order.
 */
interface Continuation {
  /** The term's slots, or null while only its packed form (`packed`) is known: parsed when first needed. */
  readonly slots: readonly Slot[] | null;
  readonly packed: string;
  readonly k: number;
  readonly pieces: readonly string[] | null;
  readonly p: number;
  readonly entry: number;
}

/** Per-node memo bound, so that an adversarial stream of distinct words cannot grow memory without limit. */
const MEMO_MAX = 65_536;

export interface Hit {
  readonly entry: number;
  /** First and last token index (inclusive). */
  readonly first: number;
  readonly last: number;
  /**
   * Token ranges skipped by `...` gaps, as inclusive [from, to] pairs, or null (most hits). The context rule
   * needs them: a negation skipped by a gap negates the sign ("il ne vomit pas de sang"), while a negation
   * matched by the term is part of the sign's wording.
   */
  readonly skipped: readonly number[] | null;
}

const NONE: readonly Node[] = [];

/**
 * Hit objects reused by every `find` (a hit of `find` is valid until the next `find`, which rewrites it): in
 * `analyze()` the hits die with the call, and a 4 KB message makes ~300 of them, a tenth of its time when each was a
 * new object. Past `HIT_POOL_KEEP` the pool is dropped after the call.
 */
interface PooledHit {
  entry: number;
  first: number;
  last: number;
  skipped: readonly number[] | null;
}
let hitPool: PooledHit[] = [];
let hitsUsed = 0;
const HIT_POOL_KEEP = 1 << 16;

/**
 * The bit of `x` in a node's filter masks. Masks keep to 30 bits: V8 stores a larger integer in an object field as a
 * separate boxed number, one more scattered memory read per test.
 */
function bit(x: number): number {
  return 1 << ((x & 31) % 30);
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 29);
}

/**
 * Every node of every trie, by id, and the facts `find` needs about each in one typed array (`HOT` integers per
 * node, see the `F_` flags and `H_` fields): walking the trie reads these small adjacent records instead of node
 * objects scattered in memory. The objects remain for building the trie and for the rarer nodes with stems,
 * suffixes or number ranges. Node ids are global (one table for every trie; a process holds one real trie).
 */
const nodes: Node[] = [];
/**
 * Four integers per node (16 bytes, four records per cache line): what most visits read. A record of 8 spread the
 * visited nodes (a quarter of those created; children are created when their parent is expanded) over twice the
 * memory. The rarer fields are in `cold`.
 */
const HOT = 4;
let hot = new Int32Array(HOT * 1024);
/** Flags (`hot[id * HOT]`). */
const F_EXPANDED = 1;
const F_ENTRIES = 2;
const F_GAP = 4;
/** Has exact, stem or range children: `walk` reads the next word. */
const F_WALK_ON = 8;
/** No stems, suffixes or ranges: a word's only possible transition is its exact child. */
const F_EXACT_ONLY = 16;
/** Exactly one child, an exact word (most nodes past a term's first word). */
const F_SINGLE = 32;
/** A stem child is empty (`Node.anyStem`): any word may continue. */
const F_ANY_STEM = 64;
/** Has number-range children. */
const F_RANGES = 128;
/**
 * No stems or suffixes (ranges allowed): a word token's only possible transition is its exact child, as at an
 * `F_EXACT_ONLY` node; only number tokens need the range test. A quarter of a token's steps were at such nodes
 * ("# ans", "{38-42}d degres" after common words), each a string read and a cache lookup before this flag (0.94 of
 * the time with it, same-process runs).
 */
const F_WORDS_EXACT = 256;
/** `F_ENTRIES` with a single entry (most nodes with entries): `H_ENTRIES` holds the entry itself, not a pool offset. */
const F_ONE_ENTRY = 512;
/**
 * At least `WIDE_MIN` exact children: the Bloom filter of the exact children is a wide one in `wideFilters`, whose
 * offset and size replace the two masks of the record.
 */
const F_WIDE = 1024;
/**
 * A gap child's id sits in the flags' upper bits (when below 2²⁰; 0 otherwise, then read from `cold`): `walk` at a gap
 * node then reads no second table (that read was ~1 % of `analyze()`; with `F_ONE_ENTRY`, 0.965 of the time).
 */
const GAP_SHIFT = 11;
const GAP_INLINE_MAX = 1 << (31 - GAP_SHIFT);
/** Fields after the flags: Bloom filter of the exact children (see `Node.bloomLow`). */
const H_BLOOM_LOW = 1;
const H_BLOOM_HIGH = 2;
/** For `F_WIDE` (instead of the two masks): the wide filter's offset in `wideFilters` and its size in bits, minus 1. */
const H_WIDE_AT = 1;
const H_WIDE_MASK = 2;
/** For `F_SINGLE` (instead of the Bloom filter, which one child does not need): the child's word id and node id. */
const H_SINGLE_WORD = 1;
const H_SINGLE_NODE = 2;
/** For `F_ENTRIES`: offset in `entryPool` of [count, entry…]; for `F_ONE_ENTRY` the entry. */
const H_ENTRIES = 3;
/** Rarer facts, `COLD` integers per node: the gap child, and for nodes with stems, suffixes or ranges their masks. */
const COLD = 6;
let cold = new Int32Array(COLD * 1024);
const C_GAP = 0;
/** `Node.lengthMask`, `Node.stemMask`, `Node.lastMask`. */
const C_LENGTHS = 1;
const C_STEM_MASK = 2;
const C_LAST_MASK = 3;
/** `Node.prefixLow`, `Node.prefixHigh`. */
const C_PREFIX_LOW = 4;
const C_PREFIX_HIGH = 5;
/** Entries of the expanded nodes, each list as [count, entry…]. */
let entryPool = new Int32Array(1024);
let entryPoolUsed = 0;
/** Exact transitions of every expanded node, by (node id, word id). */
const edges = new EdgeTable();
/** The word-id table (`Tokens.idEpoch`) that `edges` and the `H_SINGLE_WORD` fields were built with. */
let edgeEpoch = 0;

function newNode(): Node {
  const id = nodes.length;
  if ((id + 1) * HOT > hot.length) {
    hot = grown(hot, hot.length * 2);
    cold = grown(cold, cold.length * 2);
  }
  // Fields in the order `find`, `walk` and `next` read them: a node's first cache line answers most visits.
  const node: Node = {
    pending: null,
    entries: null,
    gap: null,
    walkOn: false,
    bloomLow: 0,
    bloomHigh: 0,
    lengthMask: 0,
    bloomThird: 0,
    stems: null,
    ranges: null,
    suffixes: null,
    exactNext: null,
    id,
    memo: null,
    stemMask: 0,
    prefixLow: 0,
    prefixHigh: 0,
    anyStem: false,
    lastMask: 0,
    exact: null,
    stemLengths: null,
    stemFirst: null,
    suffixLengths: null,
  };
  nodes.push(node);
  return node;
}

function child(node: Node, piece: string): Node {
  if (piece === '...') return (node.gap ??= newNode());
  if (piece === '#') return rangeChild(node, 0, Number.MAX_VALUE, false);
  if (piece.startsWith('{')) {
    // `{38-42}d`: the number must have one decimal digit ("38,5"), which tells a temperature from an age or a price.
    const decimal = piece.endsWith('d');
    const [min, max] = piece
      .slice(1, decimal ? -2 : -1)
      .split('-')
      .map(Number);
    return rangeChild(node, min ?? 0, max ?? 0, decimal);
  }
  if (piece.startsWith('*') && piece.length > 1) {
    const suffix = piece.slice(1);
    node.suffixes ??= new Map();
    let next = node.suffixes.get(suffix);
    if (!next) {
      next = newNode();
      node.suffixes.set(suffix, next);
      node.suffixLengths ??= [];
      if (!node.suffixLengths.includes(suffix.length)) node.suffixLengths.push(suffix.length);
    }
    return next;
  }
  if (piece.endsWith('*')) {
    const stem = piece.slice(0, -1);
    node.stems ??= new Map();
    let next = node.stems.get(stem);
    if (!next) {
      next = newNode();
      node.stems.set(stem, next);
      node.stemLengths ??= [];
      if (!node.stemLengths.includes(stem.length)) node.stemLengths.push(stem.length);
      (node.stemFirst ??= new Set()).add(stem === '' ? -1 : stem.charCodeAt(0));
    }
    return next;
  }
  node.exact ??= new Map();
  let next = node.exact.get(piece);
  if (!next) {
    next = newNode();
    node.exact.set(piece, next);
    (node.exactNext ??= new Map()).set(piece, [next]);
  }
  return next;
}

function rangeChild(node: Node, min: number, max: number, decimal: boolean): Node {
  node.ranges ??= [];
  const found = node.ranges.find((r) => r.min === min && r.max === max && r.decimal === decimal);
  if (found) return found.node;
  const created = { min, max, decimal, node: newNode() };
  node.ranges.push(created);
  return created.node;
}

/**
 * Hits kept per entry and message. Real messages never come close; a 1 MB input repeating one term would
 * otherwise allocate a hit per repetition. Past the cap, later occurrences of that entry are not examined.
 */
export const MAX_HITS_PER_ENTRY = 256;

export class TokenTrie {
  private readonly root = newNode();
  private entryCount = 0;

  /**
   * Adds one term given as slots (see `compileSlots`), expanding its alternatives into shared trie paths. All
   * terms must be added before the first `find` (the construction is lazy, see `Node.pending`).
   *
   * @example new TokenTrie().add(['douleur*', '...', ['poitrine', 'thorax']], 3)
   */
  add(slots: readonly Slot[], entry: number): void {
    if (this.searched) throw new Error('TokenTrie: add() after find()');
    this.entryCount = Math.max(this.entryCount, entry + 1);
    (this.root.pending ??= []).push({ slots, packed: '', k: 0, pieces: null, p: 0, entry });
  }

  /**
   * Adds one term in its packed form (see `packSlots`). A term starting with a plain word goes straight under
   * that word: its slots are parsed only when a message reaches that word, so loading stays cheap.
   *
   * @example new TokenTrie().addPacked('douleur* ... poitrine|thorax', 3)
   */
  addPacked(packed: string, entry: number): void {
    const space = packed.indexOf(' ');
    const first = space < 0 ? packed : packed.slice(0, space);
    if (this.searched || first === '' || first === '...' || /[|_]/.test(first)) {
      this.add(unpackSlots(packed), entry);
      return;
    }
    this.entryCount = Math.max(this.entryCount, entry + 1);
    // Same step as `insertAt(root, slots, 0)` for a one-word first slot, without parsing the rest yet.
    (this.root.pending ??= []).push({ slots: null, packed, k: 0, pieces: [first], p: 0, entry });
  }

  private searched = false;
  /**
   * Every occurrence of every term in `tokens`. Terms never cross clause or sentence boundaries; they may
   * cross a single line break. The hit objects are reused by the next `find` (see `hitPool`): read them, or copy
   * them, before calling it again.
   *
   * @example trie.find(tokenize('douleur dans la poitrine')) // [{ entry: 3, first: 0, last: 3 }]
   */
  find(tokens: Tokens): Hit[] {
    this.searched = true;
    const hits: Hit[] = [];
    hitsUsed = 0;
    // Hits per entry, zeroed again below from the hits themselves: one buffer for every call instead of one
    // zero-filled array the size of the lexicon per message.
    const counts = (this.counts ??= new Uint16Array(this.entryCount));
    syncWordIds(tokens);
    if (expandedCount >= compactAt) compactNodes();
    this.syncRoot();
    readNumberWords(tokens);
    try {
      const types = tokens.types;
      for (let i = 0; i < tokens.count; i++) {
        const type = types[i]!;
        if (type !== TokenType.Word && type !== TokenType.Number) continue;
        if (compoundCount > 0 && inCompound[i]) continue;
        const from = this.rootStarts(tokens, i);
        const to = from + this.startCount;
        if (from === to) continue;
        const pool = this.rootPool;
        // Most tokens start a term (articles and pronouns begin many) that the next word does not continue: the
        // first step of `walk` is done here for nodes with no hit and no gap, and the next word found once.
        let j = this.nextAt;
        for (let k = from; k < to; k++) {
          const start = pool[k]!;
          const flags = flagsOf(start);
          if (flags & (F_ENTRIES | F_GAP)) {
            this.walk(tokens, start, i, i, hits, counts, null);
            continue;
          }
          if (!(flags & F_WALK_ON)) continue;
          if (j === -2) j = nextWord(tokens, i + 1);
          if (j < 0) continue;
          this.follow(tokens, start, i, j, hits, counts, null);
        }
      }
    } finally {
      if (compoundCount > 0) clearCompounds(tokens.count);
      for (const hit of hits) counts[hit.entry] = 0;
      if (hitPool.length > HIT_POOL_KEEP) hitPool = [];
    }
    return hits;
  }

  private counts: Uint16Array | null = null;

  /**
   * The root's transitions by word id (`Tokens.ids`): every token starts at the root, and a word's start nodes are
   * worked out once, then read from `rootInfo` and `rootPool` at the word's id (ids are dense, so this is an array, not
   * a map; it grows with the number of distinct words and starts again with the id table).
   *
   * Most start nodes only continue a term with the next word (no hit of their own, no gap, exact children only):
   * each word keeps all its starts, the other starts alone ("must", in order), and the union of the Bloom filters of
   * the first-step starts (see `Node.bloomLow`). When the next word's hash fails that union, no first step can
   * succeed and only the "must" starts are visited — without reading the other start nodes.
   *
   * Two integers per word (see `ROOT_FIELDS`), the rest in the word's record in `rootPool`: every token reads its word's
   * pair, a scattered read; at 8 integers a word, the pairs of the bench's words took 1.3 MB, a quarter of that now.
   */
  private rootInfo = new Int32Array(ROOT_FIELDS * 1024);
  /** Per word with start nodes, its record (see `R_LOW`…): the Bloom filter, all its starts, then its "must" starts. */
  private rootPool = new Int32Array(1024);
  private rootPoolUsed = 0;
  /** The word-id table and node ids `rootInfo` was filled with (see `Tokens.idEpoch`, `layoutEpoch`). */
  private rootEpoch = 0;
  private rootLayout = 0;
  /** Index of the word after the token `rootStarts` last answered for, or -2 when it did not look. */
  private nextAt = -2;
  /** Number of start nodes `rootStarts` last answered (from the offset it returned). */
  private startCount = 0;

  /**
   * The start nodes to visit for token `i` (see `rootInfo`): their offset in `rootPool`, their number in
   * `startCount`. Sets `nextAt`.
   */
  private rootStarts(tokens: Tokens, i: number): number {
    this.nextAt = -2;
    const id = tokens.ids[i]!;
    const at = id * ROOT_FIELDS;
    if (at >= this.rootInfo.length) this.rootInfo = grown(this.rootInfo, Math.max(this.rootInfo.length * 2, at * 2));
    const info = this.rootInfo;
    if (info[at] === 0) this.cacheRoot(tokens, i, id);
    const must = info[at]! - 1;
    const counts = info[at + 1]!;
    this.startCount = counts & MUST_COUNT;
    if (!(counts & HAS_FILTER)) return must;
    const j = nextWord(tokens, i + 1);
    this.nextAt = j;
    if (j < 0) return must;
    const hash = tokens.hashes[j]!;
    const pool = this.rootPool;
    const record = must - R_MUST;
    if (
      pool[record + R_LOW]! & bit(hash) &&
      pool[record + R_HIGH]! & bit(hash >>> 5) &&
      pool[record + R_THIRD]! & bit(hash >>> 10)
    ) {
      this.startCount = pool[record + R_ALL_COUNT]!;
      return pool[record + R_ALL]!;
    }
    return must;
  }

  private cacheRoot(tokens: Tokens, i: number, id: number): void {
    // No memo at the root: `rootInfo` already keeps the answer by word (random text would fill a memo).
    const start = rootStart(transitionsAt(this.root, tokens, i, false));
    const at = id * ROOT_FIELDS;
    const info = this.rootInfo;
    if (start.ids.length === 0) {
      info[at] = 1;
      info[at + 1] = 0;
      return;
    }
    // The record: [low, high, third, all count, all offset], then the "must" starts, then all the starts when they
    // differ (most words: the "must" ones are all of them, and `R_ALL` points at them).
    const record = this.reserve(R_MUST + start.must.length + (start.must === start.ids ? 0 : start.ids.length));
    const pool = this.rootPool;
    const must = record + R_MUST;
    pool[record + R_LOW] = start.low;
    pool[record + R_HIGH] = start.high;
    pool[record + R_THIRD] = start.third;
    pool[record + R_ALL_COUNT] = start.ids.length;
    pool[record + R_ALL] = must;
    start.must.forEach((node, k) => (pool[must + k] = node));
    if (start.must !== start.ids) {
      pool[record + R_ALL] = must + start.must.length;
      start.ids.forEach((node, k) => (pool[must + start.must.length + k] = node));
    }
    info[at] = must + 1;
    info[at + 1] = start.must.length | (start.low === 0 ? 0 : HAS_FILTER);
  }

  /** Reserves `size` integers at the end of `rootPool`; returns their offset. */
  private reserve(size: number): number {
    const offset = this.rootPoolUsed;
    if (offset + size > this.rootPool.length)
      this.rootPool = grown(this.rootPool, Math.max(this.rootPool.length * 2, offset + size));
    this.rootPoolUsed += size;
    return offset;
  }

  /**
   * Forgets the root's transitions when the word ids name other words (see `syncWordIds`) or the nodes have other ids
   * (see `compactNodes`).
   */
  private syncRoot(): void {
    const epoch = currentWordIdEpoch();
    if (this.rootEpoch === epoch && this.rootLayout === layoutEpoch) return;
    this.rootEpoch = epoch;
    this.rootLayout = layoutEpoch;
    this.rootInfo.fill(0);
    this.rootPoolUsed = 0;
  }

  /** Walks on from node `from` (reached at token `at`) to the children that token `j` leads to. */
  private follow(
    tokens: Tokens,
    from: number,
    first: number,
    j: number,
    hits: Hit[],
    counts: Uint16Array,
    skipped: readonly number[] | null,
  ): void {
    const to = step(from, tokens, j);
    if (to >= 0) this.walk(tokens, to, first, j, hits, counts, skipped);
    else if (to === MANY) {
      const list = stepList;
      for (let k = 0; k < list.length; k++) this.walk(tokens, list[k]!.id, first, j, hits, counts, skipped);
    }
  }

  private walk(
    tokens: Tokens,
    node: number,
    first: number,
    at: number,
    hits: Hit[],
    counts: Uint16Array,
    skipped: readonly number[] | null,
  ): void {
    const flags = flagsOf(node);
    if (flags & F_ENTRIES) {
      const field = hot[node * HOT + H_ENTRIES]!;
      if (flags & F_ONE_ENTRY) record(field, first, at, skipped, hits, counts);
      else {
        const pool = entryPool;
        const end = field + 1 + pool[field]!;
        for (let k = field + 1; k < end; k++) record(pool[k]!, first, at, skipped, hits, counts);
      }
    }
    if (flags & F_WALK_ON) {
      const j = nextWord(tokens, at + 1);
      if (j >= 0) this.follow(tokens, node, first, j, hits, counts, skipped);
    }
    if (flags & F_GAP) {
      const gap = flags >>> GAP_SHIFT || cold[node * COLD + C_GAP]!;
      let j = at;
      for (let count = 0; count <= GAP_MAX; count++) {
        j = nextWord(tokens, j + 1);
        if (j < 0) break;
        const to = step(gap, tokens, j);
        if (to === NO_NODE) continue;
        // Only gaps that really skip a word record it (an allocation on a rare path).
        const skip = j === at + 1 ? skipped : skipped ? [...skipped, at + 1, j - 1] : [at + 1, j - 1];
        if (to >= 0) this.walk(tokens, to, first, j, hits, counts, skip);
        else {
          const list = stepList;
          for (let k = 0; k < list.length; k++) this.walk(tokens, list[k]!.id, first, j, hits, counts, skip);
        }
      }
    }
  }
}

/**
 * Integers per word of `TokenTrie.rootInfo`: the offset + 1 in `rootPool` of the word's "must" start nodes (0: not
 * worked out yet), then their number (`MUST_COUNT` bits) and `HAS_FILTER` when the word's record has a Bloom filter.
 */
const ROOT_FIELDS = 2;
const MUST_COUNT = (1 << 30) - 1;
const HAS_FILTER = 1 << 30;
/** A word's record in `TokenTrie.rootPool`: the Bloom filter's three masks, the number and offset of all its starts. */
const R_LOW = 0;
const R_HIGH = 1;
const R_THIRD = 2;
const R_ALL_COUNT = 3;
const R_ALL = 4;
/** Where the "must" start nodes begin, after the record's fields. */
const R_MUST = 5;

interface RootStart {
  /** Ids of the start nodes, and of the "must" ones (see `TokenTrie.rootSlots`). */
  readonly ids: readonly number[];
  readonly must: readonly number[];
  readonly low: number;
  readonly high: number;
  readonly third: number;
}

/** The start nodes of one word, split for `TokenTrie.rootStarts`. */
const NO_IDS: readonly number[] = [];
const NO_START: RootStart = { ids: NO_IDS, must: NO_IDS, low: 0, high: 0, third: 0 };

function rootStart(nodes: readonly Node[]): RootStart {
  if (nodes.length === 0) return NO_START;
  const must: number[] = [];
  let low = 0;
  let high = 0;
  let third = 0;
  for (const node of nodes) {
    if (node.pending) expand(node);
    if (node.entries || node.gap || (node.walkOn && (node.stems || node.ranges || node.suffixes))) must.push(node.id);
    else if (node.walkOn) {
      low |= node.bloomLow;
      high |= node.bloomHigh;
      third |= node.bloomThird;
    }
  }
  const ids = nodes.map((node) => node.id);
  return { ids, must: must.length === ids.length ? ids : must, low, high, third };
}

/** Records a hit of `entry` on tokens `first..last` (unless the entry has `MAX_HITS_PER_ENTRY` already). */
function record(
  entry: number,
  first: number,
  last: number,
  skipped: readonly number[] | null,
  hits: Hit[],
  counts: Uint16Array,
): void {
  const seen = counts[entry]!;
  if (seen >= MAX_HITS_PER_ENTRY) return;
  counts[entry] = seen + 1;
  let hit: PooledHit;
  if (hitsUsed < hitPool.length) {
    hit = hitPool[hitsUsed]!;
    hit.entry = entry;
    hit.first = first;
    hit.last = last;
    hit.skipped = skipped;
  } else {
    hit = { entry, first, last, skipped };
    hitPool.push(hit);
  }
  hitsUsed++;
  hits.push(hit);
}

/** Index of the next word/number token from `j`, skipping single line breaks; -1 at a boundary or the end. */
function nextWord(tokens: Tokens, j: number): number {
  while (j < tokens.count) {
    const type = tokens.types[j];
    if (type === TokenType.Word || type === TokenType.Number) return j;
    if (type !== TokenType.Newline) return -1;
    j++;
  }
  return -1;
}

/** Builds one level of the trie: moves each pending continuation of `node` one piece down (see `Continuation`). */
function expand(node: Node): void {
  const pending = node.pending ?? [];
  node.pending = null;
  for (const c of pending) {
    if (c.pieces && c.p < c.pieces.length) {
      // A packed term's first word (k = 0) counts as slot 0 consumed once placed.
      const k = c.slots === null && c.k === 0 ? 1 : c.k;
      push(child(node, c.pieces[c.p] ?? ''), { ...c, k, p: c.p + 1 });
    } else insertAt(node, c.slots ?? unpackSlots(c.packed), c.k, c.entry);
  }
  // A node's children are complete once it is expanded (only `expand` adds children, and only to this node).
  for (const word of node.exact?.keys() ?? []) {
    const hash = normHash(word);
    node.bloomLow |= bit(hash);
    node.bloomHigh |= bit(hash >>> 5);
    node.lengthMask |= lengthBit(word.length);
    node.bloomThird |= bit(hash >>> 10);
  }
  let shortStem = false;
  for (const stem of node.stems?.keys() ?? []) {
    if (stem === '') node.anyStem = true;
    else node.stemMask |= bit(stem.charCodeAt(0));
    if (stem.length < PREFIX_LENGTH) shortStem = true;
    else {
      const shape = shapeOf(stem);
      node.prefixLow |= 1 << ((shape >>> SHAPE_PREFIX_A) & SHAPE_BIT);
      node.prefixHigh |= 1 << ((shape >>> SHAPE_PREFIX_B) & SHAPE_BIT);
    }
  }
  if (shortStem) node.prefixLow = node.prefixHigh = 0;
  for (const suffix of node.suffixes?.keys() ?? []) node.lastMask |= bit(suffix.charCodeAt(suffix.length - 1));
  node.walkOn = node.exact !== null || node.stems !== null || node.ranges !== null;
  publish(node);
}

/** Writes an expanded node's facts into the typed tables (`hot`, `entryPool`, `edges`). */
function publish(node: Node): void {
  expandedCount++;
  const at = node.id * HOT;
  const coldAt = node.id * COLD;
  let flags = F_EXPANDED;
  if (node.walkOn) flags |= F_WALK_ON;
  if (!node.stems && !node.ranges && !node.suffixes) flags |= F_EXACT_ONLY;
  if (!node.stems && !node.suffixes) flags |= F_WORDS_EXACT;
  if (node.gap) {
    flags |= F_GAP;
    cold[coldAt + C_GAP] = node.gap.id;
    if (node.gap.id < GAP_INLINE_MAX) flags |= node.gap.id << GAP_SHIFT;
  }
  if (node.entries) {
    flags |= F_ENTRIES;
    const entries = node.entries;
    if (entries.length === 1) {
      flags |= F_ONE_ENTRY;
      hot[at + H_ENTRIES] = entries[0]!;
    } else {
      if (entryPoolUsed + entries.length + 1 > entryPool.length)
        entryPool = grown(entryPool, Math.max(entryPool.length * 2, entryPoolUsed + entries.length + 1));
      hot[at + H_ENTRIES] = entryPoolUsed;
      entryPool[entryPoolUsed++] = entries.length;
      for (const entry of entries) entryPool[entryPoolUsed++] = entry;
    }
  }
  if (node.anyStem) flags |= F_ANY_STEM;
  if (node.ranges) flags |= F_RANGES;
  hot[at + H_BLOOM_LOW] = node.bloomLow;
  hot[at + H_BLOOM_HIGH] = node.bloomHigh;
  if ((node.exact?.size ?? 0) >= WIDE_MIN) {
    flags |= F_WIDE;
    publishWideFilter(node, at);
  }
  if (!(flags & F_EXACT_ONLY)) {
    cold[coldAt + C_LENGTHS] = node.lengthMask;
    cold[coldAt + C_STEM_MASK] = node.stemMask;
    cold[coldAt + C_LAST_MASK] = node.lastMask;
    cold[coldAt + C_PREFIX_LOW] = node.prefixLow;
    cold[coldAt + C_PREFIX_HIGH] = node.prefixHigh;
  }
  if (flags & F_EXACT_ONLY && node.exact?.size === 1) flags |= F_SINGLE;
  hot[at] = flags;
  // The loop over the children is in a function of its own: the root's thousands of children make V8 compile the
  // loop's function while it runs (on-stack replacement), before the code after the loop ever ran; when that code
  // was here, every later call deoptimised there (4 845 times in one warm-up, in some runs only).
  publishEdges(node);
}

/**
 * Wide Bloom filters of the nodes with many exact children (`F_WIDE`), one after another.
 *
 * Why: the record's two 30-bit masks fill up past a few children ("douleur", "mal" and other common first words have
 * dozens), and every word then passed them and cost a read of the transition table, a scattered read into megabytes
 * (the bench: 0.20 M of 0.70 M exact lookups a pass found nothing, and 0.12 M steps at nodes with stems passed the masks
 * for nothing). A wide filter has 16 bits per child (a false pass in ~1.4 % of words); the few nodes that have one are
 * visited often, so their filters stay in the CPU's cache (0.96 of the time in Node, same-process runs both orders).
 */
let wideFilters = new Int32Array(1024);
let wideFiltersUsed = 0;
/** Exact children from which a node gets a wide filter (with 2 bits of 30, 8 children already let ~10 % through). */
const WIDE_MIN = 8;

/** Fills the wide filter of `node` (record at `at`) from its exact children's hashes. */
function publishWideFilter(node: Node, at: number): void {
  let bits = 256;
  while (bits < 16 * (node.exact?.size ?? 0)) bits *= 2;
  // Two probes read bits 0–14 and 15–29 of the 30-bit hash: at most 2¹⁵ bits.
  bits = Math.min(bits, 1 << 15);
  const offset = wideFiltersUsed;
  const size = bits >>> 5;
  if (offset + size > wideFilters.length)
    wideFilters = grown(wideFilters, Math.max(wideFilters.length * 2, offset + size));
  wideFiltersUsed += size;
  const mask = bits - 1;
  for (const word of node.exact?.keys() ?? []) {
    const hash = normHash(word);
    const a = hash & mask;
    const b = (hash >>> 15) & mask;
    wideFilters[offset + (a >>> 5)]! |= 1 << (a & 31);
    wideFilters[offset + (b >>> 5)]! |= 1 << (b & 31);
  }
  hot[at + H_WIDE_AT] = offset;
  hot[at + H_WIDE_MASK] = mask;
}

/** The flags of node `id` (see `F_EXPANDED`…), expanding it first if needed. */
function flagsOf(id: number): number {
  const flags = hot[id * HOT]!;
  if (flags & F_EXPANDED) return flags;
  expand(nodes[id]!);
  return hot[id * HOT]!;
}

/** Nodes expanded so far (see `publish`). */
let expandedCount = 0;
/**
 * `compactNodes` runs when `expandedCount` reaches this, which then doubles: a few times while a session's vocabulary
 * grows (4 times over the bench's warm-up), never once it is stable.
 */
let compactAt = 4096;
/** Incremented by `compactNodes`: node ids cached outside the node tables (`TokenTrie.rootInfo`) are stale. */
let layoutEpoch = 0;

/** How many times the node ids were laid out again (see `compactNodes`; for tests). */
export function nodeLayouts(): number {
  return layoutEpoch;
}

/**
 * Gives the expanded nodes the first ids, in their current order, and the others the ids after them; then rewrites
 * every table keyed by or holding node ids.
 *
 * Why: expanding a node creates all its children, and a child gets the next id, but only about one child in four is
 * ever visited (the bench: 165 000 nodes, 38 000 expanded). The visited nodes' `hot` records were spread one or two
 * per cache line over 2.6 MB; packed, they take 0.6 MB, which the walk's scattered reads find in the CPU's cache more
 * often (same-process runs: the trie 0.91 of the time, `analyze()` 0.98 in Node, 0.99 in Chromium). Ids are internal:
 * hits are the same. A layout costs 15–30 ms at the bench's sizes (150 000 nodes), once per doubling.
 */
function compactNodes(): void {
  // Ids are indexes in `nodes`: the new ids are worked out from the flags alone (no read of the scattered objects).
  const count = nodes.length;
  const renamed = new Int32Array(count);
  let next = 0;
  for (let old = 0; old < count; old++) if (hot[old * HOT]! & F_EXPANDED) renamed[old] = next++;
  for (let old = 0; old < count; old++) if (!(hot[old * HOT]! & F_EXPANDED)) renamed[old] = next++;
  const nextHot = new Int32Array(hot.length);
  const nextCold = new Int32Array(cold.length);
  for (let old = 0; old < count; old++) {
    const id = renamed[old]!;
    for (let f = 0; f < HOT; f++) nextHot[id * HOT + f] = hot[old * HOT + f]!;
    for (let f = 0; f < COLD; f++) nextCold[id * COLD + f] = cold[old * COLD + f]!;
    let flags = nextHot[id * HOT]!;
    if (flags & F_GAP) {
      const gap = renamed[cold[old * COLD + C_GAP]!]!;
      nextCold[id * COLD + C_GAP] = gap;
      flags = (flags & ((1 << GAP_SHIFT) - 1)) | (gap < GAP_INLINE_MAX ? gap << GAP_SHIFT : 0);
      nextHot[id * HOT] = flags;
    }
    if (flags & F_SINGLE) nextHot[id * HOT + H_SINGLE_NODE] = renamed[nextHot[id * HOT + H_SINGLE_NODE]!]!;
  }
  hot = nextHot;
  cold = nextCold;
  const old = nodes.slice();
  for (let k = 0; k < count; k++) {
    const node = old[k]!;
    node.id = renamed[k]!;
    nodes[node.id] = node;
  }
  edges.rename(renamed);
  cachedKeys.fill(0);
  cachedFound.fill(NONE);
  layoutEpoch++;
  compactAt = expandedCount * 2;
}

/**
 * Brings the word ids of `tokens` and of the trie's tables to the same id table (`Tokens.idEpoch`). The table starts
 * again only after ~260 000 distinct words, so this is a comparison of two integers almost always.
 */
function syncWordIds(tokens: Tokens): void {
  const epoch = currentWordIdEpoch();
  if (tokens.idEpoch !== epoch) {
    // Tokens kept from before the table started again (never in `analyze()`): their ids are looked up anew.
    for (let i = 0; i < tokens.count; i++) if (tokens.ids[i] !== 0) tokens.ids[i] = wordId(normAt(tokens, i) ?? '');
    tokens.idEpoch = epoch;
    tokens.words = currentWordIds();
  }
  if (edgeEpoch === epoch) return;
  edgeEpoch = epoch;
  shapes.fill(0);
  edges.clear();
  cachedKeys.fill(0);
  for (const node of nodes) if (hot[node.id * HOT]! & F_EXPANDED) publishEdges(node);
}

/**
 * The `edges` of an expanded node, and its `H_SINGLE_` fields when it has one child: when it is published, and again
 * after the word-id table started again.
 */
function publishEdges(node: Node): void {
  const at = node.id * HOT;
  const single = (hot[at]! & F_SINGLE) !== 0;
  for (const [word, child] of node.exact ?? []) {
    const id = wordId(word);
    edges.set(node.id, id, child.id);
    if (single) {
      hot[at + H_SINGLE_WORD] = id;
      hot[at + H_SINGLE_NODE] = child.id;
    }
  }
}

/** `step` found no transition. */
const NO_NODE = -1;
/** `step` found several transitions: they are in `stepList`. */
const MANY = -2;
/** The transitions of the last `step` that returned `MANY` (read before the next `step`). */
let stepList: readonly Node[] = NONE;

/**
 * The transition from node `from` by token `j`: the child's id, `NO_NODE`, or `MANY` (see `stepList`). Nodes with
 * exact children only (almost all of them) are answered from the typed tables; the others by `next`.
 */
function step(from: number, tokens: Tokens, j: number): number {
  if (compoundCount > 0 && inCompound[j]) return NO_NODE;
  const flags = flagsOf(from);
  const at = from * HOT;
  if (flags & F_SINGLE) return hot[at + H_SINGLE_WORD] === tokens.ids[j] ? hot[at + H_SINGLE_NODE]! : NO_NODE;
  if (flags & F_EXACT_ONLY) return exactStep(from, flags, tokens, j);
  // At a node with ranges only, a word that is no number word can only be an exact child (a quarter of the steps at
  // nodes that are not exact-only; here, not in `otherStep`, so that they do not pay its call).
  if (
    flags & F_WORDS_EXACT &&
    tokens.types[j] === TokenType.Word &&
    !(numberWordsInMessage && numberWordValue(tokens.ids[j]!) > 0)
  )
    return exactStep(from, flags, tokens, j);
  return otherStep(from, flags, tokens, j);
}

/** `step` at a node whose children for token `j` can only be exact words. */
function exactStep(from: number, flags: number, tokens: Tokens, j: number): number {
  // Most words continue no term here: bits of their hash reject them before the table is read.
  if (!mayContinue(from, flags, tokens.hashes[j]!)) return NO_NODE;
  return edges.get(from, tokens.ids[j]!);
}

/**
 * Whether a word of hash `hash` may be an exact child of node `from`: its Bloom filter (two bits of the record, or the
 * wide filter of an `F_WIDE` node) lets the hash through.
 */
function mayContinue(from: number, flags: number, hash: number): boolean {
  const at = from * HOT;
  if (!(flags & F_WIDE))
    return (hot[at + H_BLOOM_LOW]! & bit(hash)) !== 0 && (hot[at + H_BLOOM_HIGH]! & bit(hash >>> 5)) !== 0;
  const offset = hot[at + H_WIDE_AT]!;
  const mask = hot[at + H_WIDE_MASK]!;
  const a = hash & mask;
  const b = (hash >>> 15) & mask;
  return (
    (wideFilters[offset + (a >>> 5)]! & (1 << (a & 31))) !== 0 &&
    (wideFilters[offset + (b >>> 5)]! & (1 << (b & 31))) !== 0
  );
}

/**
 * `step` at a node with stems, suffixes or number ranges (a few nodes, out of `step` so that V8 inlines the common
 * case into its callers: the whole function was too large to inline).
 */
function otherStep(from: number, flags: number, tokens: Tokens, j: number): number {
  // A number word ("six") may also go on by a number range at a node with ranges (see `numberWordValue` in the
  // tokeniser): `step` sends the other words of a node with ranges only to `exactStep`.
  const type = tokens.types[j];
  const number = !numberWordsInMessage || type !== TokenType.Word ? 0 : numberWordValue(tokens.ids[j]!);
  // Stems, suffixes or ranges: no exact child has this hash and length, no stem starts with these characters and no
  // suffix ends with the last one, and the word is no number for a range: nothing can match. The word's shape is read
  // by id, not from its string (a scattered read per step).
  const shape = shapeAt(tokens, j);
  const length = shape & SHAPE_LENGTH;
  const coldAt = from * COLD;
  if (
    !(mayContinue(from, flags, tokens.hashes[j]!) && cold[coldAt + C_LENGTHS]! & lengthBit(length)) &&
    !(flags & F_ANY_STEM) &&
    (length === 0 ||
      (!stemsMayStart(coldAt, shape, length) &&
        !(cold[coldAt + C_LAST_MASK]! & (1 << ((shape >>> SHAPE_LAST) & SHAPE_BIT))))) &&
    !(flags & F_RANGES && (type === TokenType.Number || number > 0))
  ) {
    return NO_NODE;
  }
  // The same word after the same node again (texts repeat their word pairs): integer comparisons, and the answer
  // itself when it is one node (`cachedFound` is read only for several).
  const word = tokens.ids[j]!;
  const c = (Math.imul(from, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) >>> (32 - TRANSITION_BITS);
  let count: number;
  if (cachedKeys[c * 4] === from + 1 && cachedKeys[c * 4 + 1] === word) count = cachedKeys[c * 4 + 2]!;
  else {
    const list = transitionsAt(nodes[from]!, tokens, j);
    count = list.length;
    cachedKeys[c * 4] = from + 1;
    cachedKeys[c * 4 + 1] = word;
    cachedKeys[c * 4 + 2] = count;
    cachedKeys[c * 4 + 3] = count === 0 ? NO_NODE : list[0]!.id;
    cachedFound[c] = count > 1 ? list : NONE;
  }
  if (count === 0) return NO_NODE;
  if (count === 1) return cachedKeys[c * 4 + 3]!;
  stepList = cachedFound[c]!;
  return MANY;
}

/**
 * Whether a word of this shape may start with a stem of the node whose `cold` record is at `coldAt`: by its first
 * three characters when every stem has three or more (a stem's first character alone let a fifth of the words through,
 * each then a read of the transition cache: 60 000 a pass of the bench found nothing), by its first one otherwise.
 */
function stemsMayStart(coldAt: number, shape: number, length: number): boolean {
  const low = cold[coldAt + C_PREFIX_LOW]!;
  if (low === 0) return (cold[coldAt + C_STEM_MASK]! & (1 << ((shape >>> SHAPE_FIRST) & SHAPE_BIT))) !== 0;
  return (
    length >= PREFIX_LENGTH &&
    (low & (1 << ((shape >>> SHAPE_PREFIX_A) & SHAPE_BIT))) !== 0 &&
    (cold[coldAt + C_PREFIX_HIGH]! & (1 << ((shape >>> SHAPE_PREFIX_B) & SHAPE_BIT))) !== 0
  );
}

/**
 * Per word id (`Tokens.ids`), the word's shape (see `shapeOf`), 0 until worked out: `otherStep` tests a word against
 * a node's masks from it instead of reading the word's string, a scattered read at each of its ~440 000 calls a pass
 * of the bench. Emptied when the word ids start again (`syncWordIds`).
 */
let shapes = new Int32Array(1024);

/** The shape of token `j`'s word (see `shapes`). */
function shapeAt(tokens: Tokens, j: number): number {
  const id = tokens.ids[j]!;
  if (id >= shapes.length) shapes = grown(shapes, Math.max(shapes.length * 2, id + 1));
  const known = shapes[id]!;
  if (known !== 0) return known;
  return (shapes[id] = shapeOf(normAt(tokens, j)!));
}

/**
 * A word's shape, one integer: its length (up to 31: `lengthBit` tells lengths apart up to 29), then the bit numbers
 * (0–29, see `bit`) of its first character, its last one and two of a hash of its first three characters, and
 * `SHAPE_KNOWN` so that no shape is 0.
 */
function shapeOf(norm: string): number {
  const length = norm.length;
  const prefix = length < PREFIX_LENGTH ? 0 : prefixHash(norm);
  return (
    Math.min(length, SHAPE_LENGTH) |
    (length === 0 ? 0 : bitNumber(norm.charCodeAt(0)) << SHAPE_FIRST) |
    (length === 0 ? 0 : bitNumber(norm.charCodeAt(length - 1)) << SHAPE_LAST) |
    (bitNumber(prefix) << SHAPE_PREFIX_A) |
    (bitNumber(prefix >>> 5) << SHAPE_PREFIX_B) |
    SHAPE_KNOWN
  );
}

/** Characters a stem needs for the prefix filter (`Node.prefixLow`), and that a word needs to pass it. */
const PREFIX_LENGTH = 3;
const SHAPE_LENGTH = 31;
const SHAPE_BIT = 31;
const SHAPE_FIRST = 5;
const SHAPE_LAST = 10;
const SHAPE_PREFIX_A = 15;
const SHAPE_PREFIX_B = 20;
const SHAPE_KNOWN = 1 << 25;

/** The bit number `bit(x)` sets. */
function bitNumber(x: number): number {
  return (x & 31) % 30;
}

/** A hash of a word's first three characters (the word has three or more). */
function prefixHash(word: string): number {
  const packed = (word.charCodeAt(0) << 16) ^ (word.charCodeAt(1) << 8) ^ word.charCodeAt(2);
  return Math.imul(packed, 0x9e3779b1) >>> 2;
}

/** The eager insertion step at `node` for slot `k`: optional parts recurse in place, words go to a child. */
function insertAt(node: Node, slots: readonly Slot[], k: number, entry: number): void {
  if (k === slots.length) {
    if (!node.entries) node.entries = [entry];
    else if (!node.entries.includes(entry)) node.entries.push(entry);
    return;
  }
  const slot = slots[k] ?? '';
  for (const alternative of typeof slot === 'string' ? [slot] : slot) {
    if (alternative === '') insertAt(node, slots, k + 1, entry);
    else {
      const pieces = alternative.split(' ');
      push(child(node, pieces[0] ?? ''), { slots, packed: '', k: k + 1, pieces, p: 1, entry });
    }
  }
}

function push(node: Node, c: Continuation): void {
  (node.pending ??= []).push(c);
}

/**
 * Every transition from `node` by token `i` (exact child, stems, suffixes, ranges, in that order), from the node's own
 * maps and memo: for the root (once per word, see `TokenTrie.cacheRoot`) and on a miss of `cachedKeys`.
 */
function transitionsAt(node: Node, tokens: Tokens, i: number, memo = true): readonly Node[] {
  if (node.pending) expand(node);
  const norm = normAt(tokens, i) ?? '';
  if (!node.stems && !node.ranges && !node.suffixes) return node.exactNext?.get(norm) ?? NONE;
  // Word and number norms never collide (numbers are digits only), so one memo serves both.
  const known = node.memo?.get(norm);
  if (known) return known;
  const found = transitions(node, tokens, i, norm);
  if (!memo) return found;
  node.memo ??= new Map();
  if (node.memo.size < MEMO_MAX) node.memo.set(norm, found);
  return found;
}

/**
 * Transitions recently computed at nodes with stems, suffixes or ranges, by node and word: a direct-mapped cache
 * indexed by a hash of the node's id and the word's id (`Tokens.ids`), checked against both. Shared by every trie
 * (node ids are global); emptied when the word ids start again (`syncWordIds`).
 *
 * 2¹⁷ entries (2.5 MB with `cachedFound`): a miss goes through the node's memo map, and with 2¹⁶ the bench's 280 000
 * lookups a pass missed 17 700 times (2¹⁷: 0.97 of the trie's time, 0.98 of `analyze()`'s, same-process runs).
 */
const TRANSITION_BITS = 17;
/** [node id + 1 (0: empty), word id, number of transitions, id of the first] per entry. */
const cachedKeys = new Int32Array(4 << TRANSITION_BITS);
const cachedFound: (readonly Node[])[] = new Array<readonly Node[]>(1 << TRANSITION_BITS).fill(NONE);

function transitions(node: Node, tokens: Tokens, i: number, norm: string): readonly Node[] {
  let out: Node[] | null = null;
  const exact = node.exact?.get(norm);
  if (exact) out = [exact];
  if (
    node.stems &&
    node.stemLengths &&
    node.stemFirst &&
    (node.stemFirst.has(norm.charCodeAt(0)) || node.stemFirst.has(-1))
  ) {
    for (const length of node.stemLengths) {
      if (norm.length < length) continue;
      const stemmed = node.stems.get(length === norm.length ? norm : norm.slice(0, length));
      if (stemmed) (out ??= []).push(stemmed);
    }
  }
  if (node.suffixes && node.suffixLengths && tokens.types[i] === TokenType.Word) {
    for (const length of node.suffixLengths) {
      if (norm.length < length + SUFFIX_MIN_ROOT) continue;
      const suffixed = node.suffixes.get(norm.slice(norm.length - length));
      if (suffixed) (out ??= []).push(suffixed);
    }
  }
  if (node.ranges) {
    const word = tokens.types[i] === TokenType.Word;
    const value = word ? numberWordValue(tokens.ids[i]!) : tokens.types[i] === TokenType.Number ? Number(norm) : 0;
    // A temperature is written with one decimal digit ("38,5", "100.4"); two ("39,90") are cents of a price, which no
    // range of the lexicons (ages, durations, counts, temperatures) stands for. Three are a thousands separator
    // ("150,000"), left as they were.
    const dot = word ? -1 : norm.indexOf('.');
    const oneDecimal = dot >= 0 && dot === norm.length - 2;
    if (dot >= 0 && dot === norm.length - 3) return out ?? NONE;
    if (!word || value > 0) {
      for (const r of node.ranges) {
        if (value >= r.min && value <= r.max && (oneDecimal || !r.decimal)) (out ??= []).push(r.node);
      }
    }
  }
  return out ?? NONE;
}

/** The message being searched has a number word (most have none: then no step reads `numberWordValue`). */
let numberWordsInMessage = false;
/** Tokens of the message that are part of a compound number ("vingt-deux"): they continue and start no term. */
let inCompound = new Uint8Array(1024);
let compoundCount = 0;

/** Sets `numberWordsInMessage` and `inCompound` for the tokens of a `find`. */
function readNumberWords(tokens: Tokens): void {
  // The tokeniser noted whether a word is a number word (`Tokens.numberWords`): no scan of every token (0.8 % of
  // `analyze()` in Chromium).
  numberWordsInMessage = tokens.numberWords;
  compoundCount = 0;
  if (!numberWordsInMessage) return;
  if (inCompound.length < tokens.count) inCompound = new Uint8Array(tokens.count);
  compoundCount = compoundNumberWords(tokens, inCompound, isNumberWordAt);
}

/** Token `i` is a number word (one function for every message, not a closure per call). */
function isNumberWordAt(tokens: Tokens, i: number): boolean {
  return tokens.types[i] === TokenType.Word && numberWordValue(tokens.ids[i]!) > 0;
}

/** Empties `inCompound` after a `find` (only its first `count` entries can be set). */
function clearCompounds(count: number): void {
  inCompound.fill(0, 0, count);
  compoundCount = 0;
}
