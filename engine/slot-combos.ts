/**
 * Red flags said in two slots that combine: a wish, intent or plan frame ("je veux", "j'ai envie de", "c'est
 * décidé", "i want to", "i've decided to") followed closely by an ending-of-life notion ("mourir", "en finir",
 * "ne plus me réveiller", "end it all", "not wake up"). Each slot is a reviewed signal family in
 * `content/lexicons/<lang>/signals.yml`; a rule pairs two families, so a new frame works with every ending at
 * once instead of one wording at a time (round 11 measured that phrase-by-phrase entries did not generalise).
 *
 * The pair is read as one term with a gap: the context rule sees the frame's first word to the notion's last, so
 * a negation before the frame ("je n'ai aucune envie de mourir") or a past or general sentence ("il y a deux ans
 * j'ai voulu en finir") leaves it out like any sign; a negation between the slots breaks the pair ("je veux pas
 * crever"). Only a few filler words may stand between the slots, and a reflexive notion must fit the subject.
 */
import { isCurrent, THIRD_PERSON_SUBJECTS, type ContextIndex, type Segments } from './context.ts';
import type { CompiledEntry } from './lexicon/compiled-types.ts';
import type { RuntimeLexicon } from './lexicon/runtime.ts';
import type { Hit } from './lexicon/trie.ts';
import { perLexicon } from './per-lexicon.ts';
import { normAt, type Tokens, TokenType } from './text/tokenize.ts';
import type { RedFlagCategory } from './types.ts';

interface SlotRule {
  /** Signal id of the frame, which comes first. */
  readonly frame: string;
  /** Signal id of the notion that completes it. */
  readonly notion: string;
  readonly category: RedFlagCategory;
}

/**
 * A wish frame takes any ending ("envie de mourir", "want to not wake up"); an intent frame only an act, since
 * "je vais mourir" / "i'm going to die" is a fear, not a plan. At most eight rules: `slotRolesOf` keeps a rule's
 * notion and frame as one bit each (see `SLOT_FRAME_SHIFT`).
 */
export const SLOT_RULES: readonly SlotRule[] = [
  { frame: 'wish_frame', notion: 'life_end', category: 'suicide' },
  { frame: 'wish_frame', notion: 'life_end_act', category: 'suicide' },
  { frame: 'intent_frame', notion: 'life_end_act', category: 'suicide' },
];

/**
 * Red flags said as two pieces of evidence near each other, in either order: a MEANS or an ACT of control, and a
 * STATE that gives it its weight. Alone, "j'ai une corde" is climbing gear and "il a pris mes clés" a quarrel;
 * with "j'en peux plus" or "personne ne s'en rendra compte" in the same or the next sentence, a rope is a means,
 * and with "j'ai peur", "il rentre dans une heure" or a child in the room, keys taken are coercion. Each slot lists
 * signal tags of `signals.yml`, so every means combines with every state (round 16: phrase lists that named both
 * halves at once did not reach other writers).
 */
interface NearRule {
  /** Signal tags of the means / control slot. */
  readonly means: readonly string[];
  /** Signal tags of the state / stake slot. */
  readonly state: readonly string[];
  readonly category: RedFlagCategory;
  /** When set, both pieces are in one sentence with at most this many tokens between them (an act and its doer). */
  readonly maxTokens?: number;
}

export const NEAR_RULES: readonly NearRule[] = [
  {
    // Broad classes (s17): a stock of a medicine (`drug_stock` next to any medicine word), a height at a place
    // (`height_mark` next to a `place_word`), a high floor, a farewell act (giving things away, letters to each
    // relative, affairs put in order); two farewell acts also make a pair.
    // A past attempt (`past_attempt`: "la dernière fois j'avais pris des cachets", "j'ai déjà fait une TS") weighs like a
    // means beside a crisis said now.
    means: [
      ...['lethal_means', 'high_place', 'suicide_means', 'drug_stock', 'height_mark', 'high_floor', 'farewell_act'],
      'past_attempt',
    ],
    state: ['dark_thoughts', 'no_point', 'farewell', 'thanks_goodbye', 'crisis_state', 'farewell_act'],
    category: 'suicide',
  },
  // A threat or a physical act is both: with control ("il me surveille… il m'a dit que je finirais à l'hôpital") or with a second
  // threat it is a pattern, not a figure of speech.
  {
    // A visit at night to a child's or the writer's room with a touch (`night_visit` + `sexual_touch`, a25): "le copain
    // de ma mère vient la voir la nuit dans sa chambre et la touche".
    means: ['confinement', 'coercion', 'threat', 'assault', 'fear_of_person', 'harm_act', 'night_visit'],
    state: [
      'worried',
      'hiding_r14',
      'cant_talk_now',
      'bruises',
      'pregnant',
      'weapon_held',
      'violence_stake',
      'threat',
      'assault',
      'sexual_touch',
      // Locked in beside a second control act ("me tient enfermée… il a pris mon tel", a25): a pattern of control.
      'confinement',
    ],
    category: 'violence',
  },
  // A physical act on a person ("me tape", "secoue mon petit frère", "lève la main sur") with a relative or partner
  // as its doer ("le copain de ma mère", "mon beau-père", "my stepdad") in the same sentence: the relationship is
  // what makes a blow domestic violence rather than a game or a fight in the street.
  { means: ['harm_act'], state: ['relation'], category: 'violence', maxTokens: 6 },
];

