/**
 * Spelling correction between `tokenize` and the trie: a word of at least `minLength` letters that no lexicon term
 * knows and that is not a real French or English word, but is one edit (deletion, insertion, substitution or
 * adjacent transposition, on the folded form) away from exactly one lexicon word, is read as that word
 * ("poitrinne" → "poitrine", "saigenment" → "saignement"). Only the token's word (`Tokens.ids`, `hashes`) changes:
 * offsets stay those of the original text, so spans still point at what the person typed.
 *
 * No dictionary ships: `scripts/compile-spelling.ts` writes `engine/generated/spelling.json` with the lexicon
 * vocabulary and the few real words that lie one edit from it ("signe" next to "saigne"), which are never
 * corrected. Any other word one edit from the vocabulary is not in the word lists, so it is taken for a typo.
 */
import { grown } from './grow.ts';
import { currentWordIdEpoch, normAt, setNorm, type Tokens } from './tokenize.ts';

/** Shape of `engine/generated/spelling.json`. */
export interface SpellingData {
  readonly version: 1;
  /** Where the real-word lists come from, and their licence (see docs/engine.md). */
  readonly source: string;
  /** Shortest word corrected (letters). */
  readonly minLength: number;
  /** Shortest word corrected by a substitution (a substitution turns many short words into others). */
  readonly minSubstitutionLength: number;
  /** Plain words of every lexicon term (correction targets and known words). */
  readonly words: readonly string[];
  /** Stems of `stem*` pieces: a word starting with one is known; a word whose start is one edit from one is corrected. */
  readonly stems: readonly string[];
  /** Suffixes of `*suffix` pieces: a word ending with one is known (never a correction target). */
  readonly suffixes: readonly string[];
  /** Real words (from the word lists) that the rules below would otherwise correct. */
  readonly realWords: readonly string[];
}

/**
 * Stems shorter than this are not correction targets, and a stem's word is corrected only when at most
 * `MAX_STEM_REST` letters follow the corrected start (an inflection, "paralisé" → "paralys" + "e"): shorter stems
 * and longer tails are one edit from tens of thousands of real words, which would all have to ship as protected.
 */
const MIN_STEM_TARGET = 6;
const MAX_STEM_REST = 3;
/** Lexicon words shorter than this are not correction targets ("food", "site" are one edit from many words). */
const MIN_WORD_TARGET = 5;
/** A suffix family needs this many letters before the suffix (same rule as the trie). */
const SUFFIX_MIN_ROOT = 2;

/**
 * True when `a` and `b` differ by exactly one deletion, insertion, substitution or adjacent transposition.
 *
 * @example oneEdit('poitrinne', 'poitrine') // true
 */
export function oneEdit(a: string, b: string): boolean {
  return editKind(a, b) !== EditKind.None;
}

export const enum EditKind {
  None = 0,
  Deletion = 1,
  Insertion = 2,
  Substitution = 3,
  Transposition = 4,
}

/**
 * Which single edit turns the typed `typed` into `target` (`None` when equal or further apart). Linear: skip the
 * common start, then the rest must match after one edit.
 *
 * @example editKind('respirrer', 'respirer') // EditKind.Insertion (a letter was inserted by the typist)
 */
export function editKind(typed: string, target: string, typedLength = typed.length): EditKind {
  const m = typedLength;
  const n = target.length;
  if (Math.abs(m - n) > 1) return EditKind.None;
  let i = 0;
  while (i < m && i < n && typed.charCodeAt(i) === target.charCodeAt(i)) i++;
  if (m === n) {
    if (i === m) return EditKind.None;
    if (same(typed, i + 1, target, i + 1, m - i - 1)) return EditKind.Substitution;
    if (
      i + 1 < m &&
      typed.charCodeAt(i) === target.charCodeAt(i + 1) &&
      typed.charCodeAt(i + 1) === target.charCodeAt(i) &&
      same(typed, i + 2, target, i + 2, m - i - 2)
    )
      return EditKind.Transposition;
    return EditKind.None;
  }
  // One letter more in what was typed (inserted by the typist), or one less (deleted by the typist).
  if (m === n + 1) return same(typed, i + 1, target, i, n - i) ? EditKind.Insertion : EditKind.None;
  return same(typed, i, target, i + 1, m - i) ? EditKind.Deletion : EditKind.None;
}

