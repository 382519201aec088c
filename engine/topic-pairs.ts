/**
 * Health topics said in two parts that combine: a body part and what is wrong with it ("my gums bleed", "sa cheville
 * est toute gonflée"), an injury and where it is ("une écharde dans le doigt", "a graze on his knee"), an injury
 * done to oneself and the part it was done to ("je me suis tordu la cheville", "I stubbed my toe").
 *
 * Each part is a reviewed signal family in `content/lexicons/<lang>/signals.yml` (`body_part`, `body_state`,
 * `injury_noun`, `injury_act`). Written as terms, the pairs multiply (90 body parts × 60 states × the words between
 * them) past what the lexicon compiler accepts, and a list of chosen pairs misses the next writer's: the fresh
 * batches of stop 19 found "my gums bleed", "my back went", "je me suis bloqué le dos" all unread. A pair is read
 * only inside one clause, with at most a few words between its parts, and it only adds the `symptoms` topic (it never
 * raises an alert): "elle a les yeux bleus" has no state of the body part, and a figurative or animal sentence has
 * already lost its hits (`sortHits`).
 */
import type { Segments } from './context.ts';
import type { CompiledEntry } from './lexicon/compiled-types.ts';
import type { RuntimeLexicon } from './lexicon/runtime.ts';
import type { Hit } from './lexicon/trie.ts';
import { perLexicon } from './per-lexicon.ts';
import { normAt, type Tokens, TokenType } from './text/tokenize.ts';
import type { TopicFinding, TopicId } from './types.ts';

interface TopicPair {
  /** Signal id of the part that comes first. */
  readonly first: string;
  /** Signal id of the part that follows it. */
  readonly then: string;
  readonly topic: TopicId;
  /** At most this many words between the two parts ("my ankle is still really swollen": 3)… */
  readonly maxWords: number;
  /**
   * …and only these: a linking verb, an adverb, a preposition, an article. Another word means the second part is
   * said of something else ("on the other hand it hurts my wallet", "she has my eyes, blue and…").
   */
  readonly between: ReadonlySet<string>;
}

/** Between a body part and its state: "my knee keeps giving way", "ma cheville est toute gonflée", "le bras qui enfle". */
const STATE_LINKS = new Set([
  ...['is', 'are', 'was', 'were', 'feels', 'feel', 'felt', 'looks', 'look', 'looked', 'seems', 'got', 'gets'],
  ...['getting', 'has', 'have', 'been', 'had', 'went', 'goes', 'keeps', 'keep', 'kept', 'started', 'starting'],
  ...['still', 'really', 'very', 'so', 'a', 'bit', 'little', 'all', 'quite', 'super', 'kind', 'of', 'kinda', 'badly'],
  ...['now', 'always', 'constantly', 'suddenly', 'pretty', 'totally', 'completely', 'red', 'hot', 'and', 'just'],
  ...['est', 'sont', 'etait', 'etaient', 'a', 'ont', 'reste', 'restent', 'devient', 'deviennent', 'devenu', 'devenue'],
  ...['devenus', 'devenues'],
  ...['tout', 'toute', 'toutes', 'tous', 'tres', 'un', 'peu', 'vraiment', 'completement', 'encore', 'hyper', 'trop'],
  ...['me', 'm', 'lui', 'te', 'qui', 'rouge', 'rouges', 'et', 'deja', 'bien', 'assez', 'tellement', 'commence'],
  // The side, said after the part: "mon pouce droit se bloque", "her left knee" comes before.
  ...['droit', 'droite', 'gauche', 'se', 's'],
]);

/** Between an injury and where it is: "a splinter in my finger", "un bleu sur le bras gauche", "mal au genou". */
const PLACE_LINKS = new Set([
  ...['in', 'on', 'under', 'behind', 'inside', 'at', 'near', 'my', 'his', 'her', 'their', 'your', 'the', 'left'],
  ...['right', 'big', 'little', 'of', 'top', 'au', 'aux', 'a', 'la', 'l', 'le', 'les', 'dans', 'sur', 'sous'],
  ...['derriere', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'du', 'de', 'des', 'gauche', 'droit', 'droite', 'gros'],
  ...['petit', 'bout', 'haut', 'bas', 'creux', 'pli'],
]);

/** Between an injury done to oneself and the part: an article ("je me suis tordu la cheville", "les deux genoux"). */
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'deux', 'the', 'a', 'both']);