/**
 * How many sentences apart the two pieces may be: the same one or the next ("J'ai écrit une lettre pour mes
 * enfants. J'ai les médicaments à côté de moi."). Further apart, a long message usually tells two stories.
 */
const NEAR_SENTENCES = 1;

/**
 * A word right after a state that gives it its own object: "j'en peux plus de Paris", "i'm done with work", "je
 * pense à la mort de mon grand-père" are about that object, not about living. "de vivre / de tout / with it" stay
 * (LIFE_OBJECTS), and so does "il est temps d'en finir / de partir". "pour / for" is not an object here: "je suis un poids pour ma famille" is the state itself.
 */
const OBJECT_TAKING_TAGS = new Set(['crisis_state', 'dark_thoughts']);
const STATE_OBJECTS = new Set(['de', 'd', 'du', 'des', 'avec', 'with', 'of']);
const LIFE_OBJECTS = new Set([
  ...['vivre', 'exister', 'tout', 'en', 'partir', 'mourir', 'dire', 'continuer', 'lutter', 'me', 'souffrir'],
  ...['faire', 'tenir', 'essayer', 'rien'],
  ...['life', 'living', 'everything', 'it'],
]);

/** At most this many words between the frame and the notion ("je veux juste vraiment plus me réveiller"). */
const MAX_GAP_WORDS = 4;

/**
 * The only words allowed between the two slots: adverbs, time words and the glue of an infinitive. Anything else
 * means the notion belongs to another statement ("je pense à ma mère qui va mourir", "i want him dead", "je veux
 * éviter de mourir"); a negation there negates the pair ("je veux pas mourir", "i want to not die"), and a
 * negation that is part of the notion stays part of it ("je veux plus être là", "i want to not wake up").
 */
const GAP_FILLERS = new Set([
  ...['juste', 'seulement', 'simplement', 'vraiment', 'tellement', 'enfin', 'bien', 'serieusement', 'sincerement'],
  ...['parfois', 'souvent', 'encore', 'toujours', 'aussi', 'tout', 'de', 'd', 'a'],
  ...['ce', 'soir', 'cette', 'nuit', 'demain', 'maintenant', 'aujourd', 'hui', 'bientot', 'vite', 'deja'],
  ...['just', 'only', 'really', 'so', 'honestly', 'seriously', 'sometimes', 'kinda', 'kind', 'of', 'to', 'simply'],
  ...['actually', 'literally', 'truly', 'still', 'also', 'even', 'tonight', 'today', 'now', 'soon', 'finally'],
  ...['do', 'going', 'gonna', 'about', 'sort', 'lowkey', 'fr', 'genuinely'],
]);

/** A word right after the notion that gives it an object or a place ("en finir avec ce régime", "partir pour de bon en
 * Australie", "end it with him"). */
const NOTION_OBJECTS = new Set(['avec', 'with', 'from', 'du', 'des', 'sous', 'en', 'au', 'aux', 'vers', 'to']);

/** Reflexive pronouns that start a notion, by person: "il va me tuer" is a threat, not a plan. */
const FIRST_PERSON_REFLEXIVE = new Set(['me', 'm', 'myself']);
const OTHER_PERSON_REFLEXIVE = new Set(['se', 's', 'te', 't', 'himself', 'herself', 'themself', 'themselves']);
const FIRST_PERSON_SUBJECTS = new Set(['je', 'j', 'jveux', 'jveu', 'jvais', 'jpense', 'g', 'i', 'im', 'ive', 'id']);
/** Frame verbs whose ending names another person as the subject: "il va me tuer", "menace de me tuer". */
const OTHER_PERSON_FRAMES = new Set([
  ...['va', 'veut', 'voudrait', 'aimerait', 'pourrait', 'prefererait', 'menace', 'menacait', 'parle', 'parlait'],
  ...['reflechit', 'wants', 'thinks', 'needs', 'plans'],
]);
/** Subjects (and possessives that open a noun subject: "mon mari veut me tuer") of another person. */
const OTHER_SUBJECTS = new Set([
  ...THIRD_PERSON_SUBJECTS,
  ...['on', 'tu', 'vous', 'you'],
  ...['mon', 'ma', 'mes', 'son', 'sa', 'ses', 'my', 'his', 'her', 'their'],
]);

export interface SlotFinding {
  readonly category: RedFlagCategory;
  readonly start: number;
  readonly end: number;
}

