/**
 * Answer checks for assistant messages: the "points à vérifier" shown beside a chatbot's health answer.
 * They point at things to verify; they never judge the answer as right or wrong.
 */
import { contextIndex, CueLists, isCurrent, segment, sortHits, type Segments } from './context.ts';
import type { CompiledEntry, CueType } from './lexicon/compiled-types.ts';
import { defaultLexicon, type RuntimeLexicon } from './lexicon/runtime.ts';
import type { Hit } from './lexicon/trie.ts';
import { normAt, tokenize, type Tokens, TokenType } from './text/tokenize.ts';
import type { Analysis, CheckFinding, Language, RedFlagCategory } from './types.ts';

/** Numbers that look like a year give the answer a date ("recommandations de 2023"). */
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

/** Category-specific services that also answer an emergency (besides 15/112/urgences). */
const SPECIFIC_HELP: Partial<Record<RedFlagCategory, CueType>> = {
  poisoning: 'emergency_poisoning',
  suicide: 'emergency_suicide',
  violence: 'emergency_violence',
  pregnancy: 'emergency_pregnancy',
};

/** Services answered by health professionals: a referral to them is professional advice. */
const STAFFED_SERVICES: readonly CueType[] = ['emergency_poisoning', 'emergency_suicide', 'emergency_pregnancy'];

export interface CheckInput {
  readonly lexicon: RuntimeLexicon;
  /** The answer's text (a few checks read its capitals, which the tokens fold away). */
  readonly text: string;
  readonly tokens: Tokens;
  readonly seg: Segments;
  readonly cues: CueLists;
  readonly content: readonly Hit[];
  readonly health: boolean;
  readonly previousUser?: Analysis | undefined;
}

/**
 * Computes the answer checks of one assistant message (internal: called by `analyze`).
 *
 * @example answerChecks(input).map((c) => c.id) // ['verify_dosage', 'no_source']
 */
export function answerChecks(input: CheckInput): CheckFinding[] {
  const { lexicon, tokens, seg, cues, content, health } = input;
  const checks: CheckFinding[] = [];
  const negations = (cues.get('negation') ?? []).filter(
    (hit) => !urgency(tokens, hit) && !permissionAfter(tokens, hit.last) && !encouragement(tokens, hit),
  );
  const onlyNegations = new CueLists();
  onlyNegations.set('negation', negations);
  const index = contextIndex(seg, onlyNegations);
  const current = (hit: Hit): boolean => isCurrent(tokens, seg, index, hit);
  const affirmed = (type: CueType): Hit | undefined => (cues.get(type) ?? []).find(current);
  const span = (hit: Hit) => ({ start: tokens.starts[hit.first] ?? 0, end: tokens.ends[hit.last] ?? 0 });

  if (health) {
    const drugs = content.filter((hit) => (lexicon.entries[hit.entry] as CompiledEntry).flags?.includes('drug_name'));
    const dose = (cues.get('dose') ?? []).find((hit) => countedDose(input, hit, current)) ?? drugs[0];
    if (dose) checks.push({ id: 'verify_dosage', span: span(dose) });
    // "il ne faut pas arrêter", "vous ne devez jamais doubler", "don't stop", "avoid skipping": advice against a change.
    const professionals = cues.get('professional') ?? [];
    const advised = (hit: Hit): boolean =>
      current(hit) &&
      !wordBefore(tokens, seg, hit, ADVICE_AGAINST, ADVICE_AGAINST_REACH, (at) => notAgainst(tokens, at)) &&
      !wordBefore(tokens, seg, hit, CONDITIONS, CONDITION_REACH, (at) =>
        SELF_CONDITIONS.has(normAt(tokens, at + 1) ?? ''),
      ) &&
      !professionalActs(tokens, seg, professionals, hit) &&
      !judgedAfter(tokens, seg, hit) &&
      !PURPOSE.has(normAt(tokens, hit.first - 1) ?? '') &&
      !upToLimit(tokens, hit);
    const change = (cues.get('treatment_change') ?? []).find(advised) ?? changeOfMedicine(input, drugs, advised);
    if (change) checks.push({ id: 'treatment_change', span: span(change) });
    const professional = (cues.get('professional') ?? []).find(
      (hit) =>
        (current(hit) || wordBefore(tokens, seg, hit, WITHOUT, WITHOUT_REACH)) &&
        !wordBefore(tokens, seg, hit, OPINION_HOLDERS, OPINION_REACH),
    );
    // The centre antipoison, 3114 or the maternité are staffed by professionals: sending the reader there is advice.
    const service = STAFFED_SERVICES.some((type) => affirmed(type) !== undefined);
    const call = (cues.get('emergency_call') ?? []).some((hit) => current(hit) && !rescueKit(tokens, hit));
    if (!professional && !call && !service) checks.push({ id: 'no_professional_advice' });
    const absolute =
      (cues.get('absolute') ?? []).find(
        (hit) =>
          (current(hit) || ownNegation(tokens, seg, hit)) &&
          !wordBefore(tokens, seg, hit, HEDGES, HEDGE_REACH) &&
          !wordBefore(tokens, seg, hit, DENIALS, HEDGE_REACH) &&
          !QUALIFIERS.has(normAt(tokens, hit.last + 1) ?? ''),
      ) ?? absoluteByParts(input, cues, (hit) => current(hit) || ownNegation(tokens, seg, hit));
    if (absolute) checks.push({ id: 'absolute_claim', span: span(absolute) });
    if (
      !(cues.get('source') ?? []).some((hit) => namedSource(input, hit)) &&
      !hasYear(tokens) &&
      !properSource(input)
    ) {
      checks.push({ id: 'no_source' });
    }
  }
  const previous = input.previousUser;
  if (previous && previous.redFlags.length > 0) {
    const now = (type: CueType): boolean =>
      (cues.get(type) ?? []).some(
        (hit) => current(hit) && !deferred(input, hit) && !rescueKit(tokens, hit) && !callAsSubject(tokens, seg, hit),
      );
    const covered = (category: RedFlagCategory): boolean => {
      if (now('emergency_call')) return true;
      const specific = SPECIFIC_HELP[category];
      return specific !== undefined && now(specific);
    };
    if (!previous.redFlags.every((flag) => covered(flag.category))) checks.push({ id: 'missed_emergency' });
  }
  return checks;
}

