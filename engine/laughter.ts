/**
 * Sentences that laugh at themselves: "j'ai fait un mini AVC en voyant la facture 😂", "je m'étouffe mdr". A sign
 * in such a sentence is hyperbole far more often than an emergency, so `analyze()` raises no alert for it — except
 * for suicidal crisis, violence and poisoning, where people in real danger also write "mdr" or a laughing face, and a
 * missed emergency costs more than a false alarm.
 */
import type { RedFlagCategory } from './types.ts';
import { currentClause, laughingWordAt, THIRD_PERSON_SUBJECTS, type ContextIndex, type Segments } from './context.ts';
import type { CompiledEntry } from './lexicon/compiled-types.ts';
import type { Hit } from './lexicon/trie.ts';
import { normAt, type Tokens, TokenType } from './text/tokenize.ts';

/** Laughing faces: tears of joy, rolling on the floor, grinning squinting, cat with tears of joy, skull ("I'm dead"). */
const LAUGHING_EMOJI = new Set([0x1f602, 0x1f923, 0x1f606, 0x1f639, 0x1f480]);

/** Categories that keep their alert in a laughing sentence (see the file comment). */
const NEVER_A_JOKE: ReadonlySet<string> = new Set<RedFlagCategory>(['suicide', 'violence', 'poisoning']);

/**
 * Values of the array `laughingSentences` returns, per sentence: no laughter, laughter not looked at further yet,
 * then the verdict `isJoke` keeps there once it read the sentence (a long sentence holds many hits).
 */
const NONE = 0;
const LAUGHING = 1;
const JOKE = 2;
const NOT_A_JOKE = 3;

/** The writer, among the person cues ("je", "I"; "mon père" starts with "mon" and is someone else). */
const WRITER = new Set(['je', 'j', 'jai', 'moi', 'me', 'm', 'i', 'im', 'ive']);
/** Pronouns of someone other than the writer. */
const OTHER_PEOPLE = new Set([...THIRD_PERSON_SUBJECTS, 'him', 'her']);

/**
 * A red-flag hit in a laughing sentence, of categories that are all jokes there, told by the writer about themselves:
 * a sentence about someone else ("lol my brother is choking") or saying it is happening now ("…il respire plus vite
 * appelez 😂") keeps its alert. `categories` tells a red-flag tag from the entry's other tags.
 */
export function isJoke(
  entry: CompiledEntry,
  categories: ReadonlySet<string>,
  tokens: Tokens,
  seg: Segments,
  index: ContextIndex,
  hit: Hit,
  laughing: Uint8Array,
): boolean {
  const s = seg.sentence[hit.first] ?? 0;
  if (laughing[s] === NONE) return false;
  for (const tag of entry.tags) if (categories.has(tag) && NEVER_A_JOKE.has(tag)) return false;
  if (laughing[s] === LAUGHING) laughing[s] = writerOnly(tokens, seg, index, hit.first) ? JOKE : NOT_A_JOKE;
  return laughing[s] === JOKE;
}

/** The sentence of token `at` names nobody but the writer and holds no "happening now" cue. */
function writerOnly(tokens: Tokens, seg: Segments, index: ContextIndex, at: number): boolean {
  const s = seg.sentence[at] ?? 0;
  let i = at;
  while (i > 0 && seg.sentence[i - 1] === s) i--;
  for (; i < tokens.count && seg.sentence[i] === s; i++) {
    const word = normAt(tokens, i) ?? '';
    if ((index.personStarts[i] && !WRITER.has(word)) || OTHER_PEOPLE.has(word)) return false;
    if (currentClause(index, seg.clause[i] ?? -1)) return false;
  }
  return true;
}

/**
 * LAUGHING for every sentence (`Segments.sentence` index) holding a laughing face or written laughter; null when none does
 * (the usual case: a native search for emoji, and `Segments.laughs`).
 *
 * @example laughingSentences('mini AVC en voyant la facture 😂', tokens, seg) // [1]
 */
export function laughingSentences(text: string, tokens: Tokens, seg: Segments): Uint8Array | null {
  let laughing: Uint8Array | null = null;
  // Emoji live outside the Basic Multilingual Plane: a high surrogate D83D or D83E starts every one of them. Each
  // search goes on from its own last find (searching both again from every emoji was quadratic on a wall of them).
  let d83d = text.indexOf('\uD83D');
  let d83e = text.indexOf('\uD83E');
  while (d83d >= 0 || d83e >= 0) {
    const at = d83e < 0 || (d83d >= 0 && d83d < d83e) ? d83d : d83e;
    // A face belongs to the sentence before it, or to the first one when it opens the message.
    if (LAUGHING_EMOJI.has(text.codePointAt(at) ?? 0))
      laughing = markSentence(laughing, tokens, seg, Math.max(0, tokenBefore(tokens, at)));
    if (at === d83d) d83d = text.indexOf('\uD83D', at + 1);
    else d83e = text.indexOf('\uD83E', at + 1);
  }
  // `segment()` noted whether any word is written laughter (one bit per word id): most messages have none.
  if (seg.laughs) {
    for (let i = 0; i < tokens.count; i++) {
      if (tokens.types[i] === TokenType.Word && laughingWordAt(tokens, i))
        laughing = markSentence(laughing, tokens, seg, i);
    }
  }
  return laughing;
}

/**
 * Marks the sentence of `token` in `laughing` (created on the first mark); returns the array. A module function, not a
 * closure over the call: no function object per message.
 */
function markSentence(laughing: Uint8Array | null, tokens: Tokens, seg: Segments, token: number): Uint8Array | null {
  if (token >= tokens.count) return laughing;
  const marks = laughing ?? new Uint8Array(seg.sentenceCount);
  marks[seg.sentence[token] ?? 0] = LAUGHING;
  return marks;
}

/** The last token starting at or before `offset` (the emoji's sentence: a trailing face belongs to what it ends). */
function tokenBefore(tokens: Tokens, offset: number): number {
  let low = 0;
  let high = tokens.count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((tokens.starts[mid] ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
