/**
 * Answer checks for assistant messages: the "points à vérifier" shown beside a chatbot's health answer.
 * They point at things to verify; they never judge the answer as right or wrong.
 */
import { contextIndex, isCurrent, segment, sortHits, type Segments } from './context.ts';
import type { CompiledEntry, CueType } from './lexicon/compiled-types.ts';
import { defaultLexicon, type RuntimeLexicon } from './lexicon/runtime.ts';
import type { Hit } from './lexicon/trie.ts';
import { tokenize, TokenType, type Tokens } from './text/tokenize.ts';
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

export interface CheckInput {
  readonly lexicon: RuntimeLexicon;
  readonly tokens: Tokens;
  readonly seg: Segments;
  readonly cues: Map<CueType, Hit[]>;
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
  const index = contextIndex(seg, new Map([['negation', cues.get('negation') ?? []]]));
  const affirmed = (type: CueType): Hit | undefined =>
    (cues.get(type) ?? []).find((hit) => isCurrent(tokens, seg, index, hit));
  const span = (hit: Hit) => ({ start: tokens.starts[hit.first] ?? 0, end: tokens.ends[hit.last] ?? 0 });

  if (health) {
    const dose =
      (cues.get('dose') ?? [])[0] ??
      content.find((hit) => (lexicon.entries[hit.entry] as CompiledEntry).flags?.includes('drug_name'));
    if (dose) checks.push({ id: 'verify_dosage', span: span(dose) });
    const change = affirmed('treatment_change');
    if (change) checks.push({ id: 'treatment_change', span: span(change) });
    if (!affirmed('professional') && !affirmed('emergency_call')) checks.push({ id: 'no_professional_advice' });
    const absolute = affirmed('absolute');
    if (absolute) checks.push({ id: 'absolute_claim', span: span(absolute) });
    if ((cues.get('source') ?? []).length === 0 && !hasYear(tokens)) checks.push({ id: 'no_source' });
  }
  const previous = input.previousUser;
  if (previous && previous.redFlags.length > 0) {
    const covered = (category: RedFlagCategory): boolean => {
      if (affirmed('emergency_call')) return true;
      const specific = SPECIFIC_HELP[category];
      return specific !== undefined && affirmed(specific) !== undefined;
    };
    if (!previous.redFlags.every((flag) => covered(flag.category))) checks.push({ id: 'missed_emergency' });
  }
  return checks;
}

function hasYear(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.types[i] !== TokenType.Number) continue;
    const value = Number(tokens.norms[i]);
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