/**
 * Nouns before "de secours" that name a reserve, not the emergency services: "votre inhalateur de secours", "la trousse
 * de secours", "les premiers secours" (first aid). "Le numéro de secours", "en attendant les secours" stay a call.
 */
const RESCUE_CALLS = new Set(['numero', 'numeros', 'service', 'services', 'appel', 'appels', 'les', 'aux', 'des']);

/** Verbs after "les urgences" as a subject: "les urgences sont saturées", "les urgences risquent d'être pleines". */
const SUBJECT_VERBS = new Set([
  ...['sont', 'seront', 'etaient', 'restent', 'risquent', 'peuvent', 'vont', 'ont', 'debordent', 'deborderont'],
  ...['are', 'were', 'will', 'can', 'may', 'get'],
]);

/**
 * "Les urgences sont souvent saturées le week-end, mieux vaut attendre lundi", "A&E will be packed": the emergency
 * department named as a subject, at the start of its clause, is talked about, not where the reader is sent.
 */
function callAsSubject(tokens: Tokens, seg: Segments, call: Hit): boolean {
  const start = call.first;
  if (start > 0 && seg.clause[start - 1] === seg.clause[start]) return false;
  return SUBJECT_VERBS.has(normAt(tokens, call.last + 1) ?? '');
}

function rescueKit(tokens: Tokens, call: Hit): boolean {
  if (call.first !== call.last || normAt(tokens, call.first) !== 'secours') return false;
  const before = normAt(tokens, call.first - 1) ?? '';
  if (before === 'premiers' || before === 'premier') return true;
  return before === 'de' && !RESCUE_CALLS.has(normAt(tokens, call.first - 2) ?? '');
}

/**
 * An absolute claim in two parts of one clause: an absolute word (`absolute_marker`: "toujours", "à chaque fois",
 * "n'importe qui", "every single") and what a remedy does or spares (`claim_effect`: "guérit", "élimine", "abîme",
 * "kills", "hurts"), in either order: "ce kyste disparaît de lui-même à chaque fois", "la cortisone n'abîme jamais la
 * peau", "cold showers boost your immune system in every single person". Phrase lists of whole claims missed most
 * claims worded otherwise (a fresh batch: 7 of 20). Not when the absolute word is hedged or denied ("pas toujours",
 * "presque jamais", "not always", "no medicine works for everyone": `affirmed`, as for an `absolute` cue). The effect
 * words are third-person statements: advice to the reader ("ne dépassez jamais", "always read the leaflet") names no
 * effect, and an absolute word that opens its clause gives an instruction.
 */
function absoluteByParts(input: CheckInput, cues: CueLists, affirmed: (hit: Hit) => boolean): Hit | undefined {
  const effects = cues.get('claim_effect');
  if (!effects) return undefined;
  const { tokens, seg } = input;
  return (cues.get('absolute_marker') ?? []).find(
    (marker) =>
      hasEffectInClause(seg, effects, marker) &&
      affirmed(marker) &&
      !wordBefore(tokens, seg, marker, HEDGES, HEDGE_REACH) &&
      !wordBefore(tokens, seg, marker, MARKER_DENIALS, 1) &&
      // "Always protect your skin", "Toujours bien rincer": an absolute word opening its clause gives an instruction.
      seg.clause[marker.first - 1] === seg.clause[marker.first],
  );
}

function hasEffectInClause(seg: Segments, effects: readonly Hit[], marker: Hit): boolean {
  return effects.some((effect) => seg.clause[effect.first] === seg.clause[marker.first]);
}

/**
 * An absolute word and an effect in one clause (see `absoluteByParts`): like an `absolute` cue, it makes an answer a
 * claim about the remedy it names ("les probiotiques rééquilibrent la flore de n'importe qui"), whose name then counts
 * as health (topics `with: [claim]`).
 */
export function claimInParts(cues: CueLists, seg: Segments): boolean {
  const effects = cues.get('claim_effect');
  return (
    effects !== undefined &&
    (cues.get('absolute_marker') ?? []).some((marker) => hasEffectInClause(seg, effects, marker))
  );
}

/** "pas toujours", "not always", "pas à chaque fois": a negation just before the absolute word denies it. */
const MARKER_DENIALS = new Set(['pas', 'not', 'ni', 'nor']);

/**
 * Words an absolute claim carries as its own negation ("aucun effet secondaire", "rien de grave", "nothing serious",
 * "pas un cancer"): the "ne / n'" before it belongs to the claim ("la mélatonine n'a jamais aucun effet secondaire",
 * "ce n'est certainement rien de grave"), it does not deny it.
 */
const CLAIM_NEGATIVES = new Set([
  ...['aucun', 'aucune', 'rien', 'jamais', 'sans', 'pas', 'nul', 'nulle', 'zero'],
  ...['no', 'nothing', 'never', 'not', 'without', 'zero'],
]);

/**
 * An absolute claim that holds its own negation and has no other denial before it in its clause: the negation cue
 * the context found is the claim's own ("n'a jamais aucun", "n'est certainement rien de grave").
 */
function ownNegation(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  let negative = false;
  for (let i = hit.first; i <= hit.last && !negative; i++) negative = CLAIM_NEGATIVES.has(normAt(tokens, i) ?? '');
  if (!negative) return false;
  const clause = seg.clause[hit.first];
  for (let i = hit.first - 1; i >= 0 && seg.clause[i] === clause; i--) {
    const word = normAt(tokens, i) ?? '';
    if (CLAIM_DENIERS.has(word)) return false;
    // "n'a jamais aucun effet" carries on the claim's own negation; "n'est jamais totalement sans risque" denies it.
    if (word === 'jamais' && !(i === hit.first - 1 && QUANTIFIERS.has(normAt(tokens, hit.first) ?? ''))) return false;
  }
  return true;
}