/**
 * The categories raised by current frame + notion pairs of one clause, in text order.
 *
 * @example slotFindings(lexicon, tokens, seg, index, hits) // [{ category: 'suicide', … }] for "jveux juste crever"
 */
export function slotFindings(
  lexicon: RuntimeLexicon,
  tokens: Tokens,
  seg: Segments,
  index: ContextIndex,
  hits: readonly Hit[],
): SlotFinding[] {
  const out: SlotFinding[] = [];
  // One pass tells which frames and notions are there at all: most messages hold none, and then no rule looks further.
  const slots = slotRolesOf(lexicon);
  const roles = nearRolesOf(lexicon);
  let filled = 0;
  let present = 0;
  for (const hit of hits) {
    filled |= slots[hit.entry]!;
    present |= roles[hit.entry] ?? 0;
  }
  for (let r = 0; r < SLOT_RULES.length; r++) {
    const rule = SLOT_RULES[r] as SlotRule;
    const notionBit = 1 << r;
    const frameBit = 1 << (SLOT_FRAME_SHIFT + r);
    if ((filled & (notionBit | frameBit)) !== (notionBit | frameBit)) continue;
    if (hasCategory(out, rule.category)) continue;
    for (const notion of hits) {
      if (!(slots[notion.entry]! & notionBit)) continue;
      if (hasObject(tokens, seg, notion)) continue;
      const pair = pairedFrame(slots, tokens, seg, hits, frameBit, notion);
      if (!pair || !personsAgree(tokens, seg, pair, notion) || !isCurrent(tokens, seg, index, pair)) continue;
      out.push({
        category: rule.category,
        start: tokens.starts[pair.first] ?? 0,
        end: tokens.ends[pair.last] ?? 0,
      });
      break;
    }
  }
  for (let r = 0; r < NEAR_RULES.length; r++) {
    const rule = NEAR_RULES[r] as NearRule;
    const both = (1 << (2 * r)) | (1 << (2 * r + 1));
    if ((present & both) !== both || hasCategory(out, rule.category)) continue;
    const found = nearPair(lexicon, tokens, seg, index, hits, r);
    if (found) out.push(found);
  }
  return out;
}

/**
 * A finding of `category` is in `out`. A loop, not `out.some` with a closure over the rule: the rule variable a closure
 * captures gets a context allocated per iteration of the rules loop in V8, in every message.
 */
function hasCategory(out: readonly SlotFinding[], category: RedFlagCategory): boolean {
  for (const finding of out) if (finding.category === category) return true;
  return false;
}

/**
 * One 32-bit word per entry. Bits 0-15: rule r's means slot (bit 2r) and state slot (bit 2r+1), for up to eight
 * rules; bits 16 and up are flags. OBJECT_BIT: a state that an object after it reassigns ("j'en peux plus de
 * Paris"; not "j'ai peur de lui"). Built once per lexicon.
 */
const OBJECT_BIT = 1 << 16;
/** The entry is a threat: "menacé de + a harmless act" ("de me mettre une colle", "de partir") is no threat of harm. */
const THREAT_BIT = 1 << 17;
/**
 * Signal tag `clause_final`: the phrase counts only when it ends its clause ("j'ai de quoi.", "je suis prête."),
 * since any word after it names something else ("j'ai de quoi manger", "je suis prête à partir en vacances").
 */
const CLAUSE_FINAL_BIT = 1 << 18;
/**
 * Signal tag `worried`: a fear followed by "de / d / of / que" names what is feared, and only a person or what
 * they may do is a stake ("j'ai peur de lui", "scared of what he'll do", "peur qu'il revienne"; not "j'ai peur de
 * craquer", "peur de rater mon train").
 */
const FEAR_BIT = 1 << 19;
const FEAR_LINKS = new Set(['de', 'd', 'du', 'des', 'of', 'que', 'qu']);
const FEARED_PEOPLE = new Set([
  ...['lui', 'elle', 'eux', 'il', 'ils', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'ce', 'cet', 'rentrer', 'bouger'],
  ...['sortir', 'mourir', 'me', 'm', 'him', 'her', 'them', 'he', 'she', 'what', 'my', 'his', 'going', 'being'],
]);
/**
 * Class halves that count only beside their partner class, in one clause (PARTNER_REACH tokens apart at most): a
 * stock or quantity ("toutes mes boîtes", "3 plaquettes", "saved up") beside a medicine word — any term of the
 * `medication` topic, a `medicine` signal or a `drug_form` ("ampoules", "patchs"), read as a class so no drug list is
 * copied — and a height ("en haut", "dernier niveau", "au-dessus", "the top of") beside a place word ("parking",
 * "pont", "car park").
 */