/** `count` characters of `a` from `i` equal those of `b` from `j`. */
function same(a: string, i: number, b: string, j: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

function plainLetters(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Bucket key: a length and two letters. One edit leaves a word of five letters or more with either its first two
 * letters or its last two in place, so two buckets per length hold every word that can be one edit away.
 */
function key(length: number, a: number, b: number): number {
  return (length << 10) | ((a & 31) << 5) | (b & 31);
}

/**
 * "Chloé", "Camille", "Leeds": a capital then a small letter is most often a name, and names are not in the word
 * lists ("Chloé" is one edit from "chlore"). Such words are left alone; "POITRINNE" and "poitrinne" are corrected.
 */
function titleCase(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return isUpper(first) && !isUpper(second);
}

function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

function push(map: Map<number, string[]>, at: number, word: string): void {
  const list = map.get(at);
  if (list) list.push(word);
  else map.set(at, [word]);
}

/** Bounded memo of corrections by word: cleared when full, so a long stream of new words cannot grow it. */
export const MEMO_MAX = 1 << 15;

export class SpellingCorrector {
  private readonly vocabulary: ReadonlySet<string>;
  /** Built on the first candidate correction: most messages never need it. */
  private real: ReadonlySet<string> | null = null;
  private readonly realWords: () => readonly string[];
  private readonly stems: readonly string[];
  private readonly stemLengths: readonly number[];
  private readonly stemSet: ReadonlySet<string>;
  private readonly suffixes: ReadonlySet<string>;
  private readonly suffixLengths: readonly number[];
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  /** Target stems by their first two letters and by their third and fourth (see `stemCorrection`). */
  private readonly stemsByStart = new Map<number, string[]>();
  private readonly stemsByThird = new Map<number, string[]>();
  readonly minLength: number;
  private readonly minSubstitution: number;
  private readonly memo = new Map<string, string>();
  /**
   * What `correctTokens` decided for each word id (`Tokens.ids`): 0 not seen yet, 1 left alone, 2 corrected to
   * `corrections.get(id)`. Ids are dense integers, so a word seen before costs one read of a small typed array (no
   * string is read); emptied when the id table starts again (`idEpoch`).
   */
  private outcomes = new Uint8Array(1024);
  private readonly corrections = new Map<number, string>();
  private idEpoch = 0;

  constructor(
    data: Pick<SpellingData, 'minLength' | 'minSubstitutionLength' | 'words' | 'stems' | 'suffixes'> & {
      /** The protected real words, or a function giving them on first need (so loading stays cheap). */
      readonly realWords?: readonly string[] | (() => readonly string[]);
    },
  ) {
    this.minLength = data.minLength;
    this.minSubstitution = data.minSubstitutionLength;
    this.vocabulary = new Set(data.words);
    const realWords = data.realWords ?? [];
    this.realWords = typeof realWords === 'function' ? realWords : () => realWords;
    this.stems = data.stems;
    this.stemSet = new Set(data.stems);
    this.stemLengths = [...new Set(data.stems.map((s) => s.length))].sort((a, b) => a - b);
    this.suffixes = new Set(data.suffixes);
    this.suffixLengths = [...new Set(data.suffixes.map((s) => s.length))].sort((a, b) => a - b);
    for (const stem of data.stems) {
      if (stem.length < MIN_STEM_TARGET || !plainLetters(stem)) continue;
      push(this.stemsByStart, key(0, stem.charCodeAt(0), stem.charCodeAt(1)), stem);
      push(this.stemsByThird, key(0, stem.charCodeAt(2), stem.charCodeAt(3)), stem);
    }
    for (const word of data.words) {
      if (word.length < MIN_WORD_TARGET || !plainLetters(word)) continue;
      const n = word.length;
      const first = key(n, word.charCodeAt(0), word.charCodeAt(1));
      const last = key(n, word.charCodeAt(n - 2), word.charCodeAt(n - 1));
      push(this.byFirst, first, word);
      push(this.byLast, last, word);
    }
  }

  /** Words remembered by the memo (at most `MEMO_MAX`). */
  get memoSize(): number {
    return this.memo.size;
  }

  /** True when a stem term already matches this word ("respir*" takes "respirrer"). */
  private stemKnows(word: string): boolean {
    for (const length of this.stemLengths) {
      if (length > word.length) break;
      if (this.stemSet.has(word.slice(0, length))) return true;
    }
    return false;
  }

  /** True when a suffix family already matches this word ("*ectomie"): it names something the lexicon knows. */
  private suffixKnows(word: string): boolean {
    for (const length of this.suffixLengths) {
      if (word.length < length + SUFFIX_MIN_ROOT) break;
      if (this.suffixes.has(word.slice(word.length - length))) return true;
    }
    return false;
  }

  private allowed(kind: EditKind, word: string): boolean {
    return kind !== EditKind.None && (kind !== EditKind.Substitution || word.length >= this.minSubstitution);
  }

  /**
   * The word this folded word stands for: itself unless it is a typo of exactly one lexicon word (or of one stem,
   * when no whole word fits).
   *
   * @example corrector.correct('poitrinne') // 'poitrine'
   */
  correct(word: string): string {
    // Words with other letters (accents are folded away already) are never lexicon words one edit off, and
    // checking that first keeps text in other scripts out of the memo (random UTF-16: a new word per token).
    if (word.length < this.minLength || !plainLetters(word)) return word;
    const memo = this.memo.get(word);
    if (memo !== undefined) return memo;
    if (this.vocabulary.has(word)) return word;
    const out = this.compute(word);
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(word, out);
    return out;
  }

  private compute(word: string): string {
    if (!plainLetters(word) || this.suffixKnows(word)) return word;
    const out = this.candidate(word);
    if (out === word) return word;
    this.real ??= new Set(this.realWords());
    return this.real.has(word) ? word : out;
  }

  private candidate(word: string): string {
    let found: string | null = null;
    let ambiguous = false;
    const n = word.length;
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    const beforeLast = word.charCodeAt(n - 2);
    const last = word.charCodeAt(n - 1);
    for (let length = n - 1; length <= n + 1; length++) {
      for (let side = 0; side < 2; side++) {
        const bucket =
          side === 0 ? this.byFirst.get(key(length, first, second)) : this.byLast.get(key(length, beforeLast, last));
        if (!bucket) continue;
        for (const target of bucket) {
          if (target === found || !this.allowed(editKind(word, target), word)) continue;
          if (found === null) found = target;
          else ambiguous = true;
        }
      }
    }
    if (ambiguous) return word;
    if (found !== null) return found;
    // A word a stem term already takes keeps its stem match; only a whole lexicon word may replace it ("respirrer"
    // is taken by "respir*" but not by "n'arrive plus à respirer").
    return this.stemKnows(word) ? word : this.stemCorrection(word);
  }

  /**
   * A word whose start is one edit from a stem ("paralisé" → "paralys" + "e"): the stem's own word family. Several
   * stems only agree when the longest one starts with all the others ("hemorrag*" and "hemorr*").
   */
  private stemCorrection(word: string): string {
    let best: string | null = null;
    let bestStem = '';
    let agree = true;
    // An edit from the third letter on keeps the first two (or, swapping the second and third, puts the second at the
    // third place); an edit to the first two leaves the stem's third and fourth letters at the word's second, third
    // or fourth place (deletion, substitution, insertion).
    const c = (k: number): number => word.charCodeAt(k);
    const buckets = [
      this.stemsByStart.get(key(0, c(0), c(1))),
      c(1) === c(2) ? undefined : this.stemsByStart.get(key(0, c(0), c(2))),
      this.stemsByThird.get(key(0, c(1), c(2))),
      this.stemsByThird.get(key(0, c(2), c(3))),
      this.stemsByThird.get(key(0, c(3), c(4))),
    ];
    for (const bucket of buckets) {
      if (!bucket) continue;
      for (const stem of bucket) {
        const out = this.stemOutcome(word, stem);
        if (out === null || stem === bestStem) continue;
        if (best !== null && !(stem.startsWith(bestStem) || bestStem.startsWith(stem))) agree = false;
        if (stem.length > bestStem.length) {
          bestStem = stem;
          best = out;
        }
      }
    }
    return best !== null && agree ? best : word;
  }

  private stemOutcome(word: string, stem: string): string | null {
    const length = stem.length;
    // Prefix of the same length first (substitution, transposition), then one shorter or longer.
    for (let d = 0; d < 3; d++) {
      const p = d === 0 ? length : d === 1 ? length - 1 : length + 1;
      if (p > word.length || word.length - p > MAX_STEM_REST) continue;
      if (this.allowed(editKind(word, stem, p), word)) return stem + word.slice(p);
    }
    return null;
  }

  /**
   * Rewrites the norms of misspelt words of `text` (which `tokens` come from) in place (offsets untouched). Per token:
   * one read of `outcomes` at the word's id; a word is looked at once per id table.
   */
  correctTokens(tokens: Tokens, text: string): void {
    const { ids, count } = tokens;
    const epoch = currentWordIdEpoch();
    // Tokens made before the id table started again (never in `analyze()`): their ids may name other words now.
    const cached = tokens.idEpoch === epoch;
    if (cached && this.idEpoch !== epoch) {
      this.idEpoch = epoch;
      this.outcomes.fill(0);
      this.corrections.clear();
    }
    for (let i = 0; i < count; i++) {
      // Boundaries have id 0; numbers are never corrected (they are not letters: `correct` leaves them).
      const id = ids[i]!;
      if (id === 0) continue;
      let out: string;
      if (!cached) out = this.correct(normAt(tokens, i)!);
      else {
        if (id >= this.outcomes.length)
          this.outcomes = grown(this.outcomes, Math.max(id + 1, this.outcomes.length * 2));
        const outcome = this.outcomes[id];
        if (outcome === 1) continue;
        if (outcome === 2) out = this.corrections.get(id)!;
        else {
          const norm = normAt(tokens, i)!;
          out = norm.length < this.minLength ? norm : this.correct(norm);
          this.outcomes[id] = out === norm ? 1 : 2;
          if (out === norm) continue;
          this.corrections.set(id, out);
        }
      }
      // Through setNorm: the trie filters words by the hash and id kept beside each norm.
      if (out !== normAt(tokens, i) && !titleCase(text, tokens.starts[i]!)) setNorm(tokens, i, out);
    }
  }
}