/** Negative quantifiers that may follow "jamais" inside the claim's own negation ("n'a jamais aucun effet"). */
const QUANTIFIERS = new Set(['aucun', 'aucune', 'rien', 'le', 'la', 'nul', 'nulle']);

/** Conditions ("si", "if", "en cas de", "should") that may put off an emergency call to a later event. */
const DEFER_CONDITIONS = new Set(['si', 'if', 'should', 'cas', 'when', 'quand', 'once']);
/** Later events: "si ça recommence", "si ça s'aggrave", "if it happens again", "if it gets worse", "demain". */
const LATER_EVENTS = new Set([
  ...['recommence', 'recommencent', 'reapparait', 'reapparaissent', 'revient', 'reviennent', 'aggrave', 'aggravent'],
  ...['empire', 'empirent', 'persiste', 'persistent', 'continue', 'continuent', 'dure', 'durent', 'demain', 'nouveau'],
  ...['again', 'worse', 'worsens', 'worsen', 'persists', 'persist', 'continues', 'recurs', 'returns', 'tomorrow'],
]);
/** Words from the condition to its later event ("si les douleurs persistent", "if it happens again"). */
const DEFER_REACH = 5;

/**
 * An emergency call put off to a later event: "appelez le 15 si ça recommence", "ring 999 if it happens again", "si
 * ça s'aggrave, allez aux urgences". The user's red flag is happening now: a call kept for later does not answer it.
 * Read in the call's sentence only.
 */
function deferred(input: CheckInput, call: Hit): boolean {
  const { tokens, seg } = input;
  const sentence = seg.sentence[call.first];
  let i = call.first;
  while (i > 0 && seg.sentence[i - 1] === sentence) i--;
  for (; i < tokens.count && seg.sentence[i] === sentence; i++) {
    if (!DEFER_CONDITIONS.has(normAt(tokens, i) ?? '')) continue;
    for (let j = i + 1; j <= i + DEFER_REACH && j < tokens.count && seg.sentence[j] === sentence; j++) {
      if (LATER_EVENTS.has(normAt(tokens, j) ?? '')) return true;
    }
  }
  return false;
}

/** Words a change verb may have before the medicine or dose it acts on ("arrêtez dès demain le Tahor"). */
const CHANGE_REACH = 6;
/**
 * Words a medicine may have before a change of schedule said after it: "prenez votre statine un soir sur deux",
 * "prenez votre Bisoprolol le soir et non plus le matin", "take your statin every other day". Only for schedules: before
 * a verb of quantity the medicine is its subject ("ce médicament peut augmenter le risque", "inhalers reduce
 * inflammation"), and a dose is never read backwards ("au début d'une bouffée (de chaleur), … en réduire l'intensité").
 */
const CHANGE_REACH_BACK = 4;

/**
 * A change verb ("arrêtez", "sautez", "passez à", "skip", "switch to") or a change of schedule ("un soir sur deux",
 * "rather than in the morning") close to a medicine, in the same clause: a drug's name, the reader's medicine ("votre
 * comprimé", "your inhaler") or, after a verb, a dose. Advice to change a treatment, whatever the medicine ("vous
 * pouvez arrêter l'amoxicilline", "passez à 75 µg", "skip your metformin"). The verb must be affirmed (not "n'arrêtez
 * pas").
 */
function changeOfMedicine(input: CheckInput, drugs: readonly Hit[], current: (hit: Hit) => boolean): Hit | undefined {
  const { seg, cues } = input;
  const verbs = cues.get('change_verb') ?? [];
  const schedules = cues.get('change_schedule') ?? [];
  if (verbs.length === 0 && schedules.length === 0) return undefined;
  const doses = cues.get('dose') ?? [];
  // A drug named by its suffix ("bisoprolol", "sertraline") is a dose cue too, for `verify_dosage`.
  const named = doses.filter((hit) => (input.lexicon.entries[hit.entry] as CompiledEntry).flags?.includes('drug_name'));
  const medicines = [...(cues.get('medicine') ?? []), ...drugs, ...named];
  if (medicines.length === 0 && doses.length === 0) return undefined;
  const sameClause = (verb: Hit, hit: Hit): boolean => seg.clause[hit.first] === seg.clause[verb.last];
  // After the verb, the medicine may share the verb's last word ("move your" + "your blood pressure tablet").
  const after = (verb: Hit, hit: Hit): boolean =>
    sameClause(verb, hit) && hit.first >= verb.last && hit.last > verb.last && hit.first - verb.last <= CHANGE_REACH;
  const before = (verb: Hit, hit: Hit): boolean =>
    seg.clause[hit.last] === seg.clause[verb.first] &&
    hit.last < verb.first &&
    verb.first - hit.last <= CHANGE_REACH_BACK;
  const objectAfter = (verb: Hit): boolean =>
    medicines.some((hit) => after(verb, hit)) || doses.some((hit) => after(verb, hit));
  return (
    verbs.find((verb) => objectAfter(verb) && current(verb)) ??
    schedules.find((verb) => (objectAfter(verb) || medicines.some((hit) => before(verb, hit))) && current(verb)) ??
    verbs.find(
      (verb) => pronounObject(input, verb) && medicines.some((hit) => antecedent(seg, verb, hit)) && current(verb),
    ) ??
    schedules.find(
      (verb) => pronounBefore(input, verb) && medicines.some((hit) => antecedent(seg, verb, hit)) && current(verb),
    )
  );
}

/** Object pronouns before a French verb ("l'arrêter", "de le supprimer") or after an imperative ("remplacez-la"). */
const PRONOUNS_BEFORE = new Set(['le', 'la', 'l', 'les']);
const PRONOUNS_AFTER = new Set(['le', 'la', 'les', 'it', 'them']);