const NEEDS_DRUG_BIT = 1 << 20;
const DRUG_BIT = 1 << 21;
const NEEDS_PLACE_BIT = 1 << 22;
const PLACE_BIT = 1 << 23;
/** Signal tag `harm_act`: checked for an idiom after it, a doer that is not the relative, and a purpose of care. */
const HARM_ACT_BIT = 1 << 24;
/** A body part right after an act makes it an accident ("hitting her head on the cupboard"), not a blow to a person. */
const BODY_PART_BIT = 1 << 25;
/** A relative as the doer of an act: a toddler's age after it makes the act no violence ("mon fils de 2 ans me tape"). */
const RELATION_BIT = 1 << 26;
const PARTNER_REACH = 5;
/** The means-slot bits of every rule. */
const MEANS_BITS = 0x5555;
/** Each entry's parts in `NEAR_RULES` and its flag bits (see engine/per-lexicon.ts). */
const nearRolesOf = perLexicon(nearRoles);

function nearRoles(lexicon: RuntimeLexicon): Uint32Array {
  const roles = new Uint32Array(lexicon.entries.length);
  for (let e = 0; e < lexicon.entries.length; e++) {
    const entry = lexicon.entries[e] as CompiledEntry;
    // The medicine class is the `medication` topic itself (drug names, classes, pills, the pharmacy cabinet): read
    // as a class, so a drug added there for topics is a partner of a stock at once.
    if (entry.kind === 'topic' && entry.tags.includes('medication')) roles[e] = (roles[e] ?? 0) | DRUG_BIT;
    if (entry.kind !== 'signal') continue;
    for (const tag of entry.tags) roles[e] = (roles[e] ?? 0) | (CLASS_BITS[tag] ?? 0);
    for (let r = 0; r < NEAR_RULES.length; r++) {
      const rule = NEAR_RULES[r] as NearRule;
      for (const tag of entry.tags) {
        if (OBJECT_TAKING_TAGS.has(tag)) roles[e] = (roles[e] ?? 0) | OBJECT_BIT;
        if (tag === 'threat') roles[e] = (roles[e] ?? 0) | THREAT_BIT;
        if (tag === 'clause_final') roles[e] = (roles[e] ?? 0) | CLAUSE_FINAL_BIT;
        if (tag === 'worried') roles[e] = (roles[e] ?? 0) | FEAR_BIT;
        if (rule.means.includes(tag)) roles[e] = (roles[e] ?? 0) | (1 << (2 * r));
        if (rule.state.includes(tag)) roles[e] = (roles[e] ?? 0) | (1 << (2 * r + 1));
      }
    }
  }
  return roles;
}

const CLASS_BITS: Readonly<Record<string, number>> = {
  drug_stock: NEEDS_DRUG_BIT,
  medicine: DRUG_BIT,
  drug_form: DRUG_BIT,
  height_mark: NEEDS_PLACE_BIT,
  place_word: PLACE_BIT,
  harm_act: HARM_ACT_BIT,
  body_part: BODY_PART_BIT,
  relation: RELATION_BIT,
};

/**
 * The first current means + state pair of rule `r` at most NEAR_SENTENCES apart, spanning both. The pieces may
 * not share words (one phrase is not two pieces of evidence), and each must be current on its own: a negated,
 * past, general or fictional half leaves the pair out ("il y a dix ans j'avais stocké des médicaments").
 */
function nearPair(
  lexicon: RuntimeLexicon,
  tokens: Tokens,
  seg: Segments,
  index: ContextIndex,
  hits: readonly Hit[],
  r: number,
): SlotFinding | null {
  const means = slotHits(lexicon, tokens, seg, hits, 1 << (2 * r));
  if (!means) return null;
  const states = slotHits(lexicon, tokens, seg, hits, 1 << (2 * r + 1));
  if (!states) return null;
  // isCurrent is the costly part: each hit's answer is kept (0 unknown, 1 current, 2 not) across the pairs it is in,
  // in a table reused by every call (a new typed array per call was an ArrayBuffer per message).
  if (currentMemo.length < hits.length) currentMemo = new Uint8Array(Math.max(hits.length, 2 * currentMemo.length));
  const current = currentMemo;
  for (const h of means) current[h] = 0;
  for (const h of states) current[h] = 0;
  const maxTokens = NEAR_RULES[r]?.maxTokens;
  for (const m of means) {
    const a = hits[m] as Hit;
    const at = seg.sentence[a.first] ?? 0;
    for (const s of states) {
      const b = hits[s] as Hit;
      if (Math.abs((seg.sentence[b.first] ?? 0) - at) > NEAR_SENTENCES || overlaps(a, b)) continue;
      if (maxTokens !== undefined && !closeInSentence(seg, a, b, maxTokens)) continue;
      if (!currentAt(current, tokens, seg, index, hits, s)) continue;
      // A means bought or an attempt made in the past is still part of a crisis said now: "j'ai acheté une corde il y
      // a un mois et ce soir je vais m'en servir", "la dernière fois j'avais pris des cachets… cette fois j'ai tout
      // prévu". Only for suicide: a past threat or blow is the story of a past episode.
      if (
        !currentAt(current, tokens, seg, index, hits, m) &&
        !(r === SUICIDE_RULE && isCurrent(tokens, seg, index, a, true))
      )
        continue;
      const first = Math.min(a.first, b.first);
      const last = Math.max(a.last, b.last);
      return {
        category: NEAR_RULES[r]?.category ?? 'suicide',
        start: tokens.starts[first] ?? 0,
        end: tokens.ends[last] ?? 0,
      };
    }
  }
  return null;
}

