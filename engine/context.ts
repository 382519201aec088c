/**
 * Context around lexicon hits: clauses and sentences, per-sentence language, and the cue rules that decide
 * whether a red-flag hit describes a *current* situation (not negated, past, general, hypothetical or
 * figurative). Downplaying words ("c'est sûrement rien") are deliberately not cues: they never lower an alert.
 */
import { CUE, CUE_FLAG_BITS, CUE_INDEX, CUE_TYPES, type CueType } from './lexicon/compiled-types.ts';
import { KIND_RED_FLAG, KIND_SIGNAL, READ_IN_EN, READ_IN_FR, type RuntimeLexicon } from './lexicon/runtime.ts';
import type { Hit } from './lexicon/trie.ts';
import { perLexicon } from './per-lexicon.ts';
import { arena, reserve } from './text/arena.ts';
import { grown } from './text/grow.ts';
import { languageOf, languageVote } from './text/language.ts';
import { isLaughingWord } from './text/laughing-words.ts';
import { normAt, type Tokens, TokenType } from './text/tokenize.ts';
import { RED_FLAG_CATEGORIES, type Language } from './types.ts';

/** Words that start a new clause: a negation or a past marker does not reach across them. */
const CLAUSE_WORDS = new Set([
  'mais',
  'et',
  'pourtant',
  'cependant',
  'sauf',
  'puis',
  'but',
  'and',
  'however',
  'although',
  'though',
  'except',
  'then',
  'whereas',
]);

/**
 * Words that shift the time of what follows ("aujourd'hui il marche", "maintenant il a 4 ans", "now he's doing physio"):
 * followed by a subject, they start a new clause, as a full stop would. Unpunctuated messages ("mon père a fait un AVC
 * en 2015 aujourd'hui il marche avec une canne") otherwise put the past event and today's state in one clause, and the
 * time word, a current cue, made the past event current (`npm run robustness`, rewrite "flat"). At the end of a clause
 * ("il respire mal maintenant") the word stays in its clause and keeps the sign current.
 */
const TIME_SHIFT_WORDS = new Set(['maintenant', 'desormais', 'aujourd', 'now', 'today', 'nowadays']);
/**
 * Connectors that turn to what happens next when a subject follows them, as the time-shift words do: "… l'an dernier là
 * il parle bizarre", "… en 2015 depuis il marche mal", "… alors il", "so he". "la" is also the article, but an article
 * is never followed by a subject pronoun or a possessive. "depuis" only before a subject pronoun: "il tousse depuis mon
 * retour" keeps its duration, a current cue of the sign's clause.
 */
const SHIFT_CONNECTORS = new Set(['la', 'depuis', 'alors', 'donc', 'ensuite', 'so']);
const PRONOUN_ONLY_AFTER = 'depuis';
/**
 * Subject pronouns that start a new statement after a complete clause in unpunctuated text ("ma fille a eu une méningite
 * à 3 ans elle va bien maintenant", "my dad had a stroke last year he is fine now"). "tu / you / nous / vous" are left
 * out: they are objects as often as subjects.
 */
const NEW_SUBJECTS = new Set([
  ...['il', 'elle', 'ils', 'elles', 'je', 'j', 'jai', 'jsuis', 'on'],
  ...['i', 'im', 'ive', 'he', 'she', 'hes', 'shes', 'we', 'they', 'theyre'],
]);
/**
 * Words after which a subject pronoun belongs to the clause being said: subordinators and reporting verbs ("je pense
 * qu'il", "parce qu'il", "I think he"), prepositions, inversions ("a-t-il"), and a stressed pronoun ("moi je").
 */
const KEEP_SUBJECT_AFTER = new Set([
  ...['que', 'qu', 'si', 's', 'quand', 'lorsque', 'lorsqu', 'comme', 'parce', 'puisque', 'puisqu', 'ou', 'dont', 'ce'],
  ...['pourquoi', 'comment', 'combien', 'est', 't', 'moi', 'toi', 'lui', 'eux', 'chez', 'pour', 'a', 'de', 'd'],
  ...['avec', 'dans', 'sur', 'par', 'avant', 'apres', 'pendant', 'jusqu', 'tant', 'bien', 'pense', 'crois', 'sais'],
  ...['dit', 'dis', 'disait', 'trouve', 'sens', 'vois', 'entends', 'peur', 'sur', 'sure', 'sauf', 'ni', 'n', 'ne'],
  ...['that', 'if', 'when', 'whether', 'because', 'as', 'than', 'think', 'thought', 'know', 'knew', 'say', 'said'],
  ...['says', 'hope', 'guess', 'feel', 'felt', 'reckon', 'worry', 'worried', 'scared', 'afraid', 'sure', 'where'],
  ...['why', 'how', 'what', 'who', 'whom', 'which', 'before', 'after', 'until', 'till', 'while', 'unless', 'since'],
  ...['once', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'may'],
  ...['might', 'must', 'have', 'has', 'had', 'am', 'to', 'for', 'with', 'of', 'in', 'on', 'by', 'about', 'like'],
  ...['even', 'wish', 'mean', 'means', 'suppose', 'assume', 'maybe', 'peut', 'etre', 'meme'],
]);
/**
 * Possessives and demonstratives that open a subject with their noun ("ma fille a eu…", "hier soir mon père s'est…",
 * "cette coupure nécessite…", "my dad had…"), and "c'est / ça", a subject of their own, unless a preposition comes
 * before them ("à la naissance de mon fils", "j'ai mal à ma tête").
 */
const POSSESSIVE_SUBJECTS = new Set(['mon', 'ma', 'mes', 'notre', 'nos', 'cette', 'my', 'our']);
const SUBJECT_WORDS_NOT_SPLITTING = new Set(['c', 'ca', 'cest']);
const PREPOSITIONS = new Set([
  ...['a', 'au', 'aux', 'de', 'd', 'du', 'des', 'chez', 'pour', 'avec', 'dans', 'sur', 'par', 'en', 'sans', 'vers'],
  ...['contre', 'entre', 'to', 'of', 'at', 'in', 'on', 'for', 'with', 'from', 'by', 'about', 'into'],
]);
/** How many words a clause needs after its subject before a new subject pronoun starts a clause (verb and more). */
const COMPLETE_AFTER_SUBJECT = 2;
/** A question opener starts a clause after this many words even with no subject seen ("had a heart attack in 2017 is it…"). */
const QUESTION_AFTER_WORDS = 4;
/**
 * Words that open a question (a new clause) after a complete clause: "had a heart attack in 2017 is it safe to start
 * running again", "mon père a eu une septicémie l'année dernière est ce qu'il doit faire attention maintenant". The
 * question's own words ("again", "maintenant") then stay out of the clause of the past event.
 */
const QUESTION_OPENERS = new Set([
  ...['comment', 'pourquoi', 'combien', 'quel', 'quels', 'quelle', 'quelles', 'faut', 'est', 'peut', 'dois', 'doit'],
  ...['how', 'what', 'why', 'when', 'is', 'are', 'can', 'should', 'do', 'does', 'will', 'could', 'would', 'am'],
]);
/** Words after "is / can / should…" or "faut / peut / est" that make them a question's first words. */
const QUESTION_SECOND = new Set([
  ...['it', 'i', 'he', 'she', 'they', 'we', 'you', 'this', 'that', 'there', 'my'],
  ...['il', 'elle', 'on', 'ce', 'je', 'j', 'tu'],
]);
/** Question words that open a question only before an auxiliary ("when is it safe", "what should i do", "how can i"). */
const WH_WORDS = new Set(['how', 'what', 'why', 'when', 'comment', 'pourquoi', 'combien']);
const AUXILIARIES = new Set([
  ...['is', 'are', 'was', 'should', 'can', 'could', 'do', 'does', 'did', 'will', 'would', 'to'],
  ...['faut', 'peut', 'dois', 'doit', 'est', 'on'],
]);
/** "quel suivi", "quels sont": these open a question whatever follows. */
const OPEN_ALONE = new Set(['quel', 'quels', 'quelle', 'quelles']);
/** "comment aborder", "pourquoi faire": these open a question before an infinitive too (not "comment quand…"). */
const OPEN_BEFORE_INFINITIVE = new Set(['comment', 'pourquoi']);
const INFINITIVE_ENDINGS = ['er', 'ir', 're'];
/** "how long", "how bad", "what else": second words after "how / what" besides `QUESTION_SECOND`. */
const HOW_MUCH = new Set(['long', 'much', 'many', 'bad', 'often', 'soon', 'else']);
/** Subjects that open the clause after a time-shift word ("hui" is the rest of "aujourd'hui"). */
const SUBJECTS_AFTER_TIME_SHIFT = new Set([
  ...['il', 'elle', 'je', 'j', 'on', 'ils', 'elles', 'nous', 'ca', 'c', 'tout', 'mon', 'ma', 'mes', 'son', 'sa'],
  ...['he', 'she', 'i', 'im', 'ive', 'we', 'they', 'hes', 'shes', 'theyre', 'its', 'my', 'his', 'her', 'our'],
]);

/** Shared empty list for absent cue types (`?? []` allocated an array per message and type). */
const NO_HITS: readonly Hit[] = [];

/** How many tokens back a negation cue reaches ("pas de fièvre ni de douleur dans la poitrine"). */
const NEGATION_REACH = 7;
const FRENCH_NE = new Set(['ne', 'n']);
const FRENCH_NEGATION_AFTER = new Set(['pas', 'plus', 'jamais', 'point']);

export interface Segments {
  readonly clause: Int32Array;
  readonly sentence: Int32Array;
  readonly sentenceCount: number;
  readonly lang: Language;
  /**
   * French and English stopword votes of each sentence (see `sentenceLanguages`): sentence k's French votes at 2k, its
   * English votes at 2k + 1. Kept as counts rather than one language per sentence: building two plain arrays of
   * 500 000 entries was most of the time on "a.a.a.…". One typed array, not one per language: a view costs ~25 ns and
   * ~100 bytes of garbage per message in Node 20.
   */
  readonly sentenceVotes: Int32Array;
  /** Some word is written laughter ("mdr", "lol": see engine/laughter.ts). */
  readonly laughs: boolean;
  /**
   * Clauses opened by a new subject in unpunctuated text ("ce soir c'est décidé je…"), not by punctuation, a connector,
   * a time shift or a question: what dates the clause before them ("ce soir") still dates them. 1 at such a clause's
   * id; null when none.
   */
  readonly softStarts: Uint8Array | null;
}

/**
 * The languages whose entries are read in sentence `s`, as `RuntimeLexicon.readIn` bits: both when the sentence has too
 * little evidence of its language to exclude the other's terms, else its language (the message's on a tie).
 */
function sentenceLanguages(seg: Segments, s: number): number {
  const fr = seg.sentenceVotes[2 * s] ?? 0;
  const en = seg.sentenceVotes[2 * s + 1] ?? 0;
  if (Math.abs(fr - en) < 2) return READ_IN_FR | READ_IN_EN;
  return languageOf(fr, en, seg.lang) === 'fr' ? READ_IN_FR : READ_IN_EN;
}

/**
 * What `segment` needs to know about a word, by word id (see `Tokens.ids`): a message repeats its words, and one
 * byte read is cheaper than the two hash lookups behind it (and than checking a tokeniser slot's string). 0: not
 * seen yet; else bits 0–1: language vote + 1, bit 2: the word starts a clause, bit 3 (`KNOWN`): set, bit 4: written
 * laughter. Kept for the id table of `factsEpoch` only.
 */
const CLAUSE_WORD = 4;
const KNOWN = 8;
const LAUGH = 16;
/** Bit 5: a time-shift word (`TIME_SHIFT_WORDS`, `SHIFT_CONNECTORS`), which starts a clause when a subject follows it. */
const TIME_SHIFT = 32;
/** Bit 6: a subject pronoun (`NEW_SUBJECTS`); bit 7: a word after which it stays in its clause (`KEEP_SUBJECT_AFTER`). */
const SUBJECT = 64;
const KEEPS_SUBJECT = 128;
/** Bit 8: a possessive that opens a subject first in its clause (`POSSESSIVE_SUBJECTS`). */
const POSSESSIVE = 256;
/** Bit 9: a word that may open a question (`QUESTION_OPENERS`). */
const QUESTION = 512;
/** Bit 10: "c'est / ça" (`SUBJECT_WORDS_NOT_SPLITTING`); bit 11: a preposition (`PREPOSITIONS`). */
const QUIET_SUBJECT = 1024;
const PREPOSITION = 2048;
/** Bit 12: "du", first word of "du coup". */
const SO_DU = 4096;
/** Bit 13: a subject that may follow a time-shift word (`SUBJECTS_AFTER_TIME_SHIFT`). */
const SHIFT_SUBJECT = 8192;
/** Words that start a clause whatever the clause before holds (with the word after them for some). */
const HARD_CLUES = CLAUSE_WORD | TIME_SHIFT | SO_DU;
/** The bits `segment` reads to place clause starts. */
const CLAUSE_CLUES = CLAUSE_WORD | TIME_SHIFT | SUBJECT | QUESTION | POSSESSIVE | QUIET_SUBJECT | SO_DU;
/** Bit 14: a subject pronoun (`SUBJECT_PRONOUNS`), read by `isCurrent` at every word a negation reaches over. */
const SUBJECT_PRONOUN = 16384;
/** Bit 15: a word that one of `isCurrent`'s word-level denial rules reads next to a sign (`NEGATION_NEIGHBOURS`). */
const NEGATION_NEIGHBOUR = 32768;
let facts = new Uint16Array(1024);
let factsEpoch = -1;

function wordFacts(tokens: Tokens, i: number): number {
  const id = tokens.ids[i]!;
  const known = id < facts.length ? facts[id]! : 0;
  return known !== 0 ? known : learnFacts(tokens, i, id);
}

/**
 * The word at `i` is written laughter (`isLaughingWord`), read from its cached facts: `segment` learnt every word of the
 * message, and a byte read costs less than the string test (0.5 % of the engine in Node 20, in `laughingSentences`).
 */
export function laughingWordAt(tokens: Tokens, i: number): boolean {
  return (wordFacts(tokens, i) & LAUGH) !== 0;
}

/** The current facts table (`learnFacts` may replace it with a larger one). */
function factsTable(): Uint16Array {
  return facts;
}

/** `wordFacts` for a word not seen yet: kept out of the hot path so that `wordFacts` stays small enough to inline. */
function learnFacts(tokens: Tokens, i: number, id: number): number {
  if (id >= facts.length) facts = grown(facts, Math.max(facts.length * 2, id + 1));
  const norm = normAt(tokens, i) ?? '';
  const bits =
    KNOWN |
    (languageVote(norm) + 1) |
    (CLAUSE_WORDS.has(norm) ? CLAUSE_WORD : 0) |
    (isLaughingWord(norm) ? LAUGH : 0) |
    (TIME_SHIFT_WORDS.has(norm) || SHIFT_CONNECTORS.has(norm) ? TIME_SHIFT : 0) |
    (NEW_SUBJECTS.has(norm) ? SUBJECT : 0) |
    (KEEP_SUBJECT_AFTER.has(norm) ? KEEPS_SUBJECT : 0) |
    (POSSESSIVE_SUBJECTS.has(norm) ? POSSESSIVE : 0) |
    (SUBJECT_WORDS_NOT_SPLITTING.has(norm) ? QUIET_SUBJECT : 0) |
    (PREPOSITIONS.has(norm) ? PREPOSITION : 0) |
    (norm === 'du' ? SO_DU : 0) |
    (QUESTION_OPENERS.has(norm) ? QUESTION : 0) |
    (SUBJECTS_AFTER_TIME_SHIFT.has(norm) ? SHIFT_SUBJECT : 0) |
    (SUBJECT_PRONOUNS.has(norm) ? SUBJECT_PRONOUN : 0) |
    (NEGATION_NEIGHBOURS.has(norm) ? NEGATION_NEIGHBOUR : 0);
  facts[id] = bits;
  return bits;
}