/**
 * The change verb's object is a pronoun: "il vaudrait mieux l'arrêter", "le plus simple est de le supprimer",
 * "remplacez-la par…", "just stop it", "skip them". Who it stands for is read from a medicine named near it
 * (`antecedent`). After the verb, a French pronoun needs its hyphen: "arrêtez le sport" has an article.
 */
function pronounObject(input: CheckInput, verb: Hit): boolean {
  const { tokens, text } = input;
  if (PRONOUNS_BEFORE.has(normAt(tokens, verb.first - 1) ?? '')) return true;
  const next = normAt(tokens, verb.last + 1) ?? '';
  if (!PRONOUNS_AFTER.has(next)) return false;
  // "coming off it is something to plan": a gerund is the sentence's subject, not an imperative.
  if (next === 'it' || next === 'them') return !(normAt(tokens, verb.first) ?? '').endsWith('ing');
  return text.slice(tokens.ends[verb.last], tokens.starts[verb.last + 1]) === '-';
}

/** Either kind of object pronoun, looked for before a change of schedule (`wordBefore`). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS_BEFORE, ...PRONOUNS_AFTER]);

/**
 * A pronoun object among the few words before a change of schedule: "donnez-le-lui le matin au lieu du soir",
 * "prenez-la le soir plutôt que le matin", "take it at night rather than in the morning".
 */
function pronounBefore(input: CheckInput, schedule: Hit): boolean {
  return wordBefore(input.tokens, input.seg, schedule, OBJECT_PRONOUNS, CHANGE_REACH_BACK);
}

/** A medicine named before the verb (in its sentence or the one before) or after it in its sentence: what a pronoun stands for. */
function antecedent(seg: Segments, verb: Hit, medicine: Hit): boolean {
  const gap = (seg.sentence[verb.first] ?? 0) - (seg.sentence[medicine.last] ?? 0);
  // "Arrêtez-la progressivement, c'est la bonne méthode pour la paroxétine": named later in the same sentence.
  if (medicine.first > verb.last) return gap === 0;
  return gap >= 0 && gap <= 1;
}

/**
 * Words a professional may have before the change they make ("votre médecin pourra peut-être ajuster la dose",
 * "votre diabétologue est le mieux placé pour décider s'il faut réduire l'insuline").
 */
const PROFESSIONAL_REACH = 10;
/** The reader as subject: "avec votre médecin, vous pouvez réduire…" is advice to the reader again. */
const READER = new Set(['vous', 'tu', 'you']);

/**
 * "votre médecin pourra ajuster la dose", "your doctor might adjust your dose", "l'endocrinologue augmente souvent
 * la dose": the professional, named before the change in its clause, makes it; the answer describes their role and
 * does not advise the reader to change anything.
 */
function professionalActs(tokens: Tokens, seg: Segments, professionals: readonly Hit[], change: Hit): boolean {
  const clause = seg.clause[change.first];
  return (
    professionals.some((pro) => {
      if (pro.last >= change.first || change.first - pro.last > PROFESSIONAL_REACH) return false;
      if (seg.clause[pro.last] !== clause) return false;
      for (let i = pro.last + 1; i < change.first; i++) if (READER.has(normAt(tokens, i) ?? '')) return false;
      return true;
    }) ||
    thirdPartyActs(tokens, seg, change) ||
    peopleAct(tokens, seg, change) ||
    namedProfessionalActs(tokens, seg, professionals, change) ||
    supervisedBy(tokens, seg, professionals, change)
  );
}

/**
 * Words that may stand between a change's partner word and the professional: "adapter les doses avec son
 * diabétologue", "réduire la cortisone en accord avec votre médecin", "taper off under the supervision of your doctor".
 */
const SUPERVISION_WORDS = new Set([
  ...['avec', 'en', 'accord', 'concertation', 'lien', 'sous', 'le', 'la', 'l', 'les', 'controle', 'surveillance'],
  ...['supervision', 'suivi', 'de', 'd', 'du', 'un', 'une', 'votre', 'vos', 'son', 'sa', 'ses', 'ton', 'ta', 'tes'],
  ...['leur', 'with', 'under', 'the', 'a', 'an', 'of', 'your', 'his', 'her', 'their', 'guidance', 'help'],
]);
/** The words that make the professional a partner of the change ("avec", "sous" contrôle, "en accord" avec). */
const SUPERVISION_LINKS = new Set(['avec', 'with', 'sous', 'under', 'accord']);
/** Words of the change's object before the partner word ("la cortisone", "the dose"): at most this many. */
const SUPERVISION_OBJECT = 3;
/** Words that start another statement, not the object of the change: "doublez la dose et voyez avec votre médecin". */
const STATEMENT_BREAKS = new Set([
  ...['et', 'puis', 'ou', 'mais', 'pour', 'si', 'que'],
  ...['and', 'then', 'or', 'but', 'to', 'if'],
]);
/** How many words after a change its professional may stand ("… la cortisone en accord avec votre médecin": six). */
const SUPERVISION_REACH = 8;

/**
 * "Il faut adapter les doses avec son diabétologue", "réduisez la cortisone en accord avec votre médecin": a change
 * made with a professional, named right after it in its clause, is not advice to change alone; the answer already
 * sends the reader to them.
 */
function supervisedBy(tokens: Tokens, seg: Segments, professionals: readonly Hit[], change: Hit): boolean {
  const clause = seg.clause[change.last];
  return professionals.some((pro) => {
    if (pro.first <= change.last || pro.first - change.last > SUPERVISION_REACH) return false;
    if (seg.clause[pro.first] !== clause) return false;
    let linked = false;
    let object = 0;
    for (let i = change.last + 1; i < pro.first; i++) {
      const word = normAt(tokens, i) ?? '';
      if (SUPERVISION_LINKS.has(word)) linked = true;
      else if (linked ? !SUPERVISION_WORDS.has(word) : STATEMENT_BREAKS.has(word) || ++object > SUPERVISION_OBJECT)
        return false;
    }
    return linked;
  });
}