/** The index in NEAR_RULES of the suicide pair, whose means may be dated in the past. */
const SUICIDE_RULE = NEAR_RULES.findIndex((rule) => rule.category === 'suicide');

/** `nearPair`'s answers of isCurrent by hit index; only the entries of the call's slot hits are read. */
let currentMemo = new Uint8Array(64);

/**
 * Whether `hits[h]` is current, answered once per call in `memo` (see `currentMemo`). A function, not a closure in
 * `nearPair`: the closure's context (five of its locals) was allocated on every call.
 */
function currentAt(
  memo: Uint8Array,
  tokens: Tokens,
  seg: Segments,
  index: ContextIndex,
  hits: readonly Hit[],
  h: number,
): boolean {
  if (memo[h] === 0) memo[h] = isCurrent(tokens, seg, index, hits[h] as Hit) ? 1 : 2;
  return memo[h] === 1;
}

/** Both hits in one sentence with at most `maxTokens` tokens between them. */
function closeInSentence(seg: Segments, a: Hit, b: Hit, maxTokens: number): boolean {
  return seg.sentence[a.first] === seg.sentence[b.first] && tokensBetween(a, b) <= maxTokens;
}

/** Tokens between two hits (negative when they overlap). */
function tokensBetween(a: Hit, b: Hit): number {
  return b.first > a.last ? b.first - a.last - 1 : a.first - b.last - 1;
}

/**
 * Indexes of the hits that can fill a slot (`bit` of their entry's role), after the checks that need no context: a
 * means with an everyday purpose, a state with its own object and a harmless threat are left out. Null when none,
 * which is most messages: then nothing is allocated.
 */
function slotHits(
  lexicon: RuntimeLexicon,
  tokens: Tokens,
  seg: Segments,
  hits: readonly Hit[],
  bit: number,
): number[] | null {
  const roles = nearRolesOf(lexicon);
  let out: number[] | null = null;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as Hit;
    const role = roles[hit.entry] ?? 0;
    if (!(role & bit)) continue;
    if (role & OBJECT_BIT && stateHasObject(tokens, seg, hit)) continue;
    if (role & THREAT_BIT && harmlessThreat(tokens, seg, hit)) continue;
    // A blow has no everyday purpose: "gifle ses enfants pour un rien" stays a blow.
    if (role & MEANS_BITS & bit && !(role & HARM_ACT_BIT) && meansHasPurpose(tokens, seg, hit)) continue;
    if (role & CLAUSE_FINAL_BIT && wordFollows(tokens, seg, hit)) continue;
    if (role & FEAR_BIT && fearOfSomethingElse(tokens, seg, hit)) continue;
    if (role & NEEDS_DRUG_BIT && !hasPartner(tokens, seg, hits, roles, hit, DRUG_BIT)) continue;
    if (role & NEEDS_PLACE_BIT && !hasPartner(tokens, seg, hits, roles, hit, PLACE_BIT)) continue;
    if (role & HARM_ACT_BIT && noBlow(tokens, seg, hits, roles, hit)) continue;
    if (role & RELATION_BIT && youngChild(tokens, hit)) continue;
    (out ??= []).push(h);
  }
  return out;
}

/**
 * A means followed by its purpose is that object in its everyday use: "une corde pour l'escalade", "une lame de
 * rasoir pour la barbe", "pills for my back". A purpose that is the act keeps it ("de quoi… pour en finir",
 * "une corde pour ce soir", "combien de cachets pour que le cœur s'arrête", "for tonight").
 */
const PURPOSE_WORDS = new Set(['pour', 'for']);
/** The purpose may follow a place or a complement: "sur le toit de l'immeuble pour réparer l'antenne". */
const PURPOSE_REACH = 5;
const ACT_PURPOSES = new Set([
  ...['en', 'me', 'm', 'moi', 'mourir', 'ne', 'y', 'ce', 'cette', 'demain', 'quand', 'apres', 'que', 'qu'],
  ...['myself', 'tonight', 'tomorrow', 'when', 'after', 'it', 'ending', 'dying', 'later'],
  // A duration is no purpose: "collecting my oxy for weeks".
  ...['weeks', 'months', 'days', 'years', 'ages', 'a', 'so', 'long'],
]);

function meansHasPurpose(tokens: Tokens, seg: Segments, means: Hit): boolean {
  const clause = seg.clause[means.last];
  const end = Math.min(tokens.count - 1, means.last + PURPOSE_REACH);
  for (let i = means.last + 1; i <= end && seg.clause[i] === clause; i++)
    if (PURPOSE_WORDS.has(normAt(tokens, i) ?? '')) return !ACT_PURPOSES.has(normAt(tokens, i + 1) ?? '');
  return false;
}