/** A time-shift word at `i` (not first in its sentence) is followed by a subject: "… en 2015 aujourd'hui il marche". */
function subjectFollows(tokens: Tokens, i: number): boolean {
  const before = i > 0 ? tokens.types[i - 1] : TokenType.Sentence;
  if (before !== TokenType.Word && before !== TokenType.Number) return false;
  const next = normAt(tokens, i) === 'aujourd' && normAt(tokens, i + 1) === 'hui' ? i + 2 : i + 1;
  if (tokens.types[next] !== TokenType.Word) return false;
  // The next word's facts (cached by word id) answer both questions without a set lookup.
  const subject = wordFacts(tokens, next);
  return (subject & (normAt(tokens, i) === PRONOUN_ONLY_AFTER ? SUBJECT : SHIFT_SUBJECT)) !== 0;
}

function wordOrNumber(tokens: Tokens, i: number): boolean {
  const type = tokens.types[i];
  return type === TokenType.Word || type === TokenType.Number;
}

/**
 * "… à 3 ans elle va bien", "… last year he is fine now": a subject pronoun after a complete clause (a subject and two
 * more words) starts a new statement, as a full stop would, unless the word before keeps it in the clause ("je pense
 * qu'il…", "moi je…"). "il y a" is a date, not a subject.
 */
function newSubjectAt(tokens: Tokens, i: number, before: number): boolean {
  if (before & KEEPS_SUBJECT || !wordOrNumber(tokens, i - 1)) return false;
  return !(normAt(tokens, i) === 'il' && normAt(tokens, i + 1) === 'y');
}

/** A question opener at `i` ("… in 2017 is it safe", "… l'an dernier est ce qu'il doit") starts a question. */
function questionAt(tokens: Tokens, i: number, before: number): boolean {
  if (before & KEEPS_SUBJECT || !wordOrNumber(tokens, i - 1)) return false;
  const word = normAt(tokens, i) ?? '';
  if (OPEN_ALONE.has(word)) return true;
  if (tokens.types[i + 1] !== TokenType.Word) return false;
  const next = normAt(tokens, i + 1) ?? '';
  if (!WH_WORDS.has(word)) return QUESTION_SECOND.has(next);
  if (AUXILIARIES.has(next) || HOW_MUCH.has(next)) return true;
  return OPEN_BEFORE_INFINITIVE.has(word) && endsLikeInfinitive(next);
}

/** A loop, not `INFINITIVE_ENDINGS.some` with a closure over the word (see `without`). */
function endsLikeInfinitive(word: string): boolean {
  for (const ending of INFINITIVE_ENDINGS) if (word.endsWith(ending)) return true;
  return false;
}

/** "… l'an dernier du coup il…", "… du coup depuis une heure je saigne": "du coup" opens a clause. */
function soConnectorAt(tokens: Tokens, i: number): boolean {
  return normAt(tokens, i + 1) === 'coup' && wordOrNumber(tokens, i - 1);
}

const NO_START = 0;
const HARD_START = 1;
/** A clause opened by a new subject only (see `Segments.softStarts`). */
const SOFT_START = 2;

/**
 * Whether the word at `i` (its `facts`, and those of the word `before` it) starts a clause, and how. `clauseWords` and
 * `subjectEnd` describe the clause so far (see `segment`); `french`: the sentence reads French so far.
 */
function clauseStart(
  tokens: Tokens,
  i: number,
  facts: number,
  before: number,
  clauseWords: number,
  subjectEnd: number,
  french: boolean,
): number {
  if (facts & CLAUSE_WORD) return HARD_START;
  if (facts & TIME_SHIFT && subjectFollows(tokens, i)) return HARD_START;
  if (facts & SO_DU && soConnectorAt(tokens, i)) return HARD_START;
  const complete = subjectEnd >= 0 && clauseWords - subjectEnd > COMPLETE_AFTER_SUBJECT;
  if (complete && facts & SUBJECT && newSubjectAt(tokens, i, before) && (french || normAt(tokens, i) !== 'on'))
    return SOFT_START;
  if ((complete || clauseWords >= QUESTION_AFTER_WORDS) && facts & QUESTION && questionAt(tokens, i, before))
    return HARD_START;
  return NO_START;
}

/**
 * Clause and sentence index of every token, and the language of each sentence.
 *
 * @example segment(tokenize('Non. Yes and no'), undefined).sentenceCount // 2
 */
export function segment(tokens: Tokens, forced: Language | undefined): Segments {
  const n = tokens.count;
  // One arena region for the clause and sentence indexes: a typed array of its own costs about as much as the loop
  // below on a short message. The per-sentence votes go to `votes` as each sentence ends, and to the arena after the
  // loop (their count is known then: a first pass counting the sentences was 0.2 % of the engine's time).
  const at = reserve(2 * n * 4);
  const buffer = arena();
  const clause = new Int32Array(buffer, at, n);
  const sentence = new Int32Array(buffer, at + n * 4, n);
  let s = 0;
  let c = 0;
  // The votes of the current sentence, and of the whole message.
  let sentenceFr = 0;
  let sentenceEn = 0;
  let totalFr = 0;
  let totalEn = 0;
  let laughs = 0;
  if (factsEpoch !== tokens.idEpoch) {
    factsEpoch = tokens.idEpoch;
    facts.fill(0);
  }
  // Words of the current clause, and the word count at which its subject ended (-1: none yet), see `newSubjectAt`.
  let clauseWords = 0;
  let subjectEnd = -1;
  let before = 0;
  // 1 at each clause a new subject opened (a clause id is at most two per token), made at the first one.
  let softStarts: Uint8Array | null = null;
  // Locals for the arrays read per token: the calls in the loop keep V8 from keeping them in registers itself.
  const { types, ids } = tokens;
  let known: Uint16Array = facts;
  for (let i = 0; i < n; i++) {
    const type = types[i];
    if (type === TokenType.Word) {
      // `wordFacts` inlined by hand, on the local table (renewed when a new word grows it).
      const id = ids[i]!;
      let facts = id < known.length ? known[id]! : 0;
      if (facts === 0) {
        facts = learnFacts(tokens, i, id);
        known = factsTable();
      }
      // Most words play no part in where a clause starts: one bit test skips them.
      if (facts & CLAUSE_CLUES) {
        // A subject or a question word starts nothing before its clause is complete (most of them: no call).
        const complete = subjectEnd >= 0 && clauseWords - subjectEnd > COMPLETE_AFTER_SUBJECT;
        const start =
          facts & HARD_CLUES ||
          (complete && facts & SUBJECT) ||
          (facts & QUESTION && (complete || clauseWords >= QUESTION_AFTER_WORDS))
            ? clauseStart(tokens, i, facts, before, clauseWords, subjectEnd, sentenceFr > sentenceEn)
            : NO_START;
        if (start !== NO_START) {
          c++;
          if (start === SOFT_START) (softStarts ??= mask(2 * n + 2))[c] = 1;
          clauseWords = 0;
          subjectEnd = -1;
        }
        if (facts & (SUBJECT | QUIET_SUBJECT)) subjectEnd = clauseWords;
        // "ma fille a…": the possessive and its noun are the subject.
        else if (facts & POSSESSIVE && !(before & PREPOSITION && clauseWords > 0)) subjectEnd = clauseWords + 1;
        // "quels sont les signes…": a question said first has its subject in it.
        else if (facts & QUESTION && clauseWords === 0 && OPEN_ALONE.has(normAt(tokens, i) ?? '')) subjectEnd = 0;
      }
      clauseWords++;
      before = facts;
      laughs |= facts;
      // Bits 0-1 are the language vote + 1 (2: French, 0: English): counted without a branch, which a word's vote
      // (about one word in three votes) mispredicts.
      sentenceFr += (facts >>> 1) & 1;
      sentenceEn += 1 - ((facts | (facts >>> 1)) & 1);
      clause[i] = c;
      sentence[i] = s;
      continue;
    }
    // Only the other tokens end a sentence or a clause: words skip these tests.
    // "en 2017 is it…": the word before a number does not bind what follows the number.
    before = 0;
    if (type === TokenType.Number) clauseWords++;
    clause[i] = c;
    sentence[i] = s;
    if (type === TokenType.Sentence) {
      keepVotes(s, sentenceFr, sentenceEn);
      totalFr += sentenceFr;
      totalEn += sentenceEn;
      sentenceFr = 0;
      sentenceEn = 0;
      s++;
    }
    if (type === TokenType.Sentence || type === TokenType.Clause || type === TokenType.Newline) {
      c++;
      clauseWords = 0;
      subjectEnd = -1;
    }
  }
  keepVotes(s, sentenceFr, sentenceEn);
  totalFr += sentenceFr;
  totalEn += sentenceEn;
  const sentences = s + 1;
  const sentenceVotes = new Int32Array(arena(), reserve(2 * sentences * 4), 2 * sentences);
  for (let k = 0; k < 2 * sentences; k++) sentenceVotes[k] = votes[k]!;
  // A long input ("a.a.a.…", 1 MB) leaves no large table behind it.
  if (votes.length > VOTES_KEEP) votes = new Int32Array(VOTES_KEEP);
  const lang = forced ?? languageOf(totalFr, totalEn);
  return {
    clause,
    sentence,
    sentenceCount: sentences,
    lang,
    sentenceVotes,
    laughs: (laughs & LAUGH) !== 0,
    softStarts,
  };
}

/** How many vote slots `segment` keeps between calls (a message of 32 768 sentences); a larger table is dropped. */
const VOTES_KEEP = 1 << 16;
/** `segment`'s French and English votes of sentence k at 2k and 2k + 1, grown when a message needs more. */
let votes = new Int32Array(256);

function keepVotes(s: number, fr: number, en: number): void {
  if (2 * s + 1 >= votes.length) votes = grown(votes, Math.max(2 * votes.length, 2 * s + 2));
  votes[2 * s] = fr;
  votes[2 * s + 1] = en;
}

/** Hits sorted into lexicon-content hits and cue hits by type, after language and figurative filtering. */
export interface SortedHits {
  readonly content: Hit[];
  readonly cues: CueLists;
}

/**
 * Cue hits by cue type: an array indexed by the type's place in `CUE_TYPES` (a `Map` per message cost more to make, or
 * to clear, than all the lookups in it). A type met in a message gets a new list: emptying a reused one (`length = 0`)
 * is a runtime call in Node's V8 that cost more than allocating a small array.
 */
export class CueLists {
  private readonly lists: (Hit[] | null)[] = CUE_TYPES.map(() => null);

  /** Bit `index` set when `lists[index]` is set: `clear` then empties only those (most messages have few cue types). */
  private used = 0;

  get(type: CueType): Hit[] | undefined {
    return this.lists[CUE_INDEX.get(type)!] ?? undefined;
  }

  /** The list of the cue type at `index` in `CUE_TYPES` (`CUE.negation`…): `get` without the map lookup. */
  at(index: number): Hit[] | undefined {
    return this.lists[index] ?? undefined;
  }

  /**
   * Replaces the list of the cue type at `index` in `CUE_TYPES`, which has one: a drop rule's filtered copy. The drop
   * rules look for a cue to drop with a plain loop first (most messages drop none): a `keepOnly(type, keep)` taking a
   * closure per rule, called without inlining in Node 20 (14× its Chromium time), cost 0.6 % of the engine there.
   */
  replace(index: number, list: Hit[]): void {
    this.lists[index] = list;
  }

  set(type: CueType, list: Hit[]): void {
    const index = CUE_INDEX.get(type)!;
    this.lists[index] = list;
    this.used |= 1 << index;
  }

  /** Appends a hit to the list of the cue type at `index` in `CUE_TYPES`. */
  push(index: number, hit: Hit): void {
    let list = this.lists[index];
    if (!list) {
      list = [];
      this.lists[index] = list;
      this.used |= 1 << index;
    }
    list.push(hit);
  }

  clear(): void {
    // One step per list in use, on a local (a loop over every place up to the last, shifting the field, was 0.17 %).
    for (let left = this.used; left !== 0; left &= left - 1) this.lists[31 - Math.clz32(left & -left)] = null;
    this.used = 0;
  }
}

/** `sortHits`' cue lists, reused by every call. */
const reusedCues = new CueLists();

/**
 * Keeps the hits whose entry language fits their sentence, removes content hits inside figurative expressions
 * or in sentences about machines, markets or animals, and groups cue hits by type.
 *
 * @example sortHits(lexicon, tokens, segments, trie.find(tokens)).content.length
 */
export function sortHits(lexicon: RuntimeLexicon, tokens: Tokens, seg: Segments, raw: readonly Hit[]): SortedHits {
  // The cue lists of the previous call, emptied: like the hits themselves (see `TokenTrie.find`), what this returns is
  // valid until the next call. A map and a list per cue type per message were a sixth of the engine's garbage. The
  // content list is new (see `CueLists` on emptying a list).
  const cues = reusedCues;
  cues.clear();
  const kept: Hit[] = [];
  const readIn = lexicon.readIn;
  // The hits come in text order: most share the sentence of the hit before, and its languages.
  let lastSentence = -1;
  let languages = 0;
  for (const hit of raw) {
    const s = seg.sentence[hit.first] ?? 0;
    if (s !== lastSentence) {
      lastSentence = s;
      languages = sentenceLanguages(seg, s);
    }
    if (!(readIn[hit.entry]! & languages)) continue;
    const cue = lexicon.cueIndex[hit.entry]!;
    if (cue >= 0) cues.push(cue, hit);
    else kept.push(hit);
  }
  dropSpeechBesideAirway(lexicon, tokens, kept);
  // Cues of a "current" phrase override an overlapping negation ("je n'ai jamais eu aussi mal").
  const current = cues.at(CUE.current) ?? NO_HITS;
  const negations = cues.at(CUE.negation);
  if (negations && current.length > 0) {
    const covered = mask(tokens.count);
    for (const cur of current) markHit(covered, cur);
    dropCues(cues, CUE.negation, overlapsMask, covered);
  }

  dropAdverbialWithout(tokens, cues);
  dropMannerQuickly(tokens, cues);
  dropPastSince(tokens, cues);
  dropSettingGeneral(tokens, cues);
  dropAgeStatements(tokens, cues);
  dropCurrentInsideQuestions(tokens, cues);
  dropCurrentBeforeRecovery(tokens, cues);
  dropCuesInsideSigns(lexicon, tokens, cues, kept);

  // Most messages have no figurative, off-topic or animal cue: then every kept hit stays, with no mask to build.
  const figurative = cues.at(CUE.figurative);
  const figurativeContext = cues.at(CUE.figurative_context);
  const animals = cues.at(CUE.animal);
  if (!figurative?.length && !figurativeContext?.length && !animals?.length) return { content: kept, cues };
  const masked = mask(tokens.count);
  for (const hit of figurative ?? NO_HITS) markHit(masked, hit);
  const offTopic = offTopicFrom(seg, tokens, figurativeContext ?? NO_HITS);
  const onTopicAgain = offTopic ? personAfterOffTopic(seg, tokens, cues, figurativeContext ?? NO_HITS) : null;
  const animalFrom = animalSentences(seg, cues, tokens);
  let corroborated: Int32Array | undefined;
  // A loop, not `kept.filter` with a closure (which Node 20 calls without inlining).
  const content: Hit[] = [];
  for (const hit of kept) {
    const s = seg.sentence[hit.first] ?? 0;
    if (offTopic && isOffTopic(seg, offTopic, hit) && !(onTopicAgain && hit.first >= (onTopicAgain[s] ?? -1))) continue;
    if (animalFrom && hit.last >= (animalFrom[s] ?? -1) && (animalFrom[s] ?? -1) >= 0 && !personOnly(lexicon, hit))
      continue;
    if (
      !overlapsMask(masked, hit) ||
      (coveredBy(masked, hit) &&
        corroborates(lexicon, (corroborated ??= corroboratedSigns(lexicon, kept, masked)), hit))
    )
      content.push(hit);
  }
  return { content, cues };
}

