/**
 * `analyze()`: one message in, findings out. Tokenise once, find every lexicon term in one trie pass, then
 * apply the context rules to the few hits found.
 */
import {
  contextIndex,
  isCurrent,
  segment,
  sortHits,
  type ContextIndex,
  type CueLists,
  type Segments,
} from './context.ts';
import { answerChecks, claimInParts } from './checks.ts';
import { followsIdentityFrame } from './identity-title.ts';
import { findPii } from './pii/index.ts';
import { isJoke, laughingSentences } from './laughter.ts';
import type { CompiledEntry, CueType } from './lexicon/compiled-types.ts';
import {
  ALERT_CLAUSE_FINAL,
  defaultLexicon,
  KIND_RED_FLAG,
  SIGNALS_READ_BY_NAME,
  TOPIC_MASK,
  TOPIC_OF_RED_FLAG,
  TOPIC_NEEDS_CLAIM,
  TOPIC_NEEDS_HEALTH,
  type RuntimeLexicon,
} from './lexicon/runtime.ts';
import { slotFindings } from './slot-combos.ts';
import { pairedTopics } from './topic-pairs.ts';
import type { Hit } from './lexicon/trie.ts';
import { mark, release } from './text/arena.ts';
import { sortSmall } from './text/small-sort.ts';
import { defaultSpelling } from './text/spelling-default.ts';
import { TokenType, tokenize, type Tokens } from './text/tokenize.ts';
import { readAppositiveAges } from './appositive-age.ts';
import {
  RED_FLAG_CATEGORIES,
  TOPIC_IDS,
  type Analysis,
  type AnalyzeInput,
  type Language,
  type RedFlagCategory,
  type RedFlagFinding,
  type TopicFinding,
  type TopicId,
} from './types.ts';

const CATEGORIES = new Set<string>(RED_FLAG_CATEGORIES);
const NO_HITS: readonly Hit[] = [];

/**
 * Analyses one message. Deterministic, never throws (returns an empty analysis on internal failure).
 *
 * @example
 * analyze({ text: "Ma mère a la bouche de travers depuis 10 minutes" }).redFlags[0]?.category // 'stroke'
 */
export function analyze(input: AnalyzeInput): Analysis {
  const text = typeof input?.text === 'string' ? input.text : '';
  const forced = input?.lang === 'fr' || input?.lang === 'en' ? input.lang : undefined;
  // The per-message typed arrays die with the call: their arena memory is reused by the next message.
  const arenaAt = mark();
  try {
    // The text is tokenised and its personal data read here, before `analyzeWith`: Node's V8 then inlines the privacy
    // reader into this small function rather than into `analyzeWith`, whose inlining budget goes to the stages after
    // the trie (two processes in lockstep, eight runs: 0.96–1.00 of the time, 0.98 on average; Chromium unchanged).
    const tokens = tokenize(text);
    const pii = input.personalData === false ? [] : findPii(text, tokens);
    return analyzeWith(
      defaultLexicon(),
      text,
      tokens,
      pii,
      input.role === 'assistant' ? 'assistant' : 'user',
      forced,
      input,
    );
  } catch {
    // Never thrown to the caller, but counted: a bug here would otherwise look like a message with no findings.
    failures++;
    const pii = input?.personalData === false ? [] : safePii(text);
    return { lang: forced ?? 'fr', health: false, topics: [], redFlags: [], pii, checks: [] };
  } finally {
    release(arenaAt);
  }
}

let failures = 0;

/**
 * How many `analyze()` calls fell back to an empty analysis after an internal error since the engine was loaded (for
 * tests: on real messages this stays 0; a `ReferenceError` in a rule once emptied every answer check silently).
 *
 * @example analyzeFailures() // 0
 */
export function analyzeFailures(): number {
  return failures;
}

function safePii(text: string): Analysis['pii'] {
  try {
    return findPii(text);
  } catch {
    return [];
  }
}

/** Internal result shared with the lexicon tests: the analysis plus the raw entry hits. */
export interface DetailedAnalysis {
  readonly analysis: Analysis;
  /** Ids of every entry whose term matched (before context rules), for lexicon example tests. */
  readonly matchedEntries: ReadonlySet<string>;
}