/** What a threat "de / to" may announce and still be one: harm, death, taking the children, revenge. */
const HARM_WORDS = new Set([
  ...['tuer', 'frapper', 'taper', 'buter', 'crever', 'defoncer', 'tabasser', 'cogner', 'etrangler', 'egorger'],
  ...['bruler', 'mort', 'prendre', 'enlever', 'garder', 'faire', 'venger', 'violer', 'casser', 'detruire'],
  ...['kill', 'hurt', 'beat', 'take', 'burn', 'harm', 'shoot', 'stab', 'break', 'death'],
]);
/** Pronouns between "de" and the verb ("menacé de me tuer", "threatened to kill us"). */
const THREAT_PRONOUNS = new Set([
  'me',
  'm',
  'nous',
  'la',
  'le',
  'les',
  'l',
  'lui',
  'leur',
  'te',
  't',
  'vous',
  'se',
  's',
]);

/**
 * "il m'a menacé de me mettre une colle", "ma fille menace de partir": a threat followed by "de / d / to" names
 * its content, and when that is no harm the threat is everyday talk. A threat with no content stays one.
 */
function harmlessThreat(tokens: Tokens, seg: Segments, threat: Hit): boolean {
  let i = threat.last + 1;
  const clause = seg.clause[threat.last];
  const link = normAt(tokens, i) ?? '';
  if (seg.clause[i] !== clause || (link !== 'de' && link !== 'd' && link !== 'to')) return false;
  i++;
  while (THREAT_PRONOUNS.has(normAt(tokens, i) ?? '') && seg.clause[i] === clause) i++;
  return seg.clause[i] === clause && !HARM_WORDS.has(normAt(tokens, i) ?? '');
}

/** Words after a `clause_final` phrase that place it rather than give it an object: "j'ai ce qu'il faut dans mon sac". */
const PLACE_WORDS = new Set([
  ...['dans', 'sur', 'sous', 'chez', 'depuis', 'avec', 'a', 'ici', 'la', 'maintenant', 'deja', 'enfin', 'cette', 'ce'],
  ...['in', 'on', 'at', 'here', 'now', 'with', 'since', 'already', 'tonight'],
]);

function wordFollows(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  const next = hit.last + 1;
  if (next >= tokens.count || tokens.types[next] !== TokenType.Word || seg.clause[next] !== seg.clause[hit.last])
    return false;
  return !PLACE_WORDS.has(normAt(tokens, next) ?? '');
}

function fearOfSomethingElse(tokens: Tokens, seg: Segments, fear: Hit): boolean {
  const link = fear.last + 1;
  if (seg.clause[link] !== seg.clause[fear.last] || !FEAR_LINKS.has(normAt(tokens, link) ?? '')) return false;
  return seg.clause[link + 1] === seg.clause[fear.last] && !FEARED_PEOPLE.has(normAt(tokens, link + 1) ?? '');
}

/** An act that is no blow from a relative: an idiom or a game, the writer's side or the doer's own body, care. */
function noBlow(tokens: Tokens, seg: Segments, hits: readonly Hit[], roles: Uint32Array, act: Hit): boolean {
  return harmIdiom(tokens, seg, act) || noBlowFromDoer(tokens, hits, roles, act) || carePurpose(tokens, seg, act);
}

/** A hit of the partner class in the same clause, at most PARTNER_REACH tokens before or after (or overlapping). */
function hasPartner(
  tokens: Tokens,
  seg: Segments,
  hits: readonly Hit[],
  roles: Uint32Array,
  hit: Hit,
  partnerBit: number,
): boolean {
  const clause = seg.clause[hit.first];
  for (const other of hits) {
    if (!((roles[other.entry] ?? 0) & partnerBit) || seg.clause[other.first] !== clause) continue;
    if (tokensBetween(hit, other) <= PARTNER_REACH) return true;
  }
  return false;
}

const WRITER_SUBJECTS = new Set(['on', 'je', 'j', 'nous', 'i', 'we', 'jle', 'jla']);

/** The head is not in the `body_part` family (head injuries are their own signal), so it is named here. */
const HEAD_WORDS = new Set(['head', 'tete', 'forehead', 'front']);

/**
 * Acts that are no blow from the relative: the writer's side doing it ("on la secoue") or the object being the
 * doer's own body part ("hitting her head on the cupboard").
 */
function noBlowFromDoer(tokens: Tokens, hits: readonly Hit[], roles: Uint32Array, act: Hit): boolean {
  // "on le secoue et il ouvre à peine les yeux": the writer's side does the act (a rescue), not the relative.
  if (act.first > 0 && WRITER_SUBJECTS.has(normAt(tokens, act.first - 1) ?? '')) return true;
  const at = act.last + 1;
  if (HEAD_WORDS.has(normAt(tokens, at) ?? '')) return true;
  for (const other of hits) if (other.first === at && (roles[other.entry] ?? 0) & BODY_PART_BIT) return true;
  return bodyPartSubject(tokens, hits, roles, act);
}