/**
 * A voice lost to something in the airway is not a stroke's speech trouble: "il s'étouffe avec un morceau de viande,
 * il peut plus parler", "crise d'asthme, elle n'arrive plus à parler" (a25 left them adding `stroke` to the choking
 * alert). When the message names such a cause (signals `airway_cause`, `wheeze`, `short_breath`, `foreign_body`:
 * choking, food gone the wrong way, an asthma attack, breathlessness, a swelling throat), a hit that is `stroke` alone
 * and names speech is dropped; face and arm signs stay.
 */
const AIRWAY_CAUSE = 1;
/** Signal tags that name such a cause: a26's choking and swelling family, and the existing asthma, breathlessness and
 * swallowed-object families (read as they are, so their hits serve twice and the lexicon grows by no common word). */
const AIRWAY_TAGS = new Set(['airway_cause', 'wheeze', 'short_breath', 'foreign_body']);
const STROKE_ONLY = 2;
const SPEECH_WORDS = new Set([
  ...['parler', 'parle', 'parlait', 'parlent', 'articuler', 'articule', 'mot', 'mots', 'phrase', 'phrases', 'dire'],
  ...['voix', 'parole', 'paroles', 'voice'],
  ...['talk', 'talking', 'speak', 'speaking', 'words', 'word', 'speech', 'sentence', 'sentences', 'say'],
]);
const airwayRolesOf = perLexicon((lexicon: RuntimeLexicon): Uint8Array => {
  const roles = new Uint8Array(lexicon.entries.length);
  const stroke = 1 << RED_FLAG_CATEGORIES.indexOf('stroke');
  for (let e = 0; e < roles.length; e++) {
    if (lexicon.kinds[e] === KIND_SIGNAL && lexicon.entries[e]!.tags.some((tag) => AIRWAY_TAGS.has(tag)))
      roles[e] = AIRWAY_CAUSE;
    else if (lexicon.kinds[e] === KIND_RED_FLAG && lexicon.categories[e] === stroke) roles[e] = STROKE_ONLY;
  }
  return roles;
});

/**
 * Removes from `kept` (in place) the stroke-only hits that name speech when an airway cause is among them. Its own
 * loop after `sortHits`' first one, which stays as it was (a read per hit there measured slower than this pass).
 */
function dropSpeechBesideAirway(lexicon: RuntimeLexicon, tokens: Tokens, kept: Hit[]): void {
  const roles = airwayRolesOf(lexicon);
  let seen = 0;
  for (const hit of kept) seen |= roles[hit.entry]!;
  if (seen !== (AIRWAY_CAUSE | STROKE_ONLY)) return;
  let w = 0;
  for (const hit of kept) if (roles[hit.entry] !== STROKE_ONLY || !namesSpeech(tokens, hit)) kept[w++] = hit;
  kept.length = w;
}

function namesSpeech(tokens: Tokens, hit: Hit): boolean {
  for (let i = hit.first; i <= hit.last; i++) if (SPEECH_WORDS.has(normAt(tokens, i) ?? '')) return true;
  return false;
}

/**
 * Words with two readings: when a figurative expression contains a whole sign ("il répond plus au tel" holds "répond
 * plus"), a sign that needs other evidence (`with`) keeps its literal reading if that evidence stands outside every
 * figurative expression: after a farewell message ("merci pour tout, adieu") an unanswered phone is the warning sign
 * the entry describes. A sign that spills out of the expression ("je voudrais ne plus me réveiller la nuit") is a
 * different construction and stays hidden.
 */
function corroboratedSigns(lexicon: RuntimeLexicon, kept: readonly Hit[], masked: Uint8Array): Int32Array {
  // The read tags (`RuntimeLexicon.signalBits`) of the signals outside every expression: an entry's `with` only names
  // read tags, so its `needBits` answer "is all its evidence there" without the entry objects or a set of strings.
  const words = lexicon.signalWords;
  const evidence = new Int32Array(words);
  for (const hit of kept) {
    if (lexicon.kinds[hit.entry] !== KIND_SIGNAL || overlapsMask(masked, hit)) continue;
    for (let w = 0; w < words; w++) evidence[w]! |= lexicon.signalBits[hit.entry * words + w]!;
  }
  return evidence;
}

/** The `with` of `hit`'s entry is not empty and all in `evidence` (see `corroboratedSigns`). */
function corroborates(lexicon: RuntimeLexicon, evidence: Int32Array, hit: Hit): boolean {
  const words = lexicon.signalWords;
  let any = 0;
  for (let w = 0; w < words; w++) {
    const need = lexicon.needBits[hit.entry * words + w]!;
    if ((evidence[w]! & need) !== need) return false;
    any |= need;
  }
  return any !== 0;
}

/** "sans / without" that is part of a manner adverb, not a negation of what follows. */
const WITHOUT_WORDS = new Set(['sans', 'without']);
const ADVERBIAL_AFTER_WITHOUT = new Set([
  'arret',
  'cesse',
  'raison',
  'prevenir',
  'interruption',
  'discontinuer',
  'relache',
  'fin',
  'stopping',
  'warning',
  'stop',
  'end',
  'reason',
  'letup',
]);

/**
 * "elle parle sans arrêt de mourir", "il saigne sans s'arrêter", "he collapsed without warning": "sans arrêt", "sans
 * cesse", "sans raison", "sans prévenir", "sans s'arrêter", "without stopping" say how, they negate nothing.
 */
function dropAdverbialWithout(tokens: Tokens, cues: CueLists): void {
  dropCues(cues, CUE.negation, isAdverbialWithout, tokens);
}

function isAdverbialWithout(tokens: Tokens, cue: Hit): boolean {
  if (cue.first !== cue.last || !WITHOUT_WORDS.has(normAt(tokens, cue.last) ?? '')) return false;
  let next = normAt(tokens, cue.last + 1) ?? '';
  // "sans s'arrêter": skip the reflexive pronoun; "without a break" reads like "without stopping".
  if (next === 's' || next === 'a' || next === 'any') next = normAt(tokens, cue.last + 2) ?? '';
  return ADVERBIAL_AFTER_WITHOUT.has(next) || next === 'arreter' || next === 'break';
}

/** Degree words that make a following "vite / quickly" a manner ("se lever trop vite"), not a call for help. */
const MANNER_DEGREE = new Set([
  ...['trop', 'tres', 'plus', 'si', 'assez', 'aussi', 'moins', 'super', 'hyper', 'tellement', 'peu'],
  ...['too', 'very', 'so', 'more', 'less', 'quite', 'fairly', 'pretty', 'as'],
]);
const QUICKLY_CUES = new Set(['vite', 'hurry', 'quickly', 'fast']);

/**
 * "il s'est évanoui en se levant trop vite", "elle a mangé trop vite": "vite" is a current cue when it calls for
 * help ("vite, il respire plus"), but after a degree word it says how something was done and dates nothing.
 */
function dropMannerQuickly(tokens: Tokens, cues: CueLists): void {
  dropCues(cues, CUE.current, isMannerQuickly, tokens);
}

function isMannerQuickly(tokens: Tokens, cue: Hit): boolean {
  if (cue.first !== cue.last || !QUICKLY_CUES.has(normAt(tokens, cue.first) ?? '')) return false;
  const before = normAt(tokens, cue.first - 1) ?? '';
  return MANNER_DEGREE.has(before) || MANNER_VERBS.has(before);
}

/**
 * Verbs that "vite / fast" right after describes ("il respire vite", "son coeur bat vite", a25): a sign's manner, not a
 * call for help ("venez vite").
 */
const MANNER_VERBS = new Set([
  ...['respire', 'respirait', 'respirent', 'bat', 'battait', 'battent', 'souffle', 'soufflait', 'halete'],
  ...['breathing', 'breathes', 'breathe', 'beating', 'beats', 'beat'],
]);

/** "depuis / since": what follows is the start of a state that goes on. */
const SINCE_WORDS = new Set(['depuis', 'since']);
/** How many words before a past cue "depuis / since" may stand ("depuis la mort de mon fils en 2022"). */
const SINCE_REACH = 6;

/**
 * "depuis la mort de mon fils en 2022 je tiens plus", "since my divorce in 2019 I can't…": a date after "depuis / since"
 * starts a state that goes on, it does not date the sentence (a25). Only the cue itself is dropped: another past cue
 * still dates the sentence.
 */
function dropPastSince(tokens: Tokens, cues: CueLists): void {
  dropCues(cues, CUE.past, afterSince, tokens);
}

function afterSince(tokens: Tokens, cue: Hit): boolean {
  for (let i = cue.first - 1; i >= 0 && cue.first - i <= SINCE_REACH; i--) {
    const word = normAt(tokens, i) ?? '';
    if (SINCE_WORDS.has(word)) return true;
    // A clause word between them ("depuis hier, et en 2015…") ends the reach: the date belongs to another statement.
    if (CLAUSE_WORDS.has(word)) return false;
  }
  return false;
}

/** Words that make what follows the time of an event ("pendant ma formation", "lors du cours", "during class"). */
const SETTING_WORDS = new Set(['pendant', 'durant', 'lors', 'cours', 'during']);
/** Words between a setting word and the course it names ("lors de mon…", "au cours de la…", "pendant l'…"). */
const SETTING_LINKS = new Set([
  ...['de', 'd', 'du', 'des', 'mon', 'ma', 'mes', 'notre', 'nos', 'le', 'la', 'l', 'les', 'un', 'une', 'son', 'sa'],
  ...['my', 'the', 'a', 'our', 'his', 'her'],
]);

/**
 * A course named as the time of an event is not a question about a course: "pendant ma formation PSC1 un participant
 * s'est effondré, il respire plus", "pendant le cours de secourisme une fille s'est évanouie". Drops such general cues
 * ("formation", "cours de secourisme"); "au PSC1 on nous a appris que si…" keeps its own cues.
 */
function dropSettingGeneral(tokens: Tokens, cues: CueLists): void {
  const general = cues.at(CUE.general);
  if (!general || general.length === 0) return;
  // Only a cue after a setting word starts a drop: most messages have none, and need no new list.
  let setting = false;
  for (const cue of general) if ((setting = afterSettingWord(tokens, cue.first))) break;
  if (!setting) return;
  // The end of the last dropped cue: a cue right after it names the same course ("ma formation PSC1").
  let droppedEnd = -2;
  const kept: Hit[] = [];
  for (const cue of general) {
    if (afterSettingWord(tokens, cue.first) || cue.first - droppedEnd <= 1) droppedEnd = cue.last;
    else kept.push(cue);
  }
  cues.set('general', kept);
}

/** Subjects after which "a" is the verb avoir, not the preposition "à" (accents are folded away). */
const AGE_SUBJECTS = new Set(['il', 'elle', 'qui', 'on']);

/**
 * "ma mère a 58 ans elle a vidé son pilulier": with accents folded, "a 58 ans elle a" reads as the past cue "à 58 ans
 * elle a" (at 58 she had). After a subject ("ma mère", "elle", "qui") "a" is the verb: a present age, not a date.
 */
function dropAgeStatements(tokens: Tokens, cues: CueLists): void {
  const pasts = cues.at(CUE.past);
  if (!pasts) return;
  for (const cue of pasts) {
    if (!isAgeStatement(tokens, cues, cue)) continue;
    const kept: Hit[] = [];
    for (const past of pasts) if (!isAgeStatement(tokens, cues, past)) kept.push(past);
    cues.replace(CUE.past, kept);
    return;
  }
}

function isAgeStatement(tokens: Tokens, cues: CueLists, cue: Hit): boolean {
  if (normAt(tokens, cue.first) !== 'a' || cue.first === 0 || tokens.types[cue.first + 1] !== TokenType.Number)
    return false;
  if (AGE_SUBJECTS.has(normAt(tokens, cue.first - 1) ?? '')) return true;
  // "ma meuf a 19 ans elle a…": a possessive and a noun are a subject even when the noun is no known person word.
  if (cue.first >= 2 && AGE_POSSESSIVES.has(normAt(tokens, cue.first - 2) ?? '')) return true;
  for (const person of cues.at(CUE.person) ?? NO_HITS) if (person.last === cue.first - 1) return true;
  return false;
}

const AGE_POSSESSIVES = new Set(['mon', 'ma', 'ton', 'ta', 'son', 'sa', 'notre', 'votre', 'leur']);

/** Subjects between a time cue and "va mieux" ("ce matin ça va mieux", "aujourd'hui il va bien"). */
const RECOVERY_SUBJECTS = new Set(['ca', 'sa', 'il', 'elle', 'on', 'je', 'j', 'tout']);
const GOES_WORDS = new Set(['va', 'vais', 'allait']);
/** Degree words between "va" and "mieux / bien" ("ça va beaucoup mieux"). */
const RECOVERY_DEGREE = new Set(['beaucoup', 'bcp', 'bien', 'deja', 'tres', 'un', 'peu', 'nettement', 'vraiment']);
const RECOVERED = new Set(['mieux', 'bien']);
const RECOVERY_REACH = 3;

/**
 * "hier j'avais du mal à respirer ce matin ça va beaucoup mieux": a time cue that opens a recovery dates the recovery,
 * not the sign told before it, so it is no current cue. "ce matin ça va pas bien" is no recovery and keeps it.
 */
function dropCurrentBeforeRecovery(tokens: Tokens, cues: CueLists): void {
  const current = cues.at(CUE.current);
  if (!current || current.length === 0) return;
  // Most messages have no such cue: look before building the filter.
  let any = false;
  for (const cue of current) if (recoveryAfter(tokens, cue.last + 1)) any = true;
  if (any) cues.replace(CUE.current, without(current, recoveryAfterCue, tokens));
}

function recoveryAfterCue(tokens: Tokens, cue: Hit): boolean {
  return recoveryAfter(tokens, cue.last + 1);
}