/**
 * Like `analyze`, with the raw matched entry ids (used by generated lexicon tests and debugging).
 *
 * @example analyzeDetailed({ text: 'pas de fièvre' }).matchedEntries.has('fr/context/negation') // true
 */
export function analyzeDetailed(input: AnalyzeInput, lexicon: RuntimeLexicon = defaultLexicon()): DetailedAnalysis {
  const matched = new Set<string>();
  const tokens = tokenize(input.text);
  const pii = input.personalData === false ? [] : findPii(input.text, tokens);
  const analysis = analyzeWith(lexicon, input.text, tokens, pii, input.role ?? 'user', input.lang, input, matched);
  return { analysis, matchedEntries: matched };
}

/** The analysis of a message's tokens, once its personal data (`pii`) was read from the words as typed. */
function analyzeWith(
  lexicon: RuntimeLexicon,
  text: string,
  tokens: Tokens,
  pii: Analysis['pii'],
  role: 'user' | 'assistant',
  forced: Language | undefined,
  input: AnalyzeInput,
  matched?: Set<string>,
): Analysis {
  // Misspelt lexicon words ("poitrinne", "respirrer") read as the word meant; offsets stay the typed text's.
  defaultSpelling().correctTokens(tokens, text);
  // "ma nièce Lou (6 semaines)", "Noah, 5 semaines, …": an age in brackets or commas after a name reads as "de 6 semaines".
  readAppositiveAges(tokens, text);
  const seg = segment(tokens, forced);
  const raw = lexicon.trie.find(tokens);
  const sorted = sortHits(lexicon, tokens, seg, raw);
  if (matched) for (const hit of raw) matched.add((lexicon.entries[hit.entry] as CompiledEntry).id);
  const index = contextIndex(seg, sorted.cues, sorted.content, lexicon, text);

  const signals = currentSignals(lexicon, tokens, seg, index, sorted.content);
  const redFlags = role === 'assistant' ? [] : findRedFlags(lexicon, tokens, seg, index, sorted.content, signals, text);
  // An answer making a claim about a remedy is a health answer ("ce miel de manuka est sans aucun risque").
  const claimed = role === 'assistant' && (hasClaimCue(sorted.cues) || claimInParts(sorted.cues, seg));
  const topics = findTopics(lexicon, tokens, seg, sorted.content, redFlags, claimed);
  // An answer to a health question is a health answer, even when it only says "call 3114".
  const health =
    topics.length > 0 || redFlags.length > 0 || (role === 'assistant' && input.previousUser?.health === true);
  const checks =
    role === 'assistant'
      ? answerChecks({
          lexicon,
          text,
          tokens,
          seg,
          cues: sorted.cues,
          content: sorted.content,
          health,
          previousUser: input.previousUser,
        })
      : [];
  return { lang: seg.lang, health, topics, redFlags, pii, checks };
}

interface SignalEvidence {
  readonly start: number;
  readonly end: number;
}

function spanOf(tokens: Tokens, hit: Hit): SignalEvidence {
  return { start: tokens.starts[hit.first] ?? 0, end: tokens.ends[hit.last] ?? 0 };
}

/**
 * The current signals of a message, by their number in `RuntimeLexicon.signalIndex`: a bit set, and the span of the
 * first hit that gave each one (read for combinations, which have no span of their own).
 */
class Signals {
  readonly bits: Int32Array;
  private readonly spans: (SignalEvidence | undefined)[] = [];
  any = false;

  constructor(readonly lexicon: RuntimeLexicon) {
    this.bits = new Int32Array(lexicon.signalWords);
  }

  /** Empties the set for the next message (the spans of unset tags are never read). */
  clear(): void {
    for (let w = 0; w < this.bits.length; w++) this.bits[w] = 0;
    this.any = false;
  }

  /** Every tag in `words` integers of `table` at `entry` is set. */
  hasAll(table: Int32Array, entry: number): boolean {
    const words = this.lexicon.signalWords;
    for (let w = 0; w < words; w++) {
      const need = table[entry * words + w]!;
      if ((this.bits[w]! & need) !== need) return false;
    }
    return true;
  }