export const TOPIC_PAIRS: readonly TopicPair[] = [
  { first: 'body_part', then: 'body_state', topic: 'symptoms', maxWords: 3, between: STATE_LINKS },
  { first: 'injury_noun', then: 'body_part', topic: 'symptoms', maxWords: 3, between: PLACE_LINKS },
  // "I stubbed my toe" (the possessive is part of the act's wording), "je me suis tordu la cheville".
  { first: 'injury_act', then: 'body_part', topic: 'symptoms', maxWords: 2, between: ARTICLES },
];

/**
 * The topics of the pairs found in `hits` (the content hits left by `sortHits`), one finding per topic, spanning both
 * parts. `skip` lists topics already found: their pairs are not looked for.
 *
 * @example pairedTopics(lexicon, tokens, seg, hits, new Set()) // [{ topic: 'symptoms', … }] for "my gums bleed"
 */
export function pairedTopics(
  lexicon: RuntimeLexicon,
  tokens: Tokens,
  seg: Segments,
  hits: readonly Hit[],
  skip: { has(topic: TopicId): boolean },
): TopicFinding[] {
  const out: TopicFinding[] = [];
  // One pass tells which parts the message holds at all: most messages hold both parts of no rule.
  const roles = pairRolesOf(lexicon);
  let present = 0;
  for (const hit of hits) present |= roles[hit.entry] ?? 0;
  for (let r = 0; r < TOPIC_PAIRS.length; r++) {
    const rule = TOPIC_PAIRS[r] as TopicPair;
    if ((present & bothRoles(r)) !== bothRoles(r) || skip.has(rule.topic) || hasTopic(out, rule.topic)) continue;
    const found = firstPair(roles, tokens, seg, hits, r);
    if (found) out.push(found);
  }
  return out;
}

/** A finding of `topic` is in `out` (a loop: `out.some` with a closure over the rule allocated a context per rule). */
function hasTopic(out: readonly TopicFinding[], topic: TopicId): boolean {
  for (const finding of out) if (finding.topic === topic) return true;
  return false;
}

/** Rule r's first part is bit 2r of an entry's role byte, the part that follows it bit 2r + 1. */
const firstRole = (r: number): number => 1 << (2 * r);
const thenRole = (r: number): number => 1 << (2 * r + 1);
const bothRoles = (r: number): number => firstRole(r) | thenRole(r);

/** Each entry's parts in `TOPIC_PAIRS`, as bits (built once per lexicon, so a hit costs an array read). */
const pairRolesOf = perLexicon(pairRoles);

function pairRoles(lexicon: RuntimeLexicon): Uint8Array {
  const roles = new Uint8Array(lexicon.entries.length);
  lexicon.entries.forEach((entry: CompiledEntry, e) => {
    if (entry.kind !== 'signal') return;
    TOPIC_PAIRS.forEach((rule, r) => {
      if (entry.tags.includes(rule.first)) roles[e]! |= firstRole(r);
      if (entry.tags.includes(rule.then)) roles[e]! |= thenRole(r);
    });
  });
  return roles;
}

function firstPair(
  roles: Uint8Array,
  tokens: Tokens,
  seg: Segments,
  hits: readonly Hit[],
  r: number,
): TopicFinding | null {
  const rule = TOPIC_PAIRS[r] as TopicPair;
  for (const then of hits) {
    if (!((roles[then.entry] ?? 0) & thenRole(r))) continue;
    for (const first of hits) {
      if (first.last >= then.first || !((roles[first.entry] ?? 0) & firstRole(r))) continue;
      if (seg.clause[first.last] !== seg.clause[then.first]) continue;
      if (!linked(tokens, first.last + 1, then.first - 1, rule)) continue;
      return { topic: rule.topic, start: tokens.starts[first.first] ?? 0, end: tokens.ends[then.last] ?? 0 };
    }
  }
  return null;
}

/** The words from `from` to `to` are at most `rule.maxWords`, each one of `rule.between`. */
function linked(tokens: Tokens, from: number, to: number, rule: TopicPair): boolean {
  let words = 0;
  for (let i = from; i <= to; i++) {
    const type = tokens.types[i];
    if (type !== TokenType.Word && type !== TokenType.Number) continue;
    if (++words > rule.maxWords || !rule.between.has(normAt(tokens, i) ?? '')) return false;
  }
  return true;
}