function recoveryAfter(tokens: Tokens, from: number): boolean {
  let i = from;
  if (i + 1 >= tokens.count) return false;
  if (RECOVERY_SUBJECTS.has(normAt(tokens, i) ?? '')) i++;
  if (!GOES_WORDS.has(normAt(tokens, i) ?? '')) return false;
  for (let k = 0; k < RECOVERY_REACH && i + 1 < tokens.count; k++) {
    const word = normAt(tokens, ++i) ?? '';
    const more = word === 'bien' && i + 1 < tokens.count && RECOVERED.has(normAt(tokens, i + 1) ?? '');
    if (RECOVERED.has(word) && !more) return true;
    if (!RECOVERY_DEGREE.has(word)) return false;
  }
  return false;
}

/**
 * A current cue that lies inside a general or hypothetical question is part of the question: "when is bleeding in
 * pregnancy considered an emergency?", "à partir de quand une fièvre devient urgente ?" ask about "emergency" and
 * "urgente", they do not say that something is happening now.
 */
function dropCurrentInsideQuestions(tokens: Tokens, cues: CueLists): void {
  const current = cues.at(CUE.current);
  if (!current || current.length === 0) return;
  let questions: Uint8Array | undefined;
  for (const type of GENERAL_CUES) {
    for (const hit of cues.at(CUE[type]) ?? NO_HITS) {
      questions ??= mask(tokens.count);
      markHit(questions, hit);
    }
  }
  if (!questions) return;
  dropCues(cues, CUE.current, coveredBy, questions);
}

/**
 * Per sentence, the first token from which a machine, market, plant or fiction word ("ordi", "serveur", "my code")
 * makes the words off topic, or null when the message has none. The word's own clause is off topic ("le serveur
 * est en arrêt cardiaque"), and so is the rest of its sentence after it; a sign *before* it in another clause is
 * not: "un monsieur s'étouffe, il fait aucun bruit, le serveur lui tape dans le dos" (a waiter, not a server).
 */
function offTopicFrom(seg: Segments, tokens: Tokens, hits: readonly Hit[]): Int32Array | null {
  let from: Int32Array | null = null;
  for (const hit of hits) {
    if (isWritingDevice(tokens, hit) || givenAway(tokens, seg, hit) || likenedTo(tokens, hit)) continue;
    from ??= new Int32Array(seg.sentenceCount).fill(-1);
    const s = seg.sentence[hit.first] ?? 0;
    // The first token of the cue's clause.
    let start = hit.first;
    while (start > 0 && seg.clause[start - 1] === seg.clause[hit.first]) start--;
    if ((from[s] ?? -1) < 0 || start < (from[s] ?? 0)) from[s] = start;
  }
  return from;
}

/**
 * Per sentence, the first token of a relative of the writer ("ma femme", "mon mari": `person` cues) named
 * after a film, a show or a paper word, in a later clause or after a setting word ("pendant l'épisode"), or
 * `Infinity`: from there the sentence tells what happens to that person, not the story. "On regardait un film et ma
 * femme s'est effondrée", "pendant l'épisode de la série mon mari a une douleur dans la poitrine" alert; "dans le film,
 * le héros fait un infarctus" stays off topic (no person cue). Null when no sentence has both.
 */
function personAfterOffTopic(seg: Segments, tokens: Tokens, cues: CueLists, hits: readonly Hit[]): Float64Array | null {
  const persons = cues.at(CUE.person);
  if (!persons || persons.length === 0) return null;
  let resume: Float64Array | null = null;
  for (const hit of hits) {
    const s = seg.sentence[hit.first] ?? 0;
    const setting = afterSettingWord(tokens, hit.first);
    for (const person of persons) {
      if (person.first <= hit.last || seg.sentence[person.first] !== s) continue;
      const opener = normAt(tokens, person.first) ?? '';
      if (!RELATIVE_POSSESSIVES.has(opener) && !WRITER_OPENERS.has(opener)) continue;
      if (!setting && seg.clause[person.first] === seg.clause[hit.last]) continue;
      resume ??= new Float64Array(seg.sentenceCount).fill(Infinity);
      if (person.first < (resume[s] ?? Infinity)) resume[s] = person.first;
      break;
    }
  }
  return resume;
}

/** First words of a person cue that name a relative ("ma femme", "my dad"), not the writer ("je suis"). */
const RELATIVE_POSSESSIVES = new Set(['mon', 'ma', 'mes', 'notre', 'nos', 'my', 'our']);
/**
 * A person cue opened by a stressed "moi" turns to the writer after the story: "Le Dr House de la série aurait trouvé,
 * moi j'ai des douleurs articulaires depuis deux mois".
 */
const WRITER_OPENERS = new Set(['moi']);

/** A setting word ("pendant", "lors", "during") at most three link words before `at` ("pendant l'épisode"). */
function afterSettingWord(tokens: Tokens, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && SETTING_LINKS.has(normAt(tokens, i) ?? '')) i--;
  return i < at - 1 && SETTING_WORDS.has(normAt(tokens, i) ?? '');
}

function isOffTopic(seg: Segments, from: Int32Array, hit: Hit): boolean {
  const start = from[seg.sentence[hit.first] ?? 0] ?? -1;
  return start >= 0 && hit.last >= start;
}

/** Words that turn a following "si / if" into a comparison ("il parle comme s'il était ivre", "as if"). */
const COMPARISON_WORDS = new Set(['comme', 'as']);
/**
 * Words before "si / if" that make it an indirect question or a concession, not a hypothesis: "je sais pas si mon
 * fils respire bien", "je me demande si", "même si", "I don't know if my son is breathing", "even if".
 */
const IF_WORDS = new Set(['si', 's', 'if']);
const INDIRECT_QUESTION_WORDS = new Set([
  'pas',
  'not',
  'sais',
  'sait',
  'savoir',
  'demande',
  'demander',
  'voir',
  'verifier',
  'meme',
  'know',
  'sure',
  'wonder',
  'wondering',
  'check',
  'see',
  'tell',
  'even',
  'unsure',
  'asking',
  'moi',
  'me',
]);
/** Cue types that say a whole sentence is not about the present; a sign's own wording must not carry them. */
const SENTENCE_CUE_INDEXES: readonly number[] = [CUE.past, CUE.general, CUE.hypothetical];

/**
 * Removes sentence-level cues that are part of a sign's own wording ("better off if she was gone" is not a
 * hypothetical, "comme s'il était ivre" is a comparison), so that they cannot silence the sign they belong to.
 */
function dropCuesInsideSigns(lexicon: RuntimeLexicon, tokens: Tokens, cues: CueLists, content: readonly Hit[]): void {
  // No sentence cue (most messages): no sign mask to build.
  if (!cues.at(CUE.past) && !cues.at(CUE.general) && !cues.at(CUE.hypothetical)) return;
  let signs: Uint8Array | undefined;
  for (const hit of content) {
    if (lexicon.kinds[hit.entry] !== KIND_RED_FLAG) continue;
    signs ??= mask(tokens.count);
    markHit(signs, hit);
  }
  for (const index of SENTENCE_CUE_INDEXES) {
    const list = cues.at(index);
    if (!list) continue;
    const hypothetical = index === CUE.hypothetical;
    for (const cue of list) {
      if (!insideSign(tokens, signs, hypothetical, cue)) continue;
      const kept: Hit[] = [];
      for (const other of list) if (!insideSign(tokens, signs, hypothetical, other)) kept.push(other);
      cues.replace(index, kept);
      break;
    }
  }
}

/** A sentence cue that is part of a sign (`signs`: the tokens of the red-flag hits), or of a comparison or an indirect question. */
function insideSign(tokens: Tokens, signs: Uint8Array | undefined, hypothetical: boolean, cue: Hit): boolean {
  const before = normAt(tokens, cue.first - 1) ?? '';
  if (hypothetical && COMPARISON_WORDS.has(before)) return true;
  if (INDIRECT_QUESTION_WORDS.has(before) && IF_WORDS.has(normAt(tokens, cue.first) ?? '')) return true;
  return signs !== undefined && coveredBy(signs, cue);
}

/**
 * Drops the cues of type `type` that `drop` (a module-level function, given `arg`) accepts: a loop looks for one first
 * (most messages have none), then a filtered copy replaces the list.
 */
function dropCues<A>(cues: CueLists, type: number, drop: (arg: A, hit: Hit) => boolean, arg: A): void {
  const list = cues.at(type);
  if (!list) return;
  for (const cue of list) {
    if (!drop(arg, cue)) continue;
    cues.replace(type, without(list, drop, arg));
    return;
  }
}

/**
 * The hits of `list` that `drop` (a module-level function, given `arg`) does not accept: what the drop rules keep. Not
 * `list.filter` with a closure: a closure over a rule's locals (`tokens`…) makes V8 allocate their context on every call
 * of the rule, in the many messages that drop nothing too.
 */
function without<A>(list: readonly Hit[], drop: (arg: A, hit: Hit) => boolean, arg: A): Hit[] {
  const kept: Hit[] = [];
  for (const hit of list) if (!drop(arg, hit)) kept.push(hit);
  return kept;
}

function coveredBy(mask: Uint8Array, hit: Hit): boolean {
  for (let i = hit.first; i <= hit.last; i++) if (!mask[i]) return false;
  return true;
}

/**
 * Sets the tokens of `hit` in `mask`. A loop: a hit is a few tokens, and `TypedArray.fill` costs a builtin call each
 * time (about five times the loop in Node 20), for one call per signal or sign hit of every message.
 */
function markHit(mask: Uint8Array, hit: Hit): void {
  for (let i = hit.first; i <= hit.last; i++) mask[i] = 1;
}

function overlapsMask(mask: Uint8Array, hit: Hit): boolean {
  for (let i = hit.first; i <= hit.last; i++) if (mask[i]) return true;
  return false;
}

/**
 * "I'm on my laptop", "je t'écris depuis mon ordi": the device the writer uses, not what the sentence is about; so is
 * the one the writer apologises for ("je suis pas très doué avec l'ordinateur", "I'm useless with my phone", a25).
 */
const WRITING_VERBS = new Set([
  ...['im', 'am', 'typing', 'writing', 'texting', 'suis', 'jsuis', 'ecris', 'tape', 'jecris'],
  ...['doue', 'douee', 'nul', 'nulle', 'habitue', 'habituee', 'aise', 'useless', 'rubbish', 'good'],
]);
const WRITING_PREPOSITIONS = new Set(['on', 'from', 'sur', 'depuis', 'avec', 'with']);
const POSSESSIVES = new Set(['my', 'mon', 'ma', 'the', 'le', 'la', 'l', 'son', 'sa', 'his', 'her']);
/**
 * Verbs of a search typed on a device: "il a tapé 'comment mourir sans douleur' sur son ordi", "she googled lethal
 * doses on her phone" report what was searched, the device is where.
 */
const SEARCH_VERBS = new Set([
  ...['tape', 'cherche', 'recherche', 'recherches', 'google', 'googler', 'googlise'],
  ...['typed', 'searched', 'googled', 'search', 'searching', 'looked'],
]);
/** How many words before "sur son ordi / on her phone" a search verb may stand. */
const SEARCH_REACH = 12;

function isWritingDevice(tokens: Tokens, hit: Hit): boolean {
  if (!POSSESSIVES.has(normAt(tokens, hit.first - 1) ?? '')) return false;
  if (!WRITING_PREPOSITIONS.has(normAt(tokens, hit.first - 2) ?? '')) return false;
  if (WRITING_VERBS.has(normAt(tokens, hit.first - 3) ?? '')) return true;
  for (let i = hit.first - 3; i >= 0 && hit.first - i <= SEARCH_REACH; i--)
    if (SEARCH_VERBS.has(normAt(tokens, i) ?? '')) return true;
  return false;
}

/** Words before "un / a" that make the animal a comparison about a person ("je respire comme un chien"). */
const ANIMAL_COMPARISON = new Set(['comme', 'like', 'as']);
const ARTICLES = new Set(['un', 'une', 'a', 'an']);
const AGENT_WORDS = new Set(['par', 'by']);
const AGENT_ARTICLES = new Set(['le', 'la', 'l', 'the', 'son', 'sa', 'his', 'her', 'their', 'leur', 'mon', 'ma', 'my']);
const SIZE_WORDS = new Set(['petit', 'petite', 'gros', 'grosse', 'vieux', 'vieille', 'little', 'big', 'old']);
/** "même le chien", "even the dog": a pet named as one more witness of what the people have (fumes, heat, food). */
const EVEN = new Set(['meme', 'even']);

/** Verbs of giving a pet away: a warning sign about its owner ("j'ai donné mon chat"), not a veterinary topic. */
const GIVING_AWAY = new Set(['donne', 'confie', 'offert', 'adopter', 'gave', 'given', 'giving', 'rehomed', 'away']);
/**
 * Verbs of a threat against a pet: intimidation of its owner ("il a dit qu'il tuerait mon chien", "he'll kill my
 * dog if I leave"), not a veterinary topic.
 */
const THREAT_TO_PET = new Set([
  ...['tuer', 'tuerait', 'tuera', 'buter', 'butera', 'buterait', 'egorger', 'empoisonner', 'noyer', 'bruler'],
  ...['kill', 'hurt', 'poison', 'drown', 'strangle', 'stab', 'shoot'],
]);
const OWNER_POSSESSIVES = new Set(['mon', 'ma', 'mes', 'son', 'sa', 'ses', 'my', 'his', 'her']);

/**
 * "respire comme un chien", "sick as a dog": the animal describes the person; "j'ai donné mon chat", "gave away
 * his dog", "mordue par un chien": the person is the subject; "même le chien", "even the dog": one more witness. None
 * makes the sentence about an animal.
 */
function isComparison(tokens: Tokens, hit: Hit): boolean {
  // A cue that starts with its own article ("une vache") is read from the animal: "encorné par une vache" (a26).
  const first = ARTICLES.has(normAt(tokens, hit.first) ?? '') && hit.last > hit.first ? hit.first + 1 : hit.first;
  // One size word may sit between the article and the animal ("comme un petit chien", "like a little dog").
  const at = SIZE_WORDS.has(normAt(tokens, first - 1) ?? '') ? first - 1 : first;
  const article = normAt(tokens, at - 1) ?? '';
  if (ARTICLES.has(article) && ANIMAL_COMPARISON.has(normAt(tokens, at - 2) ?? '')) return true;
  // "mordue par un chien", "bitten by the neighbour's dog": the animal is the cause, the person is the subject.
  if (isDeterminer(article) && AGENT_WORDS.has(normAt(tokens, at - 2) ?? '')) return true;
  // "on a tous mal à la tête, même le chien est mou", "even the dog is sluggish": the people stay the topic (CO fumes).
  if (isDeterminer(article) && EVEN.has(normAt(tokens, at - 2) ?? '')) return true;
  // One owner word, possibly with its "'s": "by the neighbour's dog", "par le chien du voisin" needs none.
  const owner = article === 's' ? at - 2 : at - 1;
  if (isDeterminer(normAt(tokens, owner - 1) ?? '') && AGENT_WORDS.has(normAt(tokens, owner - 2) ?? '')) return true;
  if (fallFrom(tokens, hit.first)) return true;
  if (mournedPet(tokens, hit.first)) return true;
  const before = normAt(tokens, hit.first - 1) ?? '';
  // "donné le chien au voisin" gives the pet away as surely as "donné mon chien".
  if (!OWNER_POSSESSIVES.has(before) && !PET_ARTICLES.has(before)) return false;
  const verb = normAt(tokens, hit.first - 2) ?? '';
  return GIVING_AWAY.has(verb) || THREAT_TO_PET.has(verb);
}

