/**
 * The compiled lexicons, turned once at load into the structures `analyze()` needs: a token trie over every
 * term and, per entry, a few pre-computed flags (so the per-hit work is an array read).
 */
import compiled from '../generated/lexicons.json' with { type: 'json' };
import { CUE_FLAG_BITS, CUE_INDEX, type CompiledEntry, type CompiledLexicon } from './compiled-types.ts';
import { TokenTrie } from './trie.ts';
import { RED_FLAG_CATEGORIES, TOPIC_IDS, type RedFlagCategory, type TopicId } from '../types.ts';

export interface RuntimeLexicon {
  readonly entries: readonly CompiledEntry[];
  readonly trie: TokenTrie;
  /** Entries without terms that fire from their `with` signals alone. */
  readonly combos: readonly number[];
  /** Per entry, the place of its cue type in `CUE_TYPES`, or -1 when it is not a cue. */
  readonly cueIndex: Int8Array;
  /** Per entry, its context flags as bits (`CUE_FLAG_BITS`): read for every context cue hit. */
  readonly cueFlags: Uint8Array;
  /**
   * Per entry, `ALERT_READ` for a signal that an alert reads (one of its tags is in some entry's `with`, or in
   * `SIGNALS_READ_BY_NAME`): only these need their context checked. Signals read as topic pairs or slots do not.
   * `ALERT_CLAUSE_FINAL` too when the signal is tagged `clause_final`.
   */
  readonly alertSignal: Uint8Array;
  /**
   * Per entry, the sentence languages it is read in (`READ_IN_FR`, `READ_IN_EN` bits): its own language, or both for
   * emergency signs and the signals they need, which keep their meaning inside a sentence of the other language ("ma
   * mère est unconscious", "the détecteur de CO went off": a borrowed word is still that word).
   */
  readonly readIn: Uint8Array;
  /**
   * Per red-flag entry, its categories as bits (bit `k` for `RED_FLAG_CATEGORIES[k]`); 0 for other entries: the alert
   * pass skips a hit that can add no category with one array read.
   */
  readonly categories: Uint16Array;
  /**
   * Per entry, its kind (`KIND_TOPIC`…): the passes over the hits test it for every hit, and a byte read costs less
   * than reading the entry object and comparing its `kind` string.
   */
  readonly kinds: Uint8Array;
  /**
   * Per topic entry, 1 + the place of its topic in `TOPIC_IDS`, with `TOPIC_NEEDS_HEALTH` / `TOPIC_NEEDS_CLAIM` for a
   * conditional entry (`with: [health]`, `with: [claim]`); 0 for other entries and tags outside `TOPIC_IDS`.
   */
  readonly topicOf: Uint8Array;
  /**
   * Per red-flag entry without `with`, 1 + the place in `TOPIC_IDS` of its first category's topic
   * (`TOPIC_OF_RED_FLAG`): a negated or past mention of the sign is still topic evidence. 0 for other entries.
   */
  readonly flagTopic: Uint8Array;
  /**
   * The signal tags some rule reads (an entry's `with`, `SIGNALS_READ_BY_NAME`), numbered: a message's current signals
   * are a bit set of `signalWords` integers, and an entry's `with` is checked with a few integer operations instead of
   * a string map lookup per tag.
   */
  readonly signalIndex: ReadonlyMap<string, number>;
  readonly signalWords: number;
  /** Per entry, `signalWords` integers: the read tags a signal entry carries. */
  readonly signalBits: Int32Array;
  /** Per entry, `signalWords` integers: the tags of its `with`. */
  readonly needBits: Int32Array;
  /**
   * Per entry, the number in `signalIndex` of the first tag of its `with` (whose span a combination takes), or -1: a
   * string map lookup per combination per message cost 0.2 % of the engine in Node 20.
   */
  readonly firstNeed: Int16Array;
}

/** Red flags that also name a topic, so that an alert never comes with an empty topic list. */
export const TOPIC_OF_RED_FLAG: Readonly<Record<RedFlagCategory, TopicId>> = {
  cardiac: 'symptoms',
  stroke: 'symptoms',
  breathing: 'symptoms',
  suicide: 'mental_health',
  anaphylaxis: 'symptoms',
  bleeding: 'symptoms',
  poisoning: 'symptoms',
  infant: 'child_health',
  meningitis_sepsis: 'symptoms',
  pregnancy: 'pregnancy',
  consciousness: 'symptoms',
  violence: 'mental_health',
};

/** A red-flag entry's `RuntimeLexicon.flagTopic` value. */
function flagTopicCode(entry: CompiledEntry): number {
  if ((entry.with?.length ?? 0) > 0) return 0;
  const category = entry.tags[0] ?? 'cardiac';
  if (!Object.prototype.hasOwnProperty.call(TOPIC_OF_RED_FLAG, category)) return 0;
  return (TOPIC_IDS as readonly string[]).indexOf(TOPIC_OF_RED_FLAG[category as RedFlagCategory]) + 1;
}

/** `RuntimeLexicon.topicOf` bits above the topic's number (at most 31 topics). */
export const TOPIC_MASK = 31;
export const TOPIC_NEEDS_HEALTH = 32;
export const TOPIC_NEEDS_CLAIM = 64;

export const KIND_TOPIC = 1;
export const KIND_RED_FLAG = 2;
export const KIND_SIGNAL = 3;
export const KIND_CUE = 4;
const KIND_CODES: Readonly<Record<string, number>> = {
  topic: KIND_TOPIC,
  red_flag: KIND_RED_FLAG,
  signal: KIND_SIGNAL,
  cue: KIND_CUE,
};