  /** Sets the read tags of signal entry `entry`, with `span` for those not set yet. */
  add(entry: number, span: SignalEvidence): void {
    const words = this.lexicon.signalWords;
    for (let w = 0; w < words; w++) {
      const fresh = this.lexicon.signalBits[entry * words + w]! & ~this.bits[w]!;
      if (fresh === 0) continue;
      this.bits[w]! |= fresh;
      this.any = true;
      for (let rest = fresh; rest !== 0; rest &= rest - 1) this.spans[w * 32 + 31 - Math.clz32(rest & -rest)] = span;
    }
  }

  has(tag: string): boolean {
    const k = this.lexicon.signalIndex.get(tag);
    return k !== undefined && (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }

  /** One of `tags` is set (a loop: a closure over the set would be allocated with its context per message). */
  hasAny(tags: readonly string[]): boolean {
    for (const tag of tags) if (this.has(tag)) return true;
    return false;
  }

  /** The span of the signal numbered `k` in `RuntimeLexicon.signalIndex` (-1: none). */
  spanAt(k: number): SignalEvidence | undefined {
    return k < 0 ? undefined : this.spans[k];
  }
}

let reusedSignals: Signals | null = null;

function currentSignals(
  lexicon: RuntimeLexicon,
  tokens: Tokens,
  seg: Segments,
  index: ContextIndex,
  hits: readonly Hit[],
): Signals {
  // One set per lexicon, emptied per message: `analyze` reads it before its next call.
  if (reusedSignals?.lexicon !== lexicon) reusedSignals = new Signals(lexicon);
  const signals = reusedSignals;
  signals.clear();
  for (const hit of hits) {
    // Signals no alert reads (body parts for topic pairs, slot frames) need no context check.
    const alert = lexicon.alertSignal[hit.entry]!;
    if (!alert) continue;
    if (signals.hasAll(lexicon.signalBits, hit.entry) || !isCurrent(tokens, seg, index, hit)) continue;
    if (alert & ALERT_CLAUSE_FINAL && wordAfterInClause(tokens, seg, hit)) continue;
    signals.add(hit.entry, spanOf(tokens, hit));
  }
  return signals;
}

/** A word or number right after the hit, in the same clause. */
function wordAfterInClause(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  const next = hit.last + 1;
  if (next >= tokens.count || seg.clause[next] !== seg.clause[hit.last]) return false;
  const type = tokens.types[next];
  return type === TokenType.Word || type === TokenType.Number;
}

/** A topic finding at a hit's span (one object, not a span object spread into another). */
function topicAt(topic: TopicId, tokens: Tokens, hit: Hit): TopicFinding {
  return { topic, start: tokens.starts[hit.first] ?? 0, end: tokens.ends[hit.last] ?? 0 };
}

/**
 * A message's findings by the place of their category (`RED_FLAG_CATEGORIES`) or topic (`TOPIC_IDS`), with a bit set of
 * the places filled: `findRedFlags` and `findTopics` fill one each and empty it as they return. A `Map` per message
 * (made, probed by string, spread into an array) cost more than the few findings it held.
 */
class Findings<T> {
  bits = 0;
  private readonly slots: (T | undefined)[];
  /** The places in the order of their ids by `localeCompare` (see `take`). */
  private readonly order: readonly number[];

  constructor(ids: readonly string[]) {
    this.slots = new Array<T | undefined>(ids.length).fill(undefined);
    this.order = ids.map((_, k) => k).sort((a, b) => (ids[a] ?? '').localeCompare(ids[b] ?? ''));
  }

  has(k: number): boolean {
    return (this.bits & (1 << k)) !== 0;
  }

  get(k: number): T | undefined {
    return this.has(k) ? this.slots[k] : undefined;
  }

  set(k: number, finding: T): void {
    this.slots[k] = finding;
    this.bits |= 1 << k;
  }