function isDeterminer(word: string): boolean {
  return ARTICLES.has(word) || AGENT_ARTICLES.has(word);
}

/** Definite articles that may stand for the owner's possessive before a pet given away or threatened. */
const PET_ARTICLES = new Set(['le', 'la', 'l', 'the']);
/** Nouns of a loss, before "de / du / of": "depuis la mort de mon chien", "since the loss of my cat". */
const LOSS_NOUNS = new Set(['mort', 'perte', 'deces', 'disparition', 'death', 'loss', 'passing']);
const LOSS_LINKS = new Set(['de', 'd', 'of']);

/**
 * "je n'ai plus goût à rien depuis la mort de mon chien": the pet is what the writer mourns, the writer's grief
 * stays the topic. Reads "mort de mon chien", "mort du chien", "loss of my dog" (two or three words back).
 */
function mournedPet(tokens: Tokens, at: number): boolean {
  const before = normAt(tokens, at - 1) ?? '';
  if (before === 'du') return LOSS_NOUNS.has(normAt(tokens, at - 2) ?? '');
  if (!OWNER_POSSESSIVES.has(before) && !PET_ARTICLES.has(before)) return false;
  return LOSS_LINKS.has(normAt(tokens, at - 2) ?? '') && LOSS_NOUNS.has(normAt(tokens, at - 3) ?? '');
}

/**
 * "j'ai donné ma console à mon petit frère", "I gave away my guitar": a possession given away is a farewell act, not a
 * topic about machines, games or music (the figurative-context word is the thing given).
 */
function givenAway(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  if (!OWNER_POSSESSIVES.has(normAt(tokens, hit.first - 1) ?? '')) return false;
  // The thing may be one of a list after the verb: "g tout donné à mes potes, mes jeux ma console" (a25).
  const s = seg.sentence[hit.first];
  for (let i = hit.first - 2; i >= 0 && hit.first - i <= GIVING_REACH && seg.sentence[i] === s; i--)
    if (GIVING_AWAY.has(normAt(tokens, i) ?? '')) return true;
  return false;
}

/** How many words before the thing given its giving verb may stand (a list of things given, "à mes potes" between). */
const GIVING_REACH = 10;

/** Words that liken real life to a story: "comme dans le film, si quelqu'un se fait piquer…", "like in the movie". */
const LIKENING_WORDS = new Set(['comme', 'like']);

/**
 * "comme dans le film, si quelqu'un se fait piquer par un serpent faut-il aspirer le venin ?": a story named as a
 * comparison frames a question about real life, which stays on topic (a25).
 */
function likenedTo(tokens: Tokens, hit: Hit): boolean {
  return LIKENING_WORDS.has(normAt(tokens, hit.first - 1) ?? '');
}

/** Words of a fall or a throw that make the animal where the person fell from ("chute de cheval", "fell off a horse"). */
const FALL_WORDS = new Set([
  'chute',
  'chutes',
  'tombe',
  'tombee',
  'tombes',
  'tombees',
  'desarconne',
  'desarconnee',
  'ejecte',
  'ejectee',
  'fell',
  'fallen',
  'falling',
  'fall',
  'thrown',
  'came',
  'bucked',
]);
const FALL_PREPOSITIONS = new Set(['de', 'du', 'd', 'off', 'from']);

/** "une chute de cheval", "tombée du poney", "fell off a horse", "thrown from her horse": the rider is the subject. */
function fallFrom(tokens: Tokens, at: number): boolean {
  let i = at - 1;
  while (i > at - 3 && (isDeterminer(normAt(tokens, i) ?? '') || SIZE_WORDS.has(normAt(tokens, i) ?? ''))) i--;
  return FALL_PREPOSITIONS.has(normAt(tokens, i) ?? '') && FALL_WORDS.has(normAt(tokens, i - 1) ?? '');
}

/**
 * Suicide evidence stays on topic after a pet is named: a farewell hands the pet over ("prends soin de mon chat
 * quand je serai plus là", "il a dit adieu à son chien, il a pris la corde"), and a pet is never the one in crisis.
 */
const PERSON_ONLY_TAGS = new Set([
  ...['suicide', 'farewell', 'lethal_means', 'dark_thoughts', 'worried'],
  ...['wish_frame', 'intent_frame', 'life_end', 'life_end_act'],
  // Acts and words only a person has: "j'ai donné le chien au voisin" is a farewell act (a24).
  ...['farewell_act', 'crisis_state', 'no_point', 'thanks_goodbye', 'drug_stock', 'suicide_means', 'past_attempt'],
]);

/** Verbs of an animal's attack on a person ("mon chien a mordu mon fils", "the dog attacked my daughter"). */
const ATTACK_VERBS = new Set([
  ...['mordu', 'mordue', 'mord', 'mordre', 'attaque', 'attaquee', 'griffe', 'griffee', 'charge', 'chargee'],
  ...['bit', 'bitten', 'attacked', 'mauled', 'scratched', 'charged'],
]);
/** How many words after the animal its attack verb may stand ("mon chien a mordu", "le chien du voisin a attaqué"). */
const ATTACK_REACH = 5;

/**
 * "mon chien a mordu mon fils … ça saigne à flots": an animal that attacks a person of the writer's life (a `person`
 * cue right after the verb) makes the sentence about that person's injury, not a veterinary topic.
 */
function attacksPerson(tokens: Tokens, cues: CueLists, animal: number, s: number, seg: Segments): boolean {
  for (let i = animal + 1; i <= animal + ATTACK_REACH && seg.sentence[i] === s; i++) {
    if (!ATTACK_VERBS.has(normAt(tokens, i) ?? '')) continue;
    for (const person of cues.at(CUE.person) ?? NO_HITS) if (person.first === i + 1) return true;
    return false;
  }
  return false;
}

function personOnly(lexicon: RuntimeLexicon, hit: Hit): boolean {
  return personOnlyEntries(lexicon)[hit.entry] === 1;
}

/** 1 for each entry with a `PERSON_ONLY_TAGS` tag (a hit then costs a byte read, no entry object). */
const personOnlyEntries = perLexicon((lexicon) =>
  Uint8Array.from(lexicon.entries, (entry) => (entry.tags.some((tag) => PERSON_ONLY_TAGS.has(tag)) ? 1 : 0)),
);

/**
 * A sentence about an animal is off topic, and so are the following ones ("Mon chien tousse. Il vomit aussi.")
 * until a sentence names a person again. When a person is named before the animal in the same sentence, only the
 * words from the animal on are about it ("ma fille parle de mourir et elle a donné son chat"). Returns, per
 * sentence, the first off-topic token (0: the whole sentence, -1: none), or null when no animal is named.
 */
function animalSentences(seg: Segments, cues: CueLists, tokens: Tokens): Int32Array | null {
  const named = cues.at(CUE.animal);
  if (!named) return null;
  const animals = without(named, isComparison, tokens);
  if (animals.length === 0) return null;
  const animalAt = new Int32Array(seg.sentenceCount).fill(-1);
  for (const hit of animals) {
    const s = seg.sentence[hit.first] ?? 0;
    if ((animalAt[s] ?? -1) < 0) animalAt[s] = hit.first;
  }
  const personAt = new Int32Array(seg.sentenceCount).fill(-1);
  for (const hit of cues.at(CUE.person) ?? NO_HITS) {
    const s = seg.sentence[hit.first] ?? 0;
    if ((personAt[s] ?? -1) < 0) personAt[s] = hit.first;
  }
  const from = new Int32Array(seg.sentenceCount).fill(-1);
  let carrying = false;
  for (let s = 0; s < seg.sentenceCount; s++) {
    const animal = animalAt[s] ?? -1;
    const person = personAt[s] ?? -1;
    if (animal >= 0 && attacksPerson(tokens, cues, animal, seg.sentence[animal] ?? 0, seg)) carrying = false;
    else if (animal >= 0) {
      carrying = true;
      // Only a person named before the animal keeps the start of the sentence on topic.
      from[s] = person >= 0 && person < animal ? animal : 0;
    } else if (person >= 0) carrying = false;
    else if (carrying) from[s] = 0;
  }
  return from;
}

/** Everything the current-situation rule needs, computed once per message. */
export interface ContextIndex {
  /**
   * 1 at every token where a negation cue ends (looked up backwards from a hit, so the cost stays linear); empty (read
   * as undefined) in a message with no negation cue.
   */
  readonly negationEnds: Uint8Array;
  /**
   * Per sentence, 1 + the token of its last sentence-wide past cue ("en 2019", "l'an dernier"), or 0 / undefined: such
   * a sentence is not current, except after a contrast that opens a statement of fact (see `factualContrast`).
   */
  readonly pastAt: Int32Array;
  /** Per entry, `ENTRY_SIGNAL` / `ENTRY_AGE` bits (see `entryFactsOf`); empty without a lexicon. */
  readonly entryFacts: Uint8Array;
  /** Per sentence, 1 + the token of its last sentence-wide general cue, or 0 / undefined (read like `pastAt`). */
  readonly generalAt: Int32Array;
  /**
   * Per sentence, the first token of a sentence-wide hypothetical cue ("et si", "au cas où", "what if"), or -1 /
   * undefined: such a sentence is not current, except in a clause opened by "mais / but" after the cue (see
   * `contrastAfter`).
   */
  readonly hypotheticalAt: Int32Array;
  /**
   * The clause cues of each clause id, as bits (`PAST_CLAUSE`…; see them for what each means): one byte read per clause
   * asked, where seven sets were probed, and no set made per message. Empty when the message has no such cue.
   */
  readonly clauseCues: Uint8Array;
  /** 1 at the first token of every person cue ("mon père", "my wife"), see `startsNewSubject`. */
  readonly personStarts: Uint8Array;
  /** 1 at the first token of every past cue outside a signal, see `datedSign` (empty when there is none). */
  readonly pastStarts: Uint8Array;
  /** The analysed text (to tell a question mark from a full stop), or '' when the caller did not give it. */
  readonly text: string;
  /** No person and no current cue anywhere: a general question applies to the whole message. */
  readonly generalMessage: boolean;
  /** In a message whose only general cues are hypotheses, and with no person or current cue: the last sentence one of them
   * stands in (what comes up to it is general), else -1. */
  readonly generalUntil: number;
}

/** `ContextIndex.clauseCues`: the clause is dated by a recent-past phrase ("il y a 3 jours", "two days ago"), see
 * `flagged` (`clause_scope`). */
const PAST_CLAUSE = 1;
/**
 * The clause holds a chronic duration ("depuis des mois", "depuis des années"): past for a sign (a long-standing symptom
 * is not an emergency), still current for a state or a thing kept (a signal: "j'ai gardé mes boîtes de Xanax depuis des
 * mois", "diabétique depuis des années").
 */
const CHRONIC_CLAUSE = 2;
/**
 * The clause holds a hypothetical cue ("si jamais", "au cas où", "what if"): one there outweighs a current cue of the
 * same clause. A general cue does not: "est-ce grave une douleur dans la poitrine depuis 1h ?" is a current complaint
 * asked as a question.
 */
const HYPOTHETICAL_CLAUSE = 4;
/** The clause holds a current cue, or follows one across a new subject only (see `contextIndex`). */
const CURRENT_CLAUSE = 8;
/** The clause holds a time-of-day cue ("aujourd'hui", "ce soir", "today"), see `flagged` (`time_of_day`). */
const TIME_OF_DAY_CLAUSE = 16;
/** The clause holds a general or hypothetical cue. */
const GENERAL_CLAUSE = 32;
/** The clause holds a question that is general only in its own clause, see `flagged` (`clause_scope`). */
const GENERAL_ONLY_CLAUSE = 64;
const NO_TOKENS = new Uint8Array(0);
const NO_POSITIONS = new Int32Array(0);
const GENERAL_CUES = ['general', 'hypothetical'] as const;

/** A zero-filled byte mask of `n` entries in the shared arena (a typed array of its own costs an ArrayBuffer). */
function mask(n: number): Uint8Array {
  const at = reserve(n);
  return new Uint8Array(arena(), at, n);
}

/** A zero-filled table of one integer per sentence, in the shared arena (see `mask`). */
function sentenceTable(seg: Segments): Int32Array {
  const at = reserve(4 * seg.sentenceCount);
  return new Int32Array(arena(), at, seg.sentenceCount);
}

/**
 * Pre-computes cue positions for `isCurrent`.
 *
 * @example contextIndex(seg, sorted.cues).generalMessage
 */