/**
 * "pour couper un comprimé sécable, utilisez un coupe-comprimé", "afin d'arrêter…": a change said as a purpose
 * introduces how to do it, not advice to do it (what the reader should do follows it).
 */
const PURPOSE = new Set(['pour', 'afin']);

/**
 * "Give up to 4 doses in 24 hours": "up to" is a limit, not "give up" (a change). Read on the hit's "up".
 */
function upToLimit(tokens: Tokens, change: Hit): boolean {
  for (let i = change.first; i < change.last; i++) {
    if (normAt(tokens, i) === 'up' && normAt(tokens, i + 1) === 'to') return true;
  }
  return false;
}

/** Judgements after a change said in the infinitive ("diviser le comprimé n'a pas d'intérêt", "est inutile"). */
const JUDGED_AFTER = new Set([
  ...['interet', 'inutile', 'deconseille', 'deconseillee', 'dangereux', 'dangereuse'],
  ...['pointless', 'unnecessary', 'dangerous', 'unsafe', 'risky', 'useless'],
]);
/** Infinitive and gerund endings: the change is the sentence's subject, not an imperative. */
const SUBJECT_FORM = /(?:er|ir|re|ing)$/;
/** Words from the change to the judgement said of it. */
const JUDGED_REACH = 8;

/**
 * "Diviser le comprimé de Kardégic n'a pas d'intérêt", "arrêter brutalement est dangereux", "stopping suddenly is
 * risky": the change, said in the infinitive or the gerund, is the subject of a judgement against it.
 */
function judgedAfter(tokens: Tokens, seg: Segments, change: Hit): boolean {
  if (!SUBJECT_FORM.test(normAt(tokens, change.first) ?? '')) return false;
  const clause = seg.clause[change.first];
  for (let i = change.last + 1; i < tokens.count && i - change.last <= JUDGED_REACH && seg.clause[i] === clause; i++) {
    if (JUDGED_AFTER.has(normAt(tokens, i) ?? '')) return true;
  }
  return false;
}

/** Subjects that make a change a description of what people do ("beaucoup de gens arrêtent…", "many people stop…"). */
const PEOPLE = new Set([
  ...['gens', 'personnes', 'patients', 'patientes', 'malades', 'certains', 'certaines', 'beaucoup'],
  ...['people', 'many', 'some', 'most', 'others'],
]);
/** Words a change may have after its general subject ("beaucoup de patients dans votre cas diminuent…"). */
const PEOPLE_REACH = 5;

/**
 * "Beaucoup de gens arrêtent trop tôt leur antidépresseur", "many people stop their antibiotics as soon as…": the
 * answer describes what others do (often to warn against it), it does not advise the reader to change.
 */
function peopleAct(tokens: Tokens, seg: Segments, change: Hit): boolean {
  const clause = seg.clause[change.first];
  for (let i = change.first - 1; i >= 0 && change.first - i <= PEOPLE_REACH && seg.clause[i] === clause; i--) {
    const word = normAt(tokens, i) ?? '';
    if (READER.has(word)) return false;
    if (PEOPLE.has(word)) return true;
  }
  return false;
}

/** "(your GP;) they may lower the dose": a third party, named earlier, with a modal verb just before the change. */
const THIRD_PARTY = new Set(['they']);
const MODALS = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'should']);

function thirdPartyActs(tokens: Tokens, seg: Segments, change: Hit): boolean {
  const clause = seg.clause[change.first];
  const modal = change.first - 1;
  const subject = change.first - 2;
  if (subject < 0 || seg.clause[subject] !== clause) return false;
  return MODALS.has(normAt(tokens, modal) ?? '') && THIRD_PARTY.has(normAt(tokens, subject) ?? '');
}

/** Pronouns and modal verbs of "(votre médecin :) il pourra adapter la dose", "(see your GP,) she may lower the dose". */
const PRONOUN_SUBJECTS = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they']);
const PRONOUN_MODALS = new Set([
  ...['pourra', 'pourront', 'peut', 'peuvent', 'saura', 'sauront', 'va', 'vont', 'devra', 'devront', 'pourrait'],
  ...MODALS,
]);

/**
 * "Parlez-en à votre médecin : il pourra adapter la dose": a pronoun and a modal verb just before the change, with a
 * professional named earlier in the sentence, say what the professional may do, not what the reader should. Without
 * a professional before, "il peut arrêter son traitement" (a relative) stays advice.
 */
function namedProfessionalActs(tokens: Tokens, seg: Segments, professionals: readonly Hit[], change: Hit): boolean {
  const subject = change.first - 2;
  if (subject < 0 || !PRONOUN_MODALS.has(normAt(tokens, change.first - 1) ?? '')) return false;
  if (!PRONOUN_SUBJECTS.has(normAt(tokens, subject) ?? '')) return false;
  const sentence = seg.sentence[change.first];
  return professionals.some((pro) => pro.last < subject && seg.sentence[pro.first] === sentence);
}

/** "sans attendre", "sans tarder", "without delay": urgency, not a negation ("contactez sans attendre le 15"). */
const URGENCY_AFTER_WITHOUT = new Set([
  'attendre',
  'tarder',
  'delai',
  'hesiter',
  'waiting',
  'delay',
  'hesitation',
  'hesitating',
  // "vous pouvez sans crainte sauter la dose", "sans problème", "without worry": reassurance, not a negation.
  ...[
    'crainte',
    'probleme',
    'souci',
    'soucis',
    'inquietude',
    'peur',
    'worry',
    'worries',
    'fear',
    'problem',
    'problems',
  ],
]);

function urgency(tokens: Tokens, negation: Hit): boolean {
  return (
    WITHOUT.has(normAt(tokens, negation.last) ?? '') &&
    URGENCY_AFTER_WITHOUT.has(normAt(tokens, negation.last + 1) ?? '')
  );
}