/** Trunk words outside the `body_part` family (chest pain has its own entries), named here like the head. */
const TRUNK_WORDS = new Set(['poitrine', 'thorax', 'torse', 'estomac', 'coeur', 'chest', 'stomach', 'heart']);

/** Relative pronouns that make the word before them the act's subject. */
const RELATIVE_SUBJECTS = new Set(['qui', 'that', 'which']);

/**
 * "la poitrine qui le brûle", "his chest that burns him": a body part is the subject of the act through "qui / that",
 * so the act is the pain it gives, not a blow from a person.
 */
function bodyPartSubject(tokens: Tokens, hits: readonly Hit[], roles: Uint32Array, act: Hit): boolean {
  const pronoun = act.first - 1;
  if (pronoun < 1 || !RELATIVE_SUBJECTS.has(normAt(tokens, pronoun) ?? '')) return false;
  const part = pronoun - 1;
  if (HEAD_WORDS.has(normAt(tokens, part) ?? '') || TRUNK_WORDS.has(normAt(tokens, part) ?? '')) return true;
  for (const other of hits) if (other.last === part && (roles[other.entry] ?? 0) & BODY_PART_BIT) return true;
  return false;
}

/** The age a toddler's acts are read with: "mon fils de 2 ans", "ma fille de 18 mois". */
const YOUNG_AGE_YEARS = 6;

/** A relative followed by a young age ("de 3 ans", "de 18 mois"): a small child's blows are not abuse. */
function youngChild(tokens: Tokens, relation: Hit): boolean {
  const at = relation.last + 1;
  if (normAt(tokens, at) !== 'de' || tokens.types[at + 1] !== TokenType.Number) return false;
  const unit = normAt(tokens, at + 2) ?? '';
  const value = Number(normAt(tokens, at + 1));
  return unit === 'mois' || (unit === 'ans' && value < YOUNG_AGE_YEARS);
}

/**
 * A grip or a shake done for care or play, said after it in its clause: "me tire les cheveux pour me faire des
 * tresses", "me secoue tous les matins pour que je me réveille", "tickles me". A reason that is no care ("pour un
 * rien", "pour me punir") keeps the act.
 */
const CARE_PURPOSE = new Set([
  ...['reveiller', 'reveille', 'coiffer', 'peigner', 'tresses', 'tresse', 'nattes', 'couettes', 'chignon', 'demeler'],
  ...['laver', 'habiller', 'masser', 'chatouiller', 'jouer', 'rire', 'blague', 'plaisanter', 'jeu'],
  ...['wake', 'braid', 'braids', 'brush', 'tickle', 'play', 'joke', 'fun', 'game'],
]);
const CARE_REACH = 8;

function carePurpose(tokens: Tokens, seg: Segments, act: Hit): boolean {
  const clause = seg.clause[act.last];
  const end = Math.min(tokens.count - 1, act.last + CARE_REACH);
  for (let i = act.last + 1; i <= end && seg.clause[i] === clause; i++)
    if (CARE_PURPOSE.has(normAt(tokens, i) ?? '')) return true;
  return false;
}

/** Words after an act that turn it into an idiom or a game: "me pousse à", "me bat aux cartes", "hits me up". */
const IDIOM_NEXT = new Set(['a', 'au', 'aux', 'up', 'on']);
const IDIOM_AFTER_PREPOSITION = new Set(['nerfs', 'systeme', 'oeil', 'nerves']);

/** Acts that take a place after "à / au": "attache mon petit frère au radiateur", "enfermée à la cave". */
const BINDING_VERBS = new Set([
  'attache',
  'attachait',
  'attachee',
  'enferme',
  'enfermait',
  'enfermee',
  'locks',
  'locked',
]);

function bindsToAPlace(tokens: Tokens, act: Hit): boolean {
  for (let i = act.first; i <= act.last; i++) if (BINDING_VERBS.has(normAt(tokens, i) ?? '')) return true;
  return false;
}