export function contextIndex(
  seg: Segments,
  cues: CueLists,
  content: readonly Hit[] = [],
  lexicon?: RuntimeLexicon,
  text = '',
): ContextIndex {
  // Each table is made only when a cue writes to it, and read past its end (undefined) otherwise: most messages have
  // few cue types, and a typed array view costs ~25 ns in Node 20 (up to four per message).
  const n = seg.clause.length;
  const pasts = cues.at(CUE.past) ?? NO_HITS;
  // A time phrase inside a signal ("née il y a 6 semaines" gives an age) is not about when the event happened. Read
  // only by past cues: most messages have none, and skip the pass over their hits.
  const inSignal = lexicon && pasts.length > 0 ? mask(n) : NO_TOKENS;
  if (lexicon && pasts.length > 0) {
    for (const hit of content) if (lexicon.kinds[hit.entry] === KIND_SIGNAL) markHit(inSignal, hit);
  }
  const negations = cues.at(CUE.negation) ?? NO_HITS;
  const negationEnds = negations.length > 0 ? mask(n) : NO_TOKENS;
  for (const neg of negations) negationEnds[neg.last] = 1;
  const persons = cues.at(CUE.person) ?? NO_HITS;
  // Most messages name no person: reading past the end of the shared empty mask gives undefined (no person).
  const personStarts = persons.length > 0 ? mask(n) : NO_TOKENS;
  for (const person of persons) personStarts[person.first] = 1;
  const pastAt = pasts.length > 0 ? sentenceTable(seg) : NO_POSITIONS;
  const generals = cues.at(CUE.general) ?? NO_HITS;
  const hypotheses = cues.at(CUE.hypothetical) ?? NO_HITS;
  const currents = cues.at(CUE.current) ?? NO_HITS;
  // Clause ids go up to the last token's; a fronted date also marks the clause after its own.
  const clauseCues =
    pasts.length + generals.length + hypotheses.length + currents.length > 0
      ? mask((seg.clause[n - 1] ?? 0) + 2)
      : NO_TOKENS;
  const pastStarts = pasts.length > 0 ? mask(n) : NO_TOKENS;
  for (const hit of pasts) {
    if (coveredBy(inSignal, hit)) continue;
    pastStarts[hit.first] = 1;
    if (lexicon && flagged(lexicon, hit, 'clause_scope')) {
      const clause = seg.clause[hit.first] ?? -1;
      if (isChronicDuration(lexicon, hit)) {
        clauseCues[clause]! |= CHRONIC_CLAUSE;
        continue;
      }
      clauseCues[clause]! |= PAST_CLAUSE;
      if (isFrontedDate(seg, hit)) clauseCues[clause + 1]! |= PAST_CLAUSE;
    } else lastCue(pastAt, seg, hit);
  }
  const generalAt = generals.length + hypotheses.length > 0 ? sentenceTable(seg) : NO_POSITIONS;
  let anyGeneral = false;
  let lastHypothesis = -1;
  let hypotheticalAt: Int32Array | null = null;
  let messageClauses: number[] | null = null;
  for (const type of GENERAL_CUES) {
    for (const hit of type === 'general' ? generals : hypotheses) {
      const clause = seg.clause[hit.first] ?? -1;
      if (lexicon && flagged(lexicon, hit, 'message_scope')) {
        (messageClauses ??= []).push(clause);
        continue;
      }
      if (lexicon && flagged(lexicon, hit, 'clause_scope')) {
        clauseCues[clause]! |= GENERAL_ONLY_CLAUSE | GENERAL_CLAUSE;
        continue;
      }
      const s = seg.sentence[hit.first] ?? 0;
      if (type === 'hypothetical') {
        hypotheticalAt ??= new Int32Array(seg.sentenceCount).fill(-1);
        if ((hypotheticalAt[s] ?? -1) < 0 || hit.first < (hypotheticalAt[s] ?? 0)) hypotheticalAt[s] = hit.first;
      } else lastCue(generalAt, seg, hit);
      clauseCues[clause]! |= type === 'hypothetical' ? GENERAL_CLAUSE | HYPOTHETICAL_CLAUSE : GENERAL_CLAUSE;
      // A hypothesis makes a message general up to its sentence, not the sentences after it: "Si jamais il m'arrive
      // quelque chose, prenez soin de mon chat. J'ai mis mes papiers en ordre et je ne vois plus d'issue."
      if (type === 'hypothetical') lastHypothesis = Math.max(lastHypothesis, s);
      else anyGeneral = true;
    }
  }
  for (const hit of currents) {
    const bit = lexicon && flagged(lexicon, hit, 'time_of_day') ? TIME_OF_DAY_CLAUSE : CURRENT_CLAUSE;
    // A current cue also dates the clauses that only a new subject opened after it ("ce soir c'est décidé je…"), unless
    // its clause is a question or a hypothesis ("si mon équipe perd ce soir je vais faire un infarctus").
    const first = seg.clause[hit.last] ?? -1;
    const carries = !((clauseCues[first] ?? 0) & GENERAL_CLAUSE);
    for (let c = first; ; c++) {
      clauseCues[c]! |= bit;
      if (!carries || !seg.softStarts?.[c + 1]) break;
    }
  }
  const personal = (cues.at(CUE.person)?.length ?? 0) + (cues.at(CUE.current)?.length ?? 0) > 0;
  // Weak question shapes (`message_scope` cues) make their own clause general, and only in a message that names no person
  // and has no current cue.
  if (messageClauses && !personal) for (const c of messageClauses) clauseCues[c]! |= GENERAL_ONLY_CLAUSE;
  return {
    negationEnds,
    pastAt,
    entryFacts: lexicon ? entryFactsOf(lexicon) : NO_TOKENS,
    generalAt,
    hypotheticalAt: hypotheticalAt ?? NO_POSITIONS,
    clauseCues,
    generalMessage: anyGeneral && !personal,
    generalUntil: anyGeneral || personal ? -1 : lastHypothesis,
    personStarts,
    pastStarts,
    text,
  };
}

/** Clause `c` holds a current cue (or follows one across a new subject only): see `CURRENT_CLAUSE`. */
export function currentClause(index: ContextIndex, c: number): boolean {
  return ((index.clauseCues[c] ?? 0) & CURRENT_CLAUSE) !== 0;
}

/** Signal tags that give a person's age: true whatever a recent date in the clause says. */
const AGE_TAGS = ['infant_young', 'baby'];

/**
 * "mon bébé de 2 mois a eu ses vaccins la semaine dernière… là il a 38,6": a recent date ("la semaine dernière", "il y a
 * 3 jours") dates the event of its clause, not the baby's age said in it.
 */
function isAgeSignal(index: ContextIndex, hit: Hit): boolean {
  return ((index.entryFacts[hit.entry] ?? 0) & ENTRY_AGE) !== 0;
}

/** Chronic-duration cue entries ("depuis des mois"), by their id's family (see `CHRONIC_CLAUSE`). */
const CHRONIC_FAMILY = '/chronic-duration';

function isChronicDuration(lexicon: RuntimeLexicon, hit: Hit): boolean {
  return ((entryFactsOf(lexicon)[hit.entry] ?? 0) & ENTRY_CHRONIC) !== 0;
}

/** `entryFactsOf` bits: a signal entry, one with an `AGE_TAGS` tag, an entry of `CHRONIC_FAMILY`. */
const ENTRY_SIGNAL = 1;
const ENTRY_AGE = 2;
const ENTRY_CHRONIC = 4;
/** What `isCurrent` asks of a hit's entry, as bits (see engine/per-lexicon.ts). */
const entryFactsOf = perLexicon((lexicon) =>
  Uint8Array.from(lexicon.entries, (entry) => {
    const signal = entry.kind === 'signal';
    return (
      (signal ? ENTRY_SIGNAL : 0) |
      (signal && AGE_TAGS.some((tag) => entry.tags.includes(tag)) ? ENTRY_AGE : 0) |
      (entry.id.includes(CHRONIC_FAMILY) ? ENTRY_CHRONIC : 0)
    );
  }),
);

/** Records `hit` in a per-sentence table of 1 + the token of the sentence's last cue (see `pastAt`). */
function lastCue(table: Int32Array, seg: Segments, hit: Hit): void {
  const s = seg.sentence[hit.first] ?? 0;
  if (hit.first + 1 > (table[s] ?? 0)) table[s] = hit.first + 1;
}

/**
 * Whether the entry of `hit` carries `flag` in its lexicon file (scripts/compile-lexicons.ts keeps each flag on the cue
 * types it changes). The three flags:
 * - `time_of_day`: "aujourd'hui", "ce soir", "today" date a complaint but also a question ("aujourd'hui en cours on a
 *   vu les signes de l'AVC", "today I'm wondering what the signs of a stroke are"): they make their clause current
 *   unless a general or hypothetical cue shares it ("depuis ce matin" is a strong cue of its own).
 * - `clause_scope`, on a past cue: a recent date ("il y a 3 jours", "samedi dernier", "two days ago") often dates
 *   another event of a current message ("our 8 week old has a temp of 38.5, he had his jabs 5 days ago"): it only makes
 *   its own clause past, where older dates ("il y a 2 ans", "in 2015") make their whole sentence past. So does a chronic
 *   duration ("sa paupière tombe un peu depuis des années", "il en a 6 maintenant"), which says nothing of the other
 *   clauses.
 * - `clause_scope`, on a general or hypothetical cue: threshold questions ("à partir de quand est-ce grave pour un
 *   bébé", "when is bleeding considered an emergency", "what should I watch out for") often follow a current
 *   description in the same sentence ("il respire très mal, à partir de quand c'est grave ?"): they make only their own
 *   clause general.
 * - `message_scope`: weak question shapes ("should you make someone vomit…", "can X kill you", "c'est dangereux de…",
 *   "ça peut tuer ?") make only their own clause general, and only when nothing in the message names a person or is a
 *   current cue: "should you make someone vomit if they swallowed bleach? my toddler just did" is a current poisoning,
 *   and "j'ai avalé 30 doliprane, ça peut tuer ?" keeps the sign said in its own clause.
 */
function flagged(lexicon: RuntimeLexicon, hit: Hit, flag: keyof typeof CUE_FLAG_BITS): boolean {
  return ((lexicon.cueFlags[hit.entry] ?? 0) & CUE_FLAG_BITS[flag]) !== 0;
}

/**
 * "Samedi dernier, mon mari a perdu connaissance", "Two days ago, she had a seizure": a recent date that is a whole
 * clause followed by a comma dates the clause after it too (the only words of its own clause are the date).
 */
function isFrontedDate(seg: Segments, hit: Hit): boolean {
  const clause = seg.clause[hit.first] ?? -1;
  const startsClause = hit.first === 0 || seg.clause[hit.first - 1] !== clause;
  // The token after the date is its clause's punctuation, and the next one opens the following clause.
  return (
    startsClause &&
    seg.clause[hit.last + 1] === clause &&
    seg.clause[hit.last + 2] === clause + 1 &&
    seg.sentence[hit.last + 2] === seg.sentence[hit.first]
  );
}

/**
 * True when a hit describes a present situation: not negated in its clause, not in a sentence about the past
 * or a general/hypothetical question (unless its own clause has a "current" cue such as "depuis", "right now").
 *
 * `pastCounts` keeps a sign that only a past cue would silence (still not a negated, general or hypothetical one):
 * a means bought or an attempt made in the past is still there now (`slot-combos.ts`, the suicide near pair).
 *
 * @example isCurrent(tokens, seg, index, hit) // false for "je n'ai pas de douleur dans la poitrine"
 */
export function isCurrent(tokens: Tokens, seg: Segments, index: ContextIndex, hit: Hit, pastCounts = false): boolean {
  const clause = seg.clause[hit.first] ?? 0;
  // A message with no negation cue (most of them, and an empty `negationEnds`) has none for this walk to meet.
  if (index.negationEnds.length > 0)
    for (let i = hit.first - 1; i >= 0 && hit.first - i <= NEGATION_REACH && seg.clause[i] === clause; i--) {
      if (index.negationEnds[i]) return false;
      if (startsNewSubject(tokens, index, i)) break;
    }
  if (negationWordAround(tokens, hit)) {
    if (frenchNeAround(tokens, hit) || spokenNegationAfter(tokens, hit) || notBadlyAfter(tokens, hit)) return false;
    if (nearMissAfter(tokens, hit) || feltNotBefore(tokens, hit) || deniedAfter(tokens, seg, hit)) return false;
    if (negatedQualifiedSign(tokens, hit) || deniedByWordBefore(tokens, seg, hit)) return false;
  }
  if (negationInGap(index, hit) || frenchNeBeforeGap(tokens, hit)) return false;
  if (index.text && answeredNo(tokens, seg, index.text, hit)) return false;
  if (!pastCounts && datedSign(tokens, index, hit)) return false;
  const cues = index.clauseCues[clause] ?? 0;
  const timeOfDay = (cues & (TIME_OF_DAY_CLAUSE | GENERAL_CLAUSE)) === TIME_OF_DAY_CLAUSE;
  // "si jamais il fait un AVC maintenant": a hypothetical cue of the hit's own clause outweighs a current cue there.
  const current = (cues & CURRENT_CLAUSE || timeOfDay) && !(cues & HYPOTHETICAL_CLAUSE);
  if (current) return true;
  const s = seg.sentence[hit.first] ?? 0;
  const past =
    (cues & PAST_CLAUSE && !isAgeSignal(index, hit)) ||
    (cues & CHRONIC_CLAUSE && !((index.entryFacts[hit.entry] ?? 0) & ENTRY_SIGNAL)) ||
    sentenceCueReaches(tokens, seg, index, index.pastAt[s] ?? 0, hit, true);
  if (past && !pastCounts && !recursLater(tokens, seg, hit)) return false;
  if (index.generalMessage || cues & GENERAL_ONLY_CLAUSE || s <= index.generalUntil) return false;
  if (sentenceCueReaches(tokens, seg, index, index.generalAt[s] ?? 0, hit)) return false;
  const hypothetical = index.hypotheticalAt[s] ?? -1;
  if (hypothetical >= 0 && hypothesisCovers(seg, hypothetical, hit) && !contrastAfter(tokens, hypothetical, hit.first))
    return false;
  return true;
}

/**
 * The words that the denial rules of `isCurrent` look for right before a sign, as its first or last word, or right
 * after it: "pas / plus / jamais / point" after it (`frenchNeAround`, `spokenNegationAfter`; "aucun / aucune / rien"
 * for `frenchNeAround` only), "pas" last
 * (`notBadlyAfter`), "presque" after (`nearMissAfter`), "pas" before (`feltNotBefore`), "non / no / nope" after
 * (`deniedAfter`), "pas / plus" first (`negatedQualifiedSign`), "plus / pas / jamais / point / tout" before
 * (`deniedByWordBefore`).
 */
const NEGATION_NEIGHBOURS = new Set([
  ...['pas', 'plus', 'jamais', 'point', 'tout', 'presque', 'non', 'no', 'nope'],
  ...['aucun', 'aucune', 'rien'],
]);

/**
 * One of `NEGATION_NEIGHBOURS` at the four places those rules read (a bit of each word's cached facts): most signs
 * have none, and skip the eight rules (about a quarter of `isCurrent`'s time).
 */
function negationWordAround(tokens: Tokens, hit: Hit): boolean {
  if (hit.first > 0 && wordFacts(tokens, hit.first - 1) & NEGATION_NEIGHBOUR) return true;
  if (hit.last + 1 < tokens.count && wordFacts(tokens, hit.last + 1) & NEGATION_NEIGHBOUR) return true;
  return ((wordFacts(tokens, hit.first) | wordFacts(tokens, hit.last)) & NEGATION_NEIGHBOUR) !== 0;
}

/**
 * A hypothesis covers its own clause and what follows it, not a sign told as a fact in a clause before it: "ma mère a
 * très mal à la poitrine, et si c'était un infarctus ?", "il m'a étranglée hier soir et il m'a dit que la prochaine
 * fois…" tell the sign first and then wonder or report what may come.
 */
function hypothesisCovers(seg: Segments, cue: number, hit: Hit): boolean {
  return hit.last >= cue || seg.clause[hit.first] === seg.clause[cue];
}

/**
 * Verbs saying that what was told happens again ("il a recommencé", "ça recommence"). English "again" is not one:
 * "is it safe to start running again", "now pregnant again" plan the future.
 */
const RECURRENCE_WORDS = new Set([
  ...['recommence', 'recommencee', 'recommencent', 'recommencer', 'recommencait', 'remet', 'remis'],
]);
/** Recurrence verbs that, after "s'en", say a recovery ("il s'en est remis"). */
const RECOVERED_FROM = new Set(['remis', 'remet']);
/** Words just before a recurrence verb that make it a fear or a question ("j'ai peur qu'il recommence"). */
const NOT_YET_RECURRING = new Set(['que', 'qu', 'si', 's', 'peut', 'pourrait', 'risque', 'peuvent']);
/** How many words after a sign a recurrence verb may stand. */
const RECURRENCE_REACH = 12;

/**
 * "pendant deux ans il m'a frappée et ce soir il a recommencé", "il a fait une convulsion hier et là ça recommence":
 * a past sign told again as happening now is current. Read only for a sign a past cue would silence.
 */
function recursLater(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  const s = seg.sentence[hit.first];
  for (let i = hit.last + 1; i < tokens.count && i - hit.last <= RECURRENCE_REACH && seg.sentence[i] === s; i++) {
    if (RECURRENCE_WORDS.has(normAt(tokens, i) ?? '') && !recurrenceDenied(tokens, i)) return true;
  }
  return false;
}

/**
 * The recurrence verb at `i` is a fear or a question, or a recovery. Its own function, not a closure reading the three
 * words before `i`: the loop variable a closure captures gets a context allocated per iteration in V8, for every
 * word `recursLater` reads (5.5 MB of the bench's 145 MB of garbage a pass).
 */