/** Judgements against a change ("déconseillé de", "dangerous to"); negated, they permit it. */
const JUDGEMENTS_AGAINST = ['deconseille', 'deconseillee', 'dangereux', 'dangereuse', 'dangerous', 'unsafe', 'unwise'];

/**
 * Nouns that turn a negation into a permission: "il n'y a pas de risque à espacer…", "ce n'est pas grave d'oublier…",
 * "there's no harm in skipping…", "it's not a problem to stop…". The change that follows is advised, not advised against.
 */
const PERMISSION_AFTER_NEGATION = new Set([
  ...['risque', 'danger', 'probleme', 'souci', 'grave', 'inconvenient', 'contre', 'mal'],
  ...['harm', 'problem', 'issue', 'risk', 'danger', 'big', 'worry'],
  // "ce n'est pas dangereux de sauter une prise": a judgement against, negated.
  ...JUDGEMENTS_AGAINST,
]);
/** Articles between the negation and that noun ("pas de risque", "not a problem", "pas un problème"). */
const PERMISSION_ARTICLES = new Set(['de', 'd', 'un', 'une', 'du', 'a', 'an', 'any', 'really', 'vraiment', 'si']);

/**
 * The word at `at` is not advice against the change after it: a negation that opens a permission ("no harm", "pas de
 * risque", "pas un problème"), or a judgement against that a negation just before turns around ("pas dangereux").
 */
function notAgainst(tokens: Tokens, at: number): boolean {
  // "n'hésitez pas à sauter une prise", "don't hesitate to skip": encouragement, not advice against.
  if (HESITATION.has(normAt(tokens, at - 1) ?? '') || HESITATION.has(normAt(tokens, at + 1) ?? '')) return true;
  if (!JUDGEMENT_SET.has(normAt(tokens, at) ?? '')) return permissionAfter(tokens, at);
  return NEGATORS.has(normAt(tokens, at - 1) ?? '') || NEGATORS.has(normAt(tokens, at - 2) ?? '');
}

/** "N'hésitez pas à…", "don't hesitate to…": the negation is of the hesitation. */
const HESITATION = new Set(['hesitez', 'hesite', 'hesites', 'hesiter', 'hesitate']);

/** A negation of hesitating ("n'hésitez pas à sauter une prise"): it encourages what follows, it does not deny it. */
function encouragement(tokens: Tokens, negation: Hit): boolean {
  // The hesitation comes before the negation in French ("n'hésitez pas"), after it in English ("don't hesitate").
  for (let i = Math.max(0, negation.first - 1); i <= negation.last + 1; i++)
    if (HESITATION.has(normAt(tokens, i) ?? '')) return true;
  return false;
}

/** The negation word at `at` opens a permission ("no harm", "pas de risque", "pas un problème"). */
function permissionAfter(tokens: Tokens, at: number): boolean {
  let i = at + 1;
  while (i < tokens.count && PERMISSION_ARTICLES.has(normAt(tokens, i) ?? '') && i - at <= 2) i++;
  return PERMISSION_AFTER_NEGATION.has(normAt(tokens, i) ?? '');
}

/** Words that, just before a change verb, turn the advice around ("ne pas arrêter", "don't stop", "avoid skipping"). */
/**
 * Judgements against the change that follows them: "il est déconseillé de sauter des prises", "il est dangereux
 * d'arrêter la cortisone", "it is unsafe to stop…". After a negation they are a permission ("ce n'est pas dangereux de
 * sauter une prise"): see `PERMISSION_AFTER_NEGATION`.
 */
const JUDGEMENT_SET = new Set(JUDGEMENTS_AGAINST);
const NEGATORS = new Set(['pas', 'jamais', 'not', 'never']);
const ADVICE_AGAINST = new Set([
  ...['ne', 'n', 'pas', 'jamais', 'evitez', 'eviter', 'not', 'dont', 'never', 'no', 'avoid'],
  ...JUDGEMENTS_AGAINST,
]);
const ADVICE_AGAINST_REACH = 3;

/**
 * Words that, just before a change verb, make it a condition rather than advice: "si vous oubliez votre pilule,
 * prenez-la…", "if you stop your statin, your cholesterol rises", "quand vous arrêtez…"; and a precondition, "avant
 * d'arrêter votre traitement, parlez-en à votre médecin", "before switching, ask your pharmacist".
 */
const CONDITIONS = new Set([
  'si',
  'if',
  'whether',
  'quand',
  'lorsque',
  'lorsqu',
  'when',
  'whenever',
  'avant',
  'before',
]);
/** A condition reaches over its own subject and verb: "si vous souhaitez l'arrêter", "whether it is safe to pause it". */
const CONDITION_REACH = 5;
/** "si besoin, si nécessaire, if needed": the condition is the advice's own, the change is still advised. */
const SELF_CONDITIONS = new Set(['besoin', 'necessaire', 'needed', 'necessary', 'possible']);

/**
 * "sans l'avis de votre médecin", "sans en parler à votre pharmacien", "without checking with your doctor": a
 * professional named after "without" is still where the answer sends the reader (a negation for other cues).
 */
const WITHOUT = new Set(['sans', 'without']);
const WITHOUT_REACH = 6;

/**
 * "La plupart des spécialistes s'accordent à dire…", "de nombreux médecins pensent…", "most doctors agree…":
 * professionals quoted as a group hold an opinion; the answer does not send the reader to one.
 */
const OPINION_HOLDERS = new Set(['plupart', 'nombreux', 'nombreuses', 'beaucoup', 'most', 'many']);
const OPINION_REACH = 3;