function harmIdiom(tokens: Tokens, seg: Segments, act: Hit): boolean {
  const next = act.last + 1;
  if (seg.clause[next] !== seg.clause[act.last]) return false;
  if (IDIOM_NEXT.has(normAt(tokens, next) ?? '')) return !bindsToAPlace(tokens, act);
  return (
    IDIOM_AFTER_PREPOSITION.has(normAt(tokens, next + 2) ?? '') ||
    IDIOM_AFTER_PREPOSITION.has(normAt(tokens, next + 3) ?? '')
  );
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** "j'en peux plus de Paris", "i'm done with work": the state is about its object (not "de vivre", "with it all"). */
function stateHasObject(tokens: Tokens, seg: Segments, state: Hit): boolean {
  const next = state.last + 1;
  if (next >= tokens.count || tokens.types[next] !== TokenType.Word || seg.clause[next] !== seg.clause[state.last])
    return false;
  if (!STATE_OBJECTS.has(normAt(tokens, next) ?? '')) return false;
  const object = normAt(tokens, next + 1) ?? '';
  if (LIFE_OBJECTS.has(object)) return false;
  // "j'en peux plus de cette vie", "de ma vie": life itself, behind a determiner.
  return !(LIFE_DETERMINERS.has(object) && LIFE_NOUNS.has(normAt(tokens, next + 2) ?? ''));
}

const LIFE_DETERMINERS = new Set(['cette', 'ma', 'la', 'this', 'my']);
const LIFE_NOUNS = new Set(['vie', 'existence', 'life']);

/** In `slotRolesOf`: bit r marks the notion of `SLOT_RULES[r]`, bit `SLOT_FRAME_SHIFT + r` its frame. */
const SLOT_FRAME_SHIFT = 8;
/** Each signal entry's parts in `SLOT_RULES`, as bits (built once per lexicon, so a hit costs an array read). */
const slotRolesOf = perLexicon(slotRoles);

function slotRoles(lexicon: RuntimeLexicon): Uint16Array {
  const roles = new Uint16Array(lexicon.entries.length);
  lexicon.entries.forEach((entry: CompiledEntry, e) => {
    if (entry.kind !== 'signal') return;
    SLOT_RULES.forEach((rule, r) => {
      if (entry.tags.includes(rule.notion)) roles[e]! |= 1 << r;
      if (entry.tags.includes(rule.frame)) roles[e]! |= 1 << (SLOT_FRAME_SHIFT + r);
    });
  });
  return roles;
}

/** The nearest frame before `notion` in its clause, as one hit spanning both with the words between skipped. */
function pairedFrame(
  slots: Uint16Array,
  tokens: Tokens,
  seg: Segments,
  hits: readonly Hit[],
  frameBit: number,
  notion: Hit,
): Hit | null {
  let best: Hit | null = null;
  for (const frame of hits) {
    if (frame.last >= notion.first || !(slots[frame.entry]! & frameBit)) continue;
    if (!sameStatement(seg, frame.last, notion.first)) continue;
    if (!cleanGap(tokens, frame.last + 1, notion.first - 1)) continue;
    if (!best || frame.last > best.last) best = frame;
  }
  if (!best) return null;
  const gap = best.last + 1 <= notion.first - 1 ? [best.last + 1, notion.first - 1] : null;
  return { entry: notion.entry, first: best.first, last: notion.last, skipped: gap };
}

/**
 * Tokens `a` ≤ `b` in one clause, or in two clauses that only a new subject split ("c'est décidé je rejoins…": the
 * frame's clause is complete before "je", and the gap between the halves must still be filler words).
 */
function sameStatement(seg: Segments, a: number, b: number): boolean {
  const ca = seg.clause[a] ?? -1;
  const cb = seg.clause[b] ?? -1;
  return ca === cb || (cb === ca + 1 && seg.softStarts?.[cb] === 1);
}

function cleanGap(tokens: Tokens, from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i <= to; i++) {
    if (tokens.types[i] !== TokenType.Word) continue;
    const word = normAt(tokens, i) ?? '';
    if (++words > MAX_GAP_WORDS || !GAP_FILLERS.has(word)) return false;
  }
  return true;
}

function hasObject(tokens: Tokens, seg: Segments, notion: Hit): boolean {
  const next = notion.last + 1;
  return (
    next < tokens.count &&
    tokens.types[next] === TokenType.Word &&
    seg.clause[next] === seg.clause[notion.last] &&
    NOTION_OBJECTS.has(normAt(tokens, next) ?? '')
  );
}

/**
 * A reflexive notion must match the subject before the frame: "me tuer" after "je" (or no subject, SMS style),
 * "se tuer" after "il", "mon frère". The nearest subject word in the clause decides.
 */
function personsAgree(tokens: Tokens, seg: Segments, pair: Hit, notion: Hit): boolean {
  const reflexive = normAt(tokens, notion.first) ?? '';
  const lastWord = normAt(tokens, notion.last) ?? '';
  const first = FIRST_PERSON_REFLEXIVE.has(reflexive) || lastWord === 'myself';
  const other = OTHER_PERSON_REFLEXIVE.has(reflexive) || OTHER_PERSON_REFLEXIVE.has(lastWord);
  if (!first && !other) return true;
  if (first)
    for (let i = pair.first; i < notion.first; i++) if (OTHER_PERSON_FRAMES.has(normAt(tokens, i) ?? '')) return false;
  const clause = seg.clause[pair.first];
  for (let i = pair.first - 1; i >= 0 && seg.clause[i] === clause; i--) {
    const word = normAt(tokens, i) ?? '';
    if (FIRST_PERSON_SUBJECTS.has(word)) return first;
    if (OTHER_SUBJECTS.has(word)) return other;
  }
  return true;
}