function recurrenceDenied(tokens: Tokens, i: number): boolean {
  const before1 = normAt(tokens, i - 1) ?? '';
  const before2 = normAt(tokens, i - 2) ?? '';
  const before3 = normAt(tokens, i - 3) ?? '';
  if (NOT_YET_RECURRING.has(before1) || NOT_YET_RECURRING.has(before2) || NOT_YET_RECURRING.has(before3)) return true;
  // "il s'en est remis", "elle s'en était bien remise": recovered from it, the opposite of starting again.
  return RECOVERED_FROM.has(normAt(tokens, i) ?? '') && (before1 === 'en' || before2 === 'en' || before3 === 'en');
}

/**
 * Whether a sentence-wide past or general cue (`cue`: 1 + its token, 0 for none) covers the sign at `hit`: it does,
 * unless a contrast between them opens a statement of fact ("j'ai fait le PSC1 mais je panique, ma grand-mère
 * respire plus", "il a fait un AVC l'an dernier mais là il a la bouche de travers").
 */
function sentenceCueReaches(
  tokens: Tokens,
  seg: Segments,
  index: ContextIndex,
  cue: number,
  hit: Hit,
  past = false,
): boolean {
  if (cue <= 0) return false;
  // The cheap test first: few general cues open their clause with a question word.
  if (!past && seg.softStarts && questionFirst(tokens, seg, cue - 1) && softStartBetween(seg, cue - 1, hit.first))
    return false;
  if (
    cue - 1 < hit.first &&
    (RESOLUTION_WORDS.has(normAt(tokens, cue - 1) ?? '') || (past && saysDoingWell(tokens, seg, cue - 1)))
  )
    return false;
  return !factualContrast(tokens, index, cue - 1, hit.first);
}

/**
 * "comment savoir si cette coupure nécessite les urgences elle est profonde": in unpunctuated text a new subject after
 * the complete question starts the statement a question mark would have. A general cue does not reach past it (a
 * message with no person and no current cue stays general as a whole: `generalMessage`).
 */
/**
 * The general cue at `cue` is in a clause that opens with a question word ("comment savoir si…", "quels sont…", "how
 * do i know…"): a question whose mark was lost. A condition ("si mon équipe perd ce soir je vais…") has its consequence
 * after the new subject, and a setting ("je suis formateur PSC1 je cherche un scénario…") goes on with the same topic.
 */
function questionFirst(tokens: Tokens, seg: Segments, cue: number): boolean {
  let start = cue;
  while (start > 0 && seg.clause[start - 1] === seg.clause[cue]) start--;
  return QUESTION_OPENERS.has(normAt(tokens, start) ?? '');
}

function softStartBetween(seg: Segments, cue: number, at: number): boolean {
  const soft = seg.softStarts;
  if (!soft || cue >= at) return false;
  for (let c = (seg.clause[cue] ?? 0) + 1; c <= (seg.clause[at] ?? 0); c++) if (soft[c]) return true;
  return false;
}

/**
 * Words of a past cue that tell a recovery ("il va très bien ce matin", "she's fine now", "the baby was fine"): like a
 * cue opened by "maintenant", such a resolution closes what was told before it, not a sign told after it.
 */
const DOING_WELL = new Set(['va', 'vais', 'vont', 'fine', 'ok', 'okay', 'alright', 'better', 'healthy']);
/** How many words after its first a past cue's recovery word may stand: subject and verb come first ("the baby was fine"). */
const DOING_WELL_REACH = 3;

/**
 * Whether the past cue starting at `first` tells a recovery. `pastAt` keeps only where a cue starts, so this reads the
 * few words after it in the same clause (a cue's recovery word is at most its fourth).
 */
function saysDoingWell(tokens: Tokens, seg: Segments, first: number): boolean {
  const clause = seg.clause[first];
  for (let i = first + 1; i <= first + DOING_WELL_REACH && seg.clause[i] === clause; i++)
    if (DOING_WELL.has(normAt(tokens, i) ?? '')) return true;
  return false;
}

/**
 * First words of a resolution ("maintenant il va bien", "aujourd'hui tout est rentré dans l'ordre"): it closes what
 * was told before it, not what comes after ("elle a fait un malaise, maintenant elle va bien, elle a juste encore
 * très mal à la poitrine" is a current chest pain).
 */
const RESOLUTION_WORDS = new Set(['maintenant', 'aujourd', 'desormais']);

/**
 * True when a contrast word followed by a subject of a statement stands between the cue at `cue` and the sign at
 * `at` (the last such cue of the sentence: a cue after the contrast keeps it own reach).
 */
function factualContrast(tokens: Tokens, index: ContextIndex, cue: number, at: number): boolean {
  if (cue >= at) return false;
  for (let i = at - 1; i > cue && at - i <= CONTRAST_REACH; i--) {
    const word = normAt(tokens, i) ?? '';
    // "petite j'étais allergique aux crevettes et là j'en ai mangé…": "et là" + a subject turns to the present.
    if (word === 'et' && normAt(tokens, i + 1) === 'la') {
      if (FACT_SUBJECTS.has(normAt(tokens, i + 2) ?? '') || index.personStarts[i + 2]) return true;
      continue;
    }
    // "j'ai lu dans le journal que… et mon fils vient d'en avaler une", "et moi là je perds du liquide": a person of
    // the writer's life after "et / and" turns from the story or the question to what happens now.
    if (word === 'et' || word === 'and') {
      if (index.personStarts[i + 1]) return true;
      if (normAt(tokens, i + 1) === 'moi' && normAt(tokens, i + 2) === 'la') return true;
      continue;
    }
    if (!CONTRAST_WORDS.has(word)) continue;
    if (FACT_SUBJECTS.has(normAt(tokens, i + 1) ?? '') || index.personStarts[i + 1]) return true;
    if (nowAfter(tokens, i + 1)) return true;
  }
  return false;
}

/** Words after "mais / but" that date what follows to now ("mais depuis hier il a…", "but since this morning…"). */
const NOW_WORDS = new Set(['depuis', 'maintenant', 'aujourd', 'desormais', 'since', 'today', 'tonight']);
/** "ce / cette / this" + one of these: "mais ce soir ma fille…", "but this morning she…". */
const DEMONSTRATIVES = new Set(['ce', 'cette', 'cet', 'this']);
const PARTS_OF_TODAY = new Set([
  ...['soir', 'matin', 'midi', 'nuit', 'apres', 'aprem', 'week', 'weekend', 'semaine'],
  ...['morning', 'evening', 'afternoon', 'week', 'weekend'],
]);

/**
 * "… c'est guéri mais depuis hier il a de la fièvre et des taches violacées", "… ça allait mieux mais ce soir ma fille
 * s'est enfermée…": after a contrast, a phrase dating what follows to now turns from the story to the present.
 */
function nowAfter(tokens: Tokens, i: number): boolean {
  const word = normAt(tokens, i) ?? '';
  if (NOW_WORDS.has(word)) return true;
  return DEMONSTRATIVES.has(word) && PARTS_OF_TODAY.has(normAt(tokens, i + 1) ?? '');
}

/**
 * Words that open a contrasting clause ("et si c'est rien mais…", "what if it's nothing but…"), and the words that
 * close a story told first ("we had a scare last summer anyway he just ate…", "… bref elle…").
 */
const CONTRAST_WORDS = new Set(['mais', 'but', 'pourtant', 'however', 'cependant', 'anyway', 'anyways', 'bref']);
/** After a contrast word, these keep the clause inside the hypothesis ("imaginons qu'il tombe mais qu'il…", "but if"). */
const STILL_HYPOTHETICAL = new Set(['que', 'qu', 'si', 's', 'if', 'when', 'quand', 'lorsqu', 'lorsque']);
/** How far back from a sign `contrastAfter` looks (a long sentence keeps the hypothesis: the old behaviour). */
const CONTRAST_REACH = 40;

/**
 * "Et si c'est rien mais mon bébé de 5 semaines a 38,5", "je demande au cas où mais elle a 38,5", "what if it's
 * nothing but my 5 week old is burning up": the hypothesis (or the downplaying framed as one) ends at "mais / but";
 * what follows is said as a fact, and downplaying must never lower an alert. True when a contrast word that is not
 * followed by "que / si / if" stands between the hypothetical cue at `cue` and the sign at `at`.
 */
function contrastAfter(tokens: Tokens, cue: number, at: number): boolean {
  if (cue >= at) return false;
  for (let i = at - 1; i > cue && at - i <= CONTRAST_REACH; i--) {
    if (CONTRAST_WORDS.has(normAt(tokens, i) ?? '') && !STILL_HYPOTHETICAL.has(normAt(tokens, i + 1) ?? ''))
      return true;
  }
  return false;
}

/** Subject pronouns of someone other than the writer (and other than "on", "tu", "you"). */
export const THIRD_PERSON_SUBJECTS: readonly string[] = [
  ...['il', 'elle', 'ils', 'elles'],
  ...['he', 'she', 'they', 'hes', 'shes', 'theyre'],
];
/** Subject pronouns that start a new statement in unpunctuated (SMS) text. */
const SUBJECT_PRONOUNS = new Set([...THIRD_PERSON_SUBJECTS, 'je', 'j', 'on', 'ca', 'i', 'im']);
/**
 * Words after "mais / but" that open a statement about someone: a subject pronoun, "là", or a person ("mais mon
 * père…"). "mais aussi", "mais chez l'enfant", "mais si", "mais on dit que" go on with the question or the story.
 */
const FACT_SUBJECTS = new Set([
  ...THIRD_PERSON_SUBJECTS,
  'je',
  'j',
  'jai',
  'jsuis',
  'ca',
  'c',
  'cest',
  'la',
  'i',
  'im',
  'now',
]);
/** Words before a pronoun or a person that keep it inside the negated statement ("je pense pas qu'il…"). */
const STILL_NEGATED_BEFORE_SUBJECT = new Set([
  'que',
  'qu',
  's',
  'si',
  'quand',
  'that',
  'if',
  'whether',
  'when',
  'think',
  'believe',
  'sure',
  'know',
  'say',
  'said',
  'says',
  'seem',
  'seems',
  'pense',
  'crois',
  'sais',
  'dis',
  'chez',
  'pour',
  'a',
  'de',
  'avec',
  'dans',
  'sur',
  'for',
  'in',
  'to',
  'with',
  'of',
  'by',
  'on',
]);

/**
 * "j'ai pas de voiture mon père a mal à la poitrine", "no signal here my wife is bleeding heavily": without
 * punctuation, a negation does not reach past a new subject (a subject pronoun or a person such as "mon père"), unless
 * that subject belongs to what is negated ("je pense pas qu'il…", "pas de fièvre chez mon fils").
 */
function startsNewSubject(tokens: Tokens, index: ContextIndex, i: number): boolean {
  if (!(wordFacts(tokens, i) & SUBJECT_PRONOUN) && !index.personStarts[i]) return false;
  return i > 0 && !STILL_NEGATED_BEFORE_SUBJECT.has(normAt(tokens, i - 1) ?? '');
}

/** Words that answer "no" at the start of a sentence ("Douleur dans la poitrine ? Non, aucune."). */
const NO_ANSWERS = new Set([
  'non',
  'aucun',
  'aucune',
  'jamais',
  'rien',
  'no',
  'none',
  'nope',
  'never',
  'nothing',
  'negatif',
]);
/** The longest sentence read as a checklist question: a sign and a few words around it. */
const CHECKLIST_QUESTION_WORDS = 6;

/**
 * "Douleur dans la poitrine ? Non, aucune.", "Chest pain? No.": a sign asked as a short question of its own (ending
 * with "?") and answered "no" by the next sentence is negated. Only a short question counts: "Il saigne beaucoup et
 * il est tout pâle, c'est grave ? Non ?" keeps its alert.
 */
function answeredNo(tokens: Tokens, seg: Segments, text: string, hit: Hit): boolean {
  const s = seg.sentence[hit.first] ?? 0;
  let words = 0;
  // The words before the hit first, stopping at the seventh: a long sentence was walked back to its start per hit.
  for (let k = hit.first - 1; k >= 0 && seg.sentence[k] === s; k--) {
    if (tokens.types[k] === TokenType.Word && ++words > CHECKLIST_QUESTION_WORDS) return false;
  }
  let i = hit.first;
  for (; i < tokens.count && seg.sentence[i] === s; i++) {
    if (tokens.types[i] === TokenType.Word && ++words > CHECKLIST_QUESTION_WORDS) return false;
  }
  // `i` is now the first token of the next sentence (the sentence mark belongs to the sentence it ends).
  const mark = i - 1;
  if (tokens.types[mark] !== TokenType.Sentence || text[tokens.starts[mark] ?? 0] !== '?') return false;
  while (i < tokens.count && tokens.types[i] !== TokenType.Word && tokens.types[i] !== TokenType.Number) i++;
  return i < tokens.count && seg.sentence[i] === s + 1 && NO_ANSWERS.has(normAt(tokens, i) ?? '');
}

/** "il ne vomit pas de sang": a negation cue ends among the words a `...` gap of the term skipped. */
function negationInGap(index: ContextIndex, hit: Hit): boolean {
  const skipped = hit.skipped;
  if (!skipped) return false;
  for (let k = 0; k < skipped.length; k += 2) {
    for (let i = skipped[k] ?? 0; i <= (skipped[k + 1] ?? -1); i++) if (index.negationEnds[i]) return true;
  }
  return false;
}

/** "il ne saigne pas beaucoup de la tête": "ne" before the term and "pas" as the first word its gap skipped. */
function frenchNeBeforeGap(tokens: Tokens, hit: Hit): boolean {
  const skipped = hit.skipped;
  if (!skipped || hit.first < 1) return false;
  const from = skipped[0] ?? -1;
  if (from <= hit.first || !FRENCH_NEGATION_AFTER.has(normAt(tokens, from) ?? '')) return false;
  return FRENCH_NE.has(normAt(tokens, neBefore(tokens, hit.first)) ?? '') || spokenNegatedAmount(tokens, skipped);
}

/** Object pronouns that sit between "ne" and its verb ("ça ne me serre pas", "ça ne lui fait pas mal"). */
const CLITICS = new Set(['me', 'm', 'te', 't', 'se', 's', 'lui', 'leur', 'nous', 'vous', 'y', 'en']);
const MAX_CLITICS = 2;

/** Index of the word where a "ne" before the token `at` would be, past at most two object pronouns. */
function neBefore(tokens: Tokens, at: number): number {
  let i = at - 1;
  for (let k = 0; k < MAX_CLITICS && i > 0 && CLITICS.has(normAt(tokens, i) ?? ''); k++) i--;
  return i;
}

/** Verbs of a felt pain: "ne … pas" around them denies the pain named after them. */
const PAIN_VERBS = new Set([
  ...['fait', 'fais', 'faisait', 'font', 'serre', 'serrait', 'serrent', 'gene', 'genait', 'brule', 'brulait'],
  ...['lance', 'lancait', 'tire', 'tirait', 'pique', 'piquait', 'oppresse', 'oppressait', 'comprime', 'elance'],
]);

/**
 * "ça ne me fait pas mal à la poitrine", "ça ne lui serre plus le thorax": "ne [pronouns] verb pas / plus / jamais"
 * right before the sign, with a verb of felt pain. Only those verbs: "il ne peut plus parler", "je ne sens plus mon
 * bras" name the inability that is the sign, and "je ne sais pas si c'est un AVC" is doubt, not a denial.
 */