/** "généralement sans danger", "usually safe": a hedged claim is not an absolute one. */
const HEDGES = new Set([
  'generalement',
  'habituellement',
  'souvent',
  'plutot',
  'normalement',
  'globalement',
  'presque',
  'quasiment',
  'quasi',
  'pratiquement',
  'rarement',
  'probablement',
  'almost',
  'nearly',
  'practically',
  'rarely',
  'probably',
  'usually',
  'generally',
  'mostly',
  'typically',
  'often',
  'normally',
  'relatively',
  'largely',
]);
const HEDGE_REACH = 3;
/**
 * A qualifier just after the claim narrows it: "sans risque majeur connu", "sans danger particulier", "no known
 * risk" stays a hedged statement of what is known, not a promise.
 */
const QUALIFIERS = new Set([
  ...['majeur', 'majeurs', 'connu', 'connus', 'particulier', 'notable', 'notables', 'grave', 'graves', 'important'],
  ...['significatif', 'demontre', 'documente', 'major', 'known', 'significant', 'serious', 'documented'],
]);
/** "Nothing is guaranteed", "none of them is risk-free": a subject that denies the claim ("rien ne…" has its "ne"). */
const DENIALS = new Set([
  ...['nothing', 'none', 'nobody', 'neither'],
  // "ce n'est pas garanti", "I can't promise it's nothing serious": a negation just before the claim denies it.
  ...['pas', 'ni', 'not', 'nor', 'cant', 'cannot', 'dont', 'doesnt', 'wont', 'isnt', 'arent'],
  // "rien ne garantit que…", "aucun traitement ne garantit…": a negative subject denies the claim.
  ...['rien', 'aucun', 'aucune'],
]);

/**
 * One of `words` among the `reach` words before the hit, in its clause (not counting a word at which `unless` holds).
 */
function wordBefore(
  tokens: Tokens,
  seg: Segments,
  hit: Hit,
  words: ReadonlySet<string>,
  reach: number,
  unless?: (at: number) => boolean,
): boolean {
  const clause = seg.clause[hit.first];
  for (let i = hit.first - 1; i >= 0 && hit.first - i <= reach && seg.clause[i] === clause; i--) {
    if (words.has(normAt(tokens, i) ?? '') && !unless?.(i)) return true;
  }
  return false;
}

/**
 * Words that deny or doubt the claim when said anywhere before it in its clause ("ce n'est pas sans risque", "I can't
 * promise"): the denials read right before any claim, and doubt.
 */
const CLAIM_DENIERS = new Set([
  ...DENIALS,
  ...['non', 'plus', 'guere', 'peut', 'doute', 'impossible', 'faux', 'personne'],
  ...['t', 'maybe', 'doubt'],
]);
/** Words of a dose named without a quantity: "la posologie", "votre dose", "the dosage", "dose maximale". */
const DOSE_WORDS = new Set([
  ...['la', 'le', 'votre', 'vos', 'une', 'sa', 'ta', 'leur', 'leurs', 'ma', 'mon', 'ton', 'son', 'ses', 'tes', 'mes'],
  ...['meme', 'dose', 'doses', 'posologie', 'posologies', 'dosage', 'dosages', 'maximale', 'maximum', 'journaliere'],
  ...['par', 'prise', 'the', 'your', 'a', 'max', 'daily', 'per', 'right', 'correct', 'bonne'],
]);
/** Verbs that ask a professional for something: "demandez à votre pharmacien la posologie", "ask your GP for the dose". */
const ASK = new Set([
  ...['demandez', 'demander', 'demande', 'voyez', 'verifiez', 'verifier', 'faites', 'renseignez'],
  ...['ask', 'asking', 'check', 'checking', 'confirm'],
]);
/** "Je ne peux pas vous donner de posologie", "I can't tell you the dose": a dose named only to be withheld. */
const DOSE_DENIALS = new Set(['pas', 'jamais', 'not', 'cant', 'cannot', 'never', 'unable']);
/** "La posologie dépend de son poids", "the dose varies with age": a dose said to vary, none given. */
const DEPENDS = new Set(['depend', 'dependent', 'varie', 'varient', 'depends', 'varies', 'vary']);
/** Words from the request verb (or the denial) to the dose it asks for. */
const ASK_REACH = 8;

/** Every word of the hit is in `words`. */
function onlyWords(tokens: Tokens, hit: Hit, words: ReadonlySet<string>): boolean {
  for (let i = hit.first; i <= hit.last; i++) {
    const type = tokens.types[i];
    if (type !== TokenType.Word && type !== TokenType.Number) continue;
    if (!words.has(normAt(tokens, i) ?? '')) return false;
  }
  return true;
}

/**
 * A dose cue that is a dose to verify: not a lab value per litre; a dose named without a quantity ("la posologie",
 * "the dose") only when affirmed and not what the reader is sent to ask a professional for ("je ne peux pas vous
 * indiquer de dose", "demandez à votre pharmacien la posologie adaptée", "ask your pharmacist for the right dose").
 */
function countedDose(input: CheckInput, hit: Hit, current: (hit: Hit) => boolean): boolean {
  const { tokens, seg, cues } = input;
  if (concentration(input, hit)) return false;
  if (symptomDuration(tokens, seg, hit)) return false;
  if (!onlyWords(tokens, hit, DOSE_WORDS)) return true;
  if (!current(hit) || wordBefore(tokens, seg, hit, DOSE_DENIALS, ASK_REACH)) return false;
  if (DEPENDS.has(normAt(tokens, hit.last + 1) ?? '')) return false;
  const clause = seg.clause[hit.first];
  if (!(cues.get('professional') ?? []).some((pro) => seg.clause[pro.first] === clause)) return true;
  return !wordBefore(tokens, seg, hit, ASK, ASK_REACH);
}

/** A duration bound ("plus de 3 jours", "more than 3 days") right after a symptom's "dure / lasts". */
const DURATION_BOUNDS = new Set(['plus', 'moins', 'au', 'more', 'less', 'longer']);
const LASTS = new Set(['dure', 'durent', 'persiste', 'persistent', 'lasts', 'last', 'persists', 'persist']);