  /**
   * The findings in the `localeCompare` order of their ids, and the set emptied for the next message. A stable sort by
   * start then gives the order of the public contract (start, then id) without a `localeCompare` per tie: an ICU
   * call, most of `findTopics`' own time in Chromium.
   */
  take(): T[] {
    const out: T[] = [];
    // Up to the last place filled: most messages fill none or one.
    for (let k = 0, left = this.bits; left !== 0; k++) {
      const place = this.order[k]!;
      if (!this.has(place)) continue;
      out.push(this.slots[place]!);
      this.slots[place] = undefined;
      left &= ~(1 << place);
    }
    this.bits = 0;
    return out;
  }
}

const foundFlags = new Findings<RedFlagFinding>(RED_FLAG_CATEGORIES);
const SUICIDE = RED_FLAG_CATEGORIES.indexOf('suicide');
const VIOLENCE = RED_FLAG_CATEGORIES.indexOf('violence');
const PREGNANCY = RED_FLAG_CATEGORIES.indexOf('pregnancy');

function findRedFlags(
  lexicon: RuntimeLexicon,
  tokens: Tokens,
  seg: Segments,
  index: ContextIndex,
  hits: readonly Hit[],
  signals: Signals,
  text: string,
): RedFlagFinding[] {
  const found = foundFlags;
  found.bits = 0;
  // Sentences that laugh at themselves ("mini AVC en voyant la facture 😂"): their signs raise no alert (they still
  // count as health evidence, like a negated sign: "j'ai failli tomber dans les pommes à la salle, mdr"). Looked for
  // only once a current sign is found: most messages have none.
  let laughing: Uint8Array | null | undefined;
  for (const hit of hits) {
    // Only red flags that could still add a category (one array read), then their signals and their context.
    const bits = lexicon.categories[hit.entry]!;
    if ((bits & ~found.bits) === 0) continue;
    if (!signals.hasAll(lexicon.needBits, hit.entry) || !isCurrent(tokens, seg, index, hit)) continue;
    if (laughing === undefined) laughing = laughingSentences(text, tokens, seg);
    if (laughing && isJoke(lexicon.entries[hit.entry] as CompiledEntry, CATEGORIES, tokens, seg, index, hit, laughing))
      continue;
    addFlags(found, bits, spanOf(tokens, hit));
  }
  // Signs said in two slots (a wish or intent frame, then an ending-of-life notion; a means or a threat near a state
  // or a stake): engine/slot-combos.ts. Only when one of its categories is still missing.
  if (!found.has(SUICIDE) || !found.has(VIOLENCE))
    for (const f of slotFindings(lexicon, tokens, seg, index, hits)) {
      const k = RED_FLAG_CATEGORIES.indexOf(f.category);
      if (!found.has(k)) found.set(k, f);
    }
  // Thoughts of suicide during pregnancy or after a birth are also a pregnancy warning sign (emergency-fr.md §2).
  const suicide = found.get(SUICIDE);
  if (suicide && signals.hasAny(SIGNALS_READ_BY_NAME) && !found.has(PREGNANCY))
    found.set(PREGNANCY, { ...suicide, category: 'pregnancy' });
  // Combinations are made of current signals only: with none (most messages), none can apply. A combination whose
  // categories are all found adds nothing: its signals are not read.
  if (signals.any)
    for (const combo of lexicon.combos) {
      if (lexicon.kinds[combo] !== KIND_RED_FLAG || (lexicon.categories[combo]! & ~found.bits) === 0) continue;
      if (!signals.hasAll(lexicon.needBits, combo)) continue;
      const evidence = signals.spanAt(lexicon.firstNeed[combo]!);
      if (evidence) addFlags(found, lexicon.categories[combo]!, evidence);
    }
  // Sorted by start, then category (`take` gives them in category order; the sort is stable).
  return sortSmall(found.take(), byStart);
}

function byStart(a: { readonly start: number }, b: { readonly start: number }): number {
  return a.start - b.start;
}

/** Adds a finding at `span` for each category of `bits` (`RuntimeLexicon.categories`) not found yet. */
function addFlags(found: Findings<RedFlagFinding>, bits: number, span: SignalEvidence): void {
  for (let fresh = bits & ~found.bits; fresh !== 0; fresh &= fresh - 1) {
    const k = 31 - Math.clz32(fresh & -fresh);
    found.set(k, { category: RED_FLAG_CATEGORIES[k]!, start: span.start, end: span.end });
  }
}

/** Answer-check cues that make an assistant message a claim about what it names (see `with: [claim]` in docs/content.md). */
const CLAIM_CUES: readonly CueType[] = ['absolute', 'dose', 'treatment_change'];

/**
 * The message has a `CLAIM_CUES` cue. A loop in a function of its own: `CLAIM_CUES.some` with a closure over
 * `analyzeWith`'s hits made V8 allocate `analyzeWith`'s context on every call, user messages included.
 */
function hasClaimCue(cues: CueLists): boolean {
  for (const type of CLAIM_CUES) if ((cues.get(type)?.length ?? 0) > 0) return true;
  return false;
}

const foundTopics = new Findings<TopicFinding>(TOPIC_IDS);
const CARE_ACCESS = TOPIC_IDS.indexOf('care_access');
/** `pairedTopics`' view of the topics found so far. */
const foundTopicIds = { has: (topic: TopicId): boolean => foundTopics.has(TOPIC_IDS.indexOf(topic)) };

function findTopics(
  lexicon: RuntimeLexicon,
  tokens: Tokens,
  seg: Segments,
  hits: readonly Hit[],
  redFlags: readonly RedFlagFinding[],
  claimed = false,
): TopicFinding[] {
  const found = foundTopics;
  found.bits = 0;
  // Hits of conditional topic words (`with: [health]`, `with: [claim]`), read once the other evidence is known.
  let conditional: Hit[] | null = null;
  let jobTitleEnd = -2; // last token of a one-word care title said as the writer's job ("je suis médecin généraliste")
  for (const hit of hits) {
    const code = lexicon.topicOf[hit.entry]!;
    if (code === 0) continue;
    const k = (code & TOPIC_MASK) - 1;
    if (k === CARE_ACCESS && hit.first === hit.last) {
      if (hit.first === jobTitleEnd + 1 || followsIdentityFrame(tokens, hit.first)) {
        jobTitleEnd = hit.last;
        continue;
      }
    }
    if (code & TOPIC_NEEDS_HEALTH) (conditional ??= []).push(hit);
    else if (!found.has(k)) found.set(k, topicAt(TOPIC_IDS[k]!, tokens, hit));
  }
  for (const flag of redFlags) {
    const topic = TOPIC_OF_RED_FLAG[flag.category];
    const k = TOPIC_IDS.indexOf(topic);
    if (!found.has(k)) found.set(k, { topic, start: flag.start, end: flag.end });
  }
  // A negated, past or general mention of an emergency sign is still about health ("mon père a fait un AVC
  // en 2015"): its own terms count as topic evidence even when they raise no alert (`RuntimeLexicon.flagTopic`).
  for (const hit of hits) {
    const k = lexicon.flagTopic[hit.entry]! - 1;
    if (k >= 0 && !found.has(k)) found.set(k, topicAt(TOPIC_IDS[k]!, tokens, hit));
  }
  // A body part and what is wrong with it, an injury and where it is (engine/topic-pairs.ts).
  for (const pair of pairedTopics(lexicon, tokens, seg, hits, foundTopicIds))
    found.set(TOPIC_IDS.indexOf(pair.topic), pair);
  // Conditional words count beside other health evidence; remedy words (`with: [claim]`) also in an answer that
  // makes a claim about them (a dose, a change, "sans aucun risque").
  const evidence = found.bits !== 0 || redFlags.length > 0;
  for (const hit of conditional ?? NO_HITS) {
    const code = lexicon.topicOf[hit.entry]!;
    const k = (code & TOPIC_MASK) - 1;
    const claim = (code & TOPIC_NEEDS_CLAIM) !== 0;
    if ((evidence || (claim && claimed)) && !found.has(k)) found.set(k, topicAt(TOPIC_IDS[k]!, tokens, hit));
  }
  // Sorted by start, then topic (`take` gives them in topic order; the sort is stable).
  return sortSmall(found.take(), byStart);
}