function painDeniedBefore(tokens: Tokens, hit: Hit): boolean {
  const not = hit.first - 1;
  if (not < 2 || !FRENCH_NEGATION_AFTER.has(normAt(tokens, not) ?? '')) return false;
  if (!PAIN_VERBS.has(normAt(tokens, not - 1) ?? '')) return false;
  return FRENCH_NE.has(normAt(tokens, neBefore(tokens, not - 1)) ?? '');
}

/** Words of amount or strength that a term may end on ("saigne … beaucoup", "saigne … abondamment"). */
const AMOUNT_WORDS = new Set([
  ...['beaucoup', 'bcp', 'abondamment', 'enormement', 'trop', 'tres', 'fort', 'forte', 'vraiment'],
  ...['tellement', 'autant', 'grave', 'abondant', 'abondante', 'abondants'],
]);

/**
 * Spoken French without "ne": "je saigne pas beaucoup", "ça saigne jamais énormément". Only when "pas / jamais" is
 * the gap's first word and the term resumes on an amount word: the negation then bears on the amount the sign needs.
 * "j'arrive pas à respirer" (gap "pas à", resuming on "respirer") keeps its alert, and so does "saigne pas mal" (a
 * lot), whose gap goes on past "pas".
 */
function spokenNegatedAmount(tokens: Tokens, skipped: readonly number[]): boolean {
  const from = skipped[0] ?? -1;
  const to = skipped[1] ?? -1;
  return (
    to === from && SPOKEN_NEGATION.has(normAt(tokens, from) ?? '') && AMOUNT_WORDS.has(normAt(tokens, to + 1) ?? '')
  );
}

/**
 * Spoken and SMS French drops "ne": "je saigne pas", "ça saigne plus". A hit followed in its clause by "pas" or
 * "jamais" is negated unless the word after turns it into an amount ("saigne pas mal" is a lot, "pas beaucoup");
 * "plus" only at the end of its clause or before "depuis / maintenant", since it is also "more" ("plus de 20
 * minutes", "plus fort") and "and" ("deux fois ce matin plus ceux du soir"). Signs whose absence is the emergency
 * carry their negation inside the term ("respire pas", "répond plus"), so the word after them is never "pas".
 */
const SPOKEN_NEGATION = new Set(['pas', 'jamais']);
const NOT_A_NEGATION_NEXT = new Set([
  'mal',
  'de',
  'd',
  'du',
  'des',
  'que',
  'qu',
  'trop',
  'tres',
  'assez',
  'beaucoup',
  'fort',
  'forte',
  'encore',
  'si',
  'aussi',
  'vraiment',
  'longtemps',
  'souvent',
  'abondamment',
]);
const NO_LONGER_NEXT = new Set(['depuis', 'maintenant', 'desormais']);

function spokenNegationAfter(tokens: Tokens, hit: Hit): boolean {
  const at = hit.last + 1;
  if (at >= tokens.count || tokens.types[at] !== TokenType.Word) return false;
  const word = normAt(tokens, at) ?? '';
  const next = at + 1;
  const nextWord = next < tokens.count && tokens.types[next] === TokenType.Word ? (normAt(tokens, next) ?? '') : null;
  if (SPOKEN_NEGATION.has(word)) return nextWord === null || !NOT_A_NEGATION_NEXT.has(nextWord);
  if (word === 'plus') return nextWord === null || NO_LONGER_NEXT.has(nextWord);
  return false;
}

/**
 * Words after "presque" that make it "barely" ("il respire presque plus"), an emergency, or a frequency or an amount
 * ("je pense à me tuer presque tous les jours", "presque chaque nuit", "presque deux heures"), not a near miss.
 */
const BARELY_NEXT = new Set([
  ...['plus', 'pas', 'rien', 'jamais', 'pu', 'plu', 'aucun', 'aucune'],
  ...['tous', 'toutes', 'tout', 'chaque', 'toujours', 'partout', 'constamment', 'sans', 'une', 'un', 'deux', 'trois'],
]);

/**
 * "il s'étouffait presque avec sa pizza", "je m'évanouis presque à chaque prise de sang": "presque" right after a sign
 * says it almost happened, like "a failli" (a negation cue). "il respire presque plus" (barely) keeps its alert.
 */
function nearMissAfter(tokens: Tokens, hit: Hit): boolean {
  if (normAt(tokens, hit.last + 1) !== 'presque' || tokens.types[hit.last + 1] !== TokenType.Word) return false;
  return tokens.types[hit.last + 2] !== TokenType.Number && !BARELY_NEXT.has(normAt(tokens, hit.last + 2) ?? '');
}

/** Verbs of feeling before "pas" ("je me sens pas suicidaire", "elle se sent pas oppressée"). */
const FEEL_VERBS = new Set(['sens', 'sent', 'sentais', 'sentait', 'sentons', 'sentez']);

/**
 * "je me sens pas suicidaire": spoken French drops "ne", and "sens pas" is not one of the negation cues (it would reach
 * a sign several words later: "je me sens pas bien du tout, envie de mourir"). It negates a sign right after it only.
 */
function feltNotBefore(tokens: Tokens, hit: Hit): boolean {
  return normAt(tokens, hit.first - 1) === 'pas' && FEEL_VERBS.has(normAt(tokens, hit.first - 2) ?? '');
}

/** When one of these follows "non / no / nope" right after a sign within `DENIAL_REACH` words, it answers the sign "no". */
const DENIAL_FOLLOWERS = new Set([
  ...['aucun', 'aucune', 'pas', 'rien', 'jamais', 'juste', 'seulement', 'simplement'],
  ...['not', 'none', 'nothing', 'never', 'just', 'only'],
]);
const DENIAL_REACH = 4;

/**
 * "douleur dans la poitrine non aucune juste une toux", "chest pain no not at all", "elle a perdu connaissance non elle
 * s'est juste assise": the unpunctuated form of a sign asked and answered "no" (see `answeredNo`, which needs the "?").
 * "non" alone after a sign is not enough ("il respire plus non plus").
 */
function deniedAfter(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  const at = hit.last + 1;
  const word = normAt(tokens, at);
  // Two string compares first: this runs for every hit whose currency is asked.
  if ((word !== 'non' && word !== 'no' && word !== 'nope') || seg.sentence[at] !== seg.sentence[hit.last]) return false;
  for (let i = at + 1; i <= at + DENIAL_REACH && seg.sentence[i] === seg.sentence[at]; i++)
    if (DENIAL_FOLLOWERS.has(normAt(tokens, i) ?? '')) return true;
  return false;
}

/** Negation words that a sign may carry as its first word ("plus de souffle", "pas de souffle"). */
const LEADING_NEGATORS = new Set(['pas', 'plus']);
/** Adjectives that make the noun a sign ends on the name of a symptom ("souffle court", "souffle coupé"). */
const SYMPTOM_QUALIFIERS = new Set(['court', 'courte', 'courts', 'coupe', 'coupee']);

/**
 * "je n'ai plus de souffle" is the emergency, so the term carries its "plus / pas de"; but "pas de souffle court",
 * "plus de souffle court depuis hier" deny the symptom "souffle court": when an adjective right after the term names
 * the symptom, the term's own leading negation bears on that symptom and the sign is negated.
 */
function negatedQualifiedSign(tokens: Tokens, hit: Hit): boolean {
  if (!LEADING_NEGATORS.has(normAt(tokens, hit.first) ?? '')) return false;
  const after = hit.last + 1;
  if (after >= tokens.count || tokens.types[after] !== TokenType.Word) return false;
  return SYMPTOM_QUALIFIERS.has(normAt(tokens, after) ?? '');
}

/** The words right before a sign that the three spoken-denial rules below start from. */
const DENIAL_WORDS_BEFORE = new Set(['plus', 'pas', 'jamais', 'point', 'tout']);

/**
 * One look at the word before the sign, then the rules it may start: "j'ai plus mal" (`noLongerBefore`), "jamais
 * perdu connaissance" (`neverBefore`), "ça ne lui fait pas mal" (`painDeniedBefore`). Most signs have none of these
 * words before them.
 */
function deniedByWordBefore(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  // Index checked first: reading before a JS array's start is a slow lookup, and signs often open the message.
  if (hit.first < 1 || !DENIAL_WORDS_BEFORE.has(normAt(tokens, hit.first - 1) ?? '')) return false;
  return noLongerBefore(tokens, seg, hit) || neverBefore(tokens, seg, hit) || painDeniedBefore(tokens, hit);
}

/** Forms of "avoir" before a spoken "plus" ("j'ai plus mal", "elle a plus mal", SMS "g plus mal"). */
const HAVE_FORMS = new Set(['ai', 'a', 'as', 'avait', 'avais', 'jai', 'g']);
/** Words that make "plus" a comparison when they follow the sign in its clause ("plus mal qu'hier"). */
const COMPARISON_AFTER = new Set(['que', 'qu', 'quhier', 'quavant']);
/** Words that make a following "que" a conjunction, not a comparison ("depuis que j'ai arrêté"). */
const CONJUNCTION_BEFORE_QUE = new Set([
  'depuis',
  'parce',
  'alors',
  'pendant',
  'tandis',
  'avant',
  'apres',
  'des',
  'bien',
]);

/**
 * Spoken French drops "ne": "j'ai plus mal à la poitrine depuis que j'ai arrêté", "elle a plus mal au thorax" say the
 * pain is gone. "plus" right after a form of "avoir" and right before the sign is that "no longer", unless a
 * comparison follows in the clause ("j'ai plus mal à la poitrine qu'hier" is more pain); "de plus en plus mal",
 * "encore plus mal" have another word before "plus" and keep their alert.
 */
function noLongerBefore(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  // "il a plus du tout mal": the "du tout" between "plus" and the sign is skipped.
  const at =
    hit.first >= 2 && normAt(tokens, hit.first - 1) === 'tout' && normAt(tokens, hit.first - 2) === 'du'
      ? hit.first - 2
      : hit.first;
  if (at < 2 || normAt(tokens, at - 1) !== 'plus' || !HAVE_FORMS.has(normAt(tokens, at - 2) ?? '')) return false;
  const clause = seg.clause[hit.last];
  for (let i = hit.last + 1; i < tokens.count && seg.clause[i] === clause; i++)
    if (COMPARISON_AFTER.has(normAt(tokens, i) ?? '') && !CONJUNCTION_BEFORE_QUE.has(normAt(tokens, i - 1) ?? ''))
      return false;
  return true;
}

/**
 * "jamais eu de convulsions, jamais perdu connaissance", "il a jamais saigné": a bare "jamais" right before a sign that
 * opens with its participle denies it. Only at the start of a clause or after "avoir / être": "je veux ne jamais me
 * réveiller", "plus jamais me réveiller" wish for the sign and keep their alert.
 */
function neverBefore(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  const never = hit.first - 1;
  if (never < 0 || normAt(tokens, never) !== 'jamais') return false;
  const before = never - 1;
  if (before < 0 || seg.clause[before] !== seg.clause[never]) return true;
  return HAVE_FORMS.has(normAt(tokens, before) ?? '') || BE_FORMS.has(normAt(tokens, before) ?? '');
}

/** Forms of "être" before a spoken "jamais" ("il est jamais tombé"). */
const BE_FORMS = new Set(['est', 'suis', 'es', 'etait', 'etais', 'sont']);

/** Words that tie a date to the noun before it ("ma fausse couche de la semaine dernière", "my stroke from 2019"). */
const DATE_LINKS = new Set(['de', 'd', 'du', 'of', 'from']);

/**
 * A past cue after "de / of" right after the sign dates the sign itself: "je ne saigne plus depuis ce
 * matin après ma fausse couche de la semaine dernière", "mon AVC de 2019", "my stroke from 2019". The clause's current
 * cue ("depuis ce matin") is about something else then.
 */
function datedSign(tokens: Tokens, index: ContextIndex, hit: Hit): boolean {
  const starts = index.pastStarts;
  if (starts.length === 0) return false;
  // Only through "de / of": a cue right after the sign may date a word inside it ("je rejoins mon frère mort l'an
  // dernier" dates the death, not the wish).
  const at = hit.last + 1;
  if (at + 1 >= tokens.count || !DATE_LINKS.has(normAt(tokens, at) ?? '')) return false;
  return starts[at + 1] === 1 || (at + 2 < tokens.count && starts[at + 2] === 1);
}

/** Degree words between "pas" and "mal" that make "pas … mal" mean "not badly" ("pas trop mal", "pas si mal"). */
const NOT_BADLY_DEGREE = new Set(['trop', 'si', 'aussi', 'tellement', 'super', 'tres']);

/**
 * A sign whose absence is the emergency carries its "pas" ("respire pas"), but "je respire pas trop mal", "il respire
 * pas si mal", "il respire pas mal du tout" say the breathing is fine: "pas" there negates "mal". A bare "respire pas
 * mal" (also "quite a lot") keeps its alert, and so does "respire pas très bien".
 */
function notBadlyAfter(tokens: Tokens, hit: Hit): boolean {
  if (normAt(tokens, hit.last) !== 'pas') return false;
  const next = normAt(tokens, hit.last + 1);
  if (next === 'mal') return normAt(tokens, hit.last + 2) === 'du' && normAt(tokens, hit.last + 3) === 'tout';
  return next !== undefined && NOT_BADLY_DEGREE.has(next) && normAt(tokens, hit.last + 2) === 'mal';
}

/** "elle ne saigne pas": the verb sits between "ne" and "pas". */
function frenchNeAround(tokens: Tokens, hit: Hit): boolean {
  const before = hit.first - 1;
  const after = hit.last + 1;
  if (before < 0 || after >= tokens.count) return false;
  // The word after first: it is rarely "pas / plus", and `neBefore` reads up to three words back.
  const closer = normAt(tokens, after) ?? '';
  if (!NE_AROUND_AFTER.has(closer)) return false;
  // The verb is the term's last slot: after a gap, "ne" sits before that slot ("des piles … mais elle n'en a avalé
  // aucune"), not before the term's first word.
  const skipped = hit.skipped;
  const verb = skipped ? (skipped[skipped.length - 1] ?? hit.first - 1) + 1 : hit.first;
  const ne = neBefore(tokens, verb);
  if (FRENCH_NE.has(normAt(tokens, ne) ?? '')) return true;
  // "elle n'en a avalé aucune": "aucun / aucune" comes after the participle, so an auxiliary sits after "ne".
  return (
    QUANTIFIER_CLOSERS.has(closer) &&
    PERFECT_AUXILIARIES.has(normAt(tokens, ne) ?? '') &&
    FRENCH_NE.has(normAt(tokens, neBefore(tokens, ne)) ?? '')
  );
}

const QUANTIFIER_CLOSERS = new Set(['aucun', 'aucune']);
const PERFECT_AUXILIARIES = new Set([
  'a',
  'ai',
  'as',
  'avait',
  'avais',
  'ont',
  'avons',
  'avez',
  'aurait',
  'est',
  'suis',
  'sont',
]);

/**
 * The second half of "ne … " right after the sign: "pas / plus / jamais / point", and also "aucun / aucune / rien",
 * whose object is what the sign denies ("elle n'en a avalé aucune", "il ne vomit rien").
 */
const NE_AROUND_AFTER = new Set([...FRENCH_NEGATION_AFTER, 'aucun', 'aucune', 'rien']);