/**
 * "Consultez si la fièvre dure plus de 3 jours", "see a doctor if it lasts more than 3 days": how long a symptom may
 * last before a visit, not how long to take a medicine ("ne prenez pas d'ibuprofène plus de 3 jours" stays a dose).
 */
function symptomDuration(tokens: Tokens, seg: Segments, hit: Hit): boolean {
  return DURATION_BOUNDS.has(normAt(tokens, hit.first) ?? '') && wordBefore(tokens, seg, hit, LASTS, 2);
}

/** Per litre or decilitre: "ferritine à 12 µg/L", "CRP 100 mg/L" is a lab value, not a dose to verify. */
const PER_VOLUME = new Set(['l', 'dl', 'litre', 'liter']);

function concentration(input: CheckInput, hit: Hit): boolean {
  const { tokens, text } = input;
  const after = hit.last + 1;
  if (after >= tokens.count || !PER_VOLUME.has(normAt(tokens, after) ?? '')) return false;
  const between = text.slice(tokens.ends[hit.last], tokens.starts[after]).trim();
  return between === '/' || between === 'par' || between === 'per';
}

/**
 * Acronyms of sources that are also common words ("who", "nice", "ema", "has"): a source only when written in
 * capitals ("the WHO", "NICE guidelines"), not "the person who prescribed it".
 */
const CAPITALS_ONLY = new Set(['who', 'nice', 'ema', 'has']);

/** Names of sources that are also verbs ("la revue Prescrire" / "il pourra vous le prescrire"): a source only capitalised. */
const CAPITALISED_ONLY = new Set(['prescrire']);

function namedSource(input: CheckInput, hit: Hit): boolean {
  const { tokens } = input;
  if (hit.first !== hit.last) return true;
  const norm = normAt(tokens, hit.first) ?? '';
  const raw = input.text.slice(tokens.starts[hit.first], tokens.ends[hit.first]);
  if (CAPITALISED_ONLY.has(norm)) return raw.charAt(0) !== raw.charAt(0).toLowerCase();
  if (!CAPITALS_ONLY.has(norm)) return true;
  return raw === raw.toUpperCase();
}

/** Words that introduce who says it: "selon", "d'après" (not "après le repas"), "according to". */
const ATTRIBUTIONS = new Set(['selon', 'apres', 'according']);
/**
 * Verbs that introduce who says it after "comme le / comme l'" ("comme le rappelle l'Assurance Maladie"); alone they
 * may take a medicine's name ("je vous recommande le Doliprane").
 */
/** Letters every attribution word contains, accents and case aside ("selon", "d'après", "according", "comme le"). */
const ATTRIBUTION_HINT = /selon|apr[eè]s|according|comme/i;
const ATTRIBUTION_VERBS = new Set(['rappelle', 'recommande', 'indique', 'souligne', 'precise', 'preconise']);
/** Words between the attribution and the name ("d'après la Fédération…", "according to the HFEA"). */
const ATTRIBUTION_FILLERS = new Set(['la', 'le', 'les', 'l', 'to', 'the']);

/** The word at `i` introduces who says what follows ("selon", "d'après", "comme le rappelle"). */
function attribution(tokens: Tokens, i: number): boolean {
  const word = normAt(tokens, i) ?? '';
  if (ATTRIBUTION_VERBS.has(word)) return normAt(tokens, i - 2) === 'comme';
  if (!ATTRIBUTIONS.has(word)) return false;
  return word !== 'apres' || normAt(tokens, i - 1) === 'd';
}

/**
 * "Selon France Alzheimer", "d'après la Fédération française de cardiologie", "according to the HFEA": an attribution
 * followed by a capitalised name is a named source, though the lexicon cannot list every society. "Selon les experts"
 * or "according to studies" stay unnamed (lower case). Read only when no listed source was found.
 */
function properSource(input: CheckInput): boolean {
  const { tokens, text, seg } = input;
  // One native scan of the text spares the token loop in the many answers without any attribution word.
  if (!ATTRIBUTION_HINT.test(text)) return false;
  for (let i = 0; i < tokens.count; i++) {
    if (!attribution(tokens, i)) continue;
    let at = i + 1;
    while (at < tokens.count && ATTRIBUTION_FILLERS.has(normAt(tokens, at) ?? '') && at - i <= 2) at++;
    // A capital that opens the next sentence is no name ("… comme le précise. Votre médecin…").
    if (at >= tokens.count || tokens.types[at] !== TokenType.Word || seg.sentence[at] !== seg.sentence[i]) continue;
    const first = text.charAt(tokens.starts[at] ?? 0);
    if (first !== first.toLowerCase()) return true;
  }
  return false;
}

function hasYear(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.types[i] !== TokenType.Number) continue;
    const value = Number(normAt(tokens, i));
    if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) return true;
  }
  return false;
}

/**
 * True when the user's previous message had red flags and `answerText` sends them nowhere urgent: no
 * "appelez le 15", "composez le 112", "allez aux urgences", "call emergency services", "go to the ER/A&E" (a
 * negated one, "pas besoin d'aller aux urgences", does not count), nor the category's own service (centre
 * antipoison, 3114, 17/3919/119, maternité).
 *
 * @example
 * missedEmergency(analyze({ text: "j'ai une douleur qui serre dans la poitrine" }), 'Reposez-vous.') // true
 */
export function missedEmergency(previousUser: Analysis, answerText: string, lang?: Language): boolean {
  try {
    if (previousUser.redFlags.length === 0) return false;
    const lexicon = defaultLexicon();
    const text = typeof answerText === 'string' ? answerText : '';
    const tokens = tokenize(text);
    const seg = segment(tokens, lang);
    const sorted = sortHits(lexicon, tokens, seg, lexicon.trie.find(tokens));
    const checks = answerChecks({
      lexicon,
      text,
      tokens,
      seg,
      cues: sorted.cues,
      content: sorted.content,
      health: false,
      previousUser,
    });
    return checks.some((check) => check.id === 'missed_emergency');
  } catch {
    return previousUser?.redFlags?.length > 0;
  }
}