/** `RuntimeLexicon.alertSignal` bits. */
export const ALERT_READ = 1;
/**
 * A phrase that means the sign only when nothing follows it in its clause: "il a 40, il tremble" is a temperature, "il a
 * 40 ans" an age, and the word after says so.
 */
export const ALERT_CLAUSE_FINAL = 2;

export const READ_IN_FR = 1;
export const READ_IN_EN = 2;
const CROSS_LANGUAGE_KINDS = new Set(['red_flag', 'signal']);

/** Signals that `analyze` reads by name rather than through an entry's `with` (suicide in pregnancy). */
export const SIGNALS_READ_BY_NAME: readonly string[] = ['pregnant', 'postpartum'];

function cueFlagBit(flag: string): number {
  return Object.prototype.hasOwnProperty.call(CUE_FLAG_BITS, flag)
    ? CUE_FLAG_BITS[flag as keyof typeof CUE_FLAG_BITS]
    : 0;
}

/** The bit of a red-flag category in `RuntimeLexicon.categories` (0 for a tag that is no category). */
function categoryBit(tag: string): number {
  const k = (RED_FLAG_CATEGORIES as readonly string[]).indexOf(tag);
  return k < 0 ? 0 : 1 << k;
}

/** A topic entry's `RuntimeLexicon.topicOf` value. */
function topicCode(entry: CompiledEntry): number {
  const k = (TOPIC_IDS as readonly string[]).indexOf(entry.tags[0] ?? '');
  if (k < 0) return 0;
  const claim = entry.with?.includes('claim') ?? false;
  const health = claim || (entry.with?.includes('health') ?? false);
  return (k + 1) | (health ? TOPIC_NEEDS_HEALTH : 0) | (claim ? TOPIC_NEEDS_CLAIM : 0);
}

/**
 * Builds the runtime form of a compiled lexicon (exported for tests that use a small lexicon).
 *
 * @example buildRuntime({ version: 1, entries: [] }).entries.length // 0
 */
export function buildRuntime(lexicon: CompiledLexicon): RuntimeLexicon {
  const trie = new TokenTrie();
  const combos: number[] = [];
  const cueIndex = new Int8Array(lexicon.entries.length).fill(-1);
  const cueFlags = new Uint8Array(lexicon.entries.length);
  const alertSignal = new Uint8Array(lexicon.entries.length);
  const readIn = new Uint8Array(lexicon.entries.length);
  const categories = new Uint16Array(lexicon.entries.length);
  const kinds = new Uint8Array(lexicon.entries.length);
  const topicOf = new Uint8Array(lexicon.entries.length);
  const flagTopic = new Uint8Array(lexicon.entries.length);
  const read = new Set(SIGNALS_READ_BY_NAME);
  for (const entry of lexicon.entries) for (const id of entry.with ?? []) read.add(id);
  const signalIndex = new Map([...read].map((tag, k) => [tag, k]));
  const signalWords = Math.max(1, Math.ceil(signalIndex.size / 32));
  const signalBits = new Int32Array(lexicon.entries.length * signalWords);
  const needBits = new Int32Array(lexicon.entries.length * signalWords);
  const firstNeed = new Int16Array(lexicon.entries.length).fill(-1);
  const setBit = (bits: Int32Array, entry: number, tag: string): void => {
    const k = signalIndex.get(tag);
    if (k !== undefined) bits[entry * signalWords + (k >>> 5)]! |= 1 << (k & 31);
  };
  lexicon.entries.forEach((entry, index) => {
    if (entry.kind === 'signal') for (const tag of entry.tags) setBit(signalBits, index, tag);
    for (const tag of entry.with ?? []) setBit(needBits, index, tag);
    firstNeed[index] = signalIndex.get(entry.with?.[0] ?? '') ?? -1;
    if (entry.kind === 'signal' && entry.tags.some((tag) => read.has(tag)))
      alertSignal[index] = ALERT_READ | (entry.tags.includes('clause_final') ? ALERT_CLAUSE_FINAL : 0);
    for (const term of entry.terms) trie.addPacked(term, index);
    if (entry.terms.length === 0) combos.push(index);
    if (CROSS_LANGUAGE_KINDS.has(entry.kind)) readIn[index] = READ_IN_FR | READ_IN_EN;
    else readIn[index] = entry.lang === 'fr' ? READ_IN_FR : READ_IN_EN;
    if (entry.kind === 'cue') cueIndex[index] = CUE_INDEX.get(entry.tags[0] ?? '') ?? -1;
    for (const flag of entry.flags ?? []) cueFlags[index]! |= cueFlagBit(flag);
    if (entry.kind === 'red_flag') for (const tag of entry.tags) categories[index]! |= categoryBit(tag);
    kinds[index] = KIND_CODES[entry.kind] ?? 0;
    if (entry.kind === 'topic') topicOf[index] = topicCode(entry);
    if (entry.kind === 'red_flag') flagTopic[index] = flagTopicCode(entry);
  });
  return {
    entries: lexicon.entries,
    trie,
    combos,
    cueIndex,
    cueFlags,
    alertSignal,
    readIn,
    categories,
    kinds,
    topicOf,
    flagTopic,
    signalIndex,
    signalWords,
    signalBits,
    needBits,
    firstNeed,
  };
}

let runtime: RuntimeLexicon | null = null;

/** The lexicon shipped with the engine, built on first use. */
export function defaultLexicon(): RuntimeLexicon {
  runtime ??= buildRuntime(compiled as unknown as CompiledLexicon);
  return runtime;
}
