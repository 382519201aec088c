/**
 * The engine's public contract: what `analyze()` takes and returns.
 *
 * These ids are stable: the content files (checklists, guidance cards), the side panel, the CLI
 * (`npm run analyze`) and the evaluation corpus all use them. Spans are `[start, end)` UTF-16 offsets
 * into the input string.
 */

export const TOPIC_IDS = [
  'symptoms',
  'medication',
  'mental_health',
  'pregnancy',
  'child_health',
  'chronic_disease',
  'lab_results',
  'vaccines',
  'sexual_health',
  'elderly_care',
  'care_access',
  'nutrition_condition',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const RED_FLAG_CATEGORIES = [
  'cardiac',
  'stroke',
  'breathing',
  'suicide',
  'anaphylaxis',
  'bleeding',
  'poisoning',
  'infant',
  'meningitis_sepsis',
  'pregnancy',
  'consciousness',
  'violence',
] as const;
export type RedFlagCategory = (typeof RED_FLAG_CATEGORIES)[number];

export const PII_KINDS = [
  'email',
  'phone',
  'nir',
  'birthdate',
  'address',
  'person_name',
  'iban',
  'card',
  'health_id',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export type Language = 'fr' | 'en';
export type Role = 'user' | 'assistant';

export interface AnalyzeInput {
  readonly text: string;
  /** Who wrote the text; answer checks only run on 'assistant'. Default 'user'. */
  readonly role?: Role;
  /** Forces the language; detected when absent (French by default). */
  readonly lang?: Language;
  /**
   * For an assistant answer: the analysis of the user message it answers. When that message had red flags and
   * the answer sends nobody to 15/112 or the emergency department, `checks` gets 'missed_emergency'.
   */
  readonly previousUser?: Analysis;
  /**
   * False: skip the privacy reader (`pii` is then empty). The background's analysis of a conversation's turns uses
   * no personal data found in them (the privacy guard reads the prompt being typed), and the reader is more than a
   * quarter of `analyze()`'s time. Default true.
   */
  readonly personalData?: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TopicFinding extends Span {
  readonly topic: TopicId;
}

export interface RedFlagFinding extends Span {
  readonly category: RedFlagCategory;
}

export interface PiiFinding extends Span {
  readonly kind: PiiKind;
}

export interface CheckFinding {
  readonly id: AnswerCheckId;
  /** Where in the text the check was triggered, when it is about a passage. */
  readonly span?: Span;
}

export interface Analysis {
  readonly lang: Language;
  readonly health: boolean;
  /** Distinct topics, each with the first span that evidenced it. */
  readonly topics: readonly TopicFinding[];
  /** Distinct red-flag categories describing a current situation, each with its evidence span. */
  readonly redFlags: readonly RedFlagFinding[];
  readonly pii: readonly PiiFinding[];
  readonly checks: readonly CheckFinding[];
}

/**
 * Answer checks (role 'assistant'): points the reader should verify. Stable ids, shared with the
 * side panel's "Points à vérifier" texts in content/.
 */
export const ANSWER_CHECK_IDS = [
  /** Doses, numbers, units or drug names to verify with a pharmacist or doctor. */
  'verify_dosage',
  /** Advice to stop, start or change a treatment. */
  'treatment_change',
  /** The answer never suggests consulting a professional. */
  'no_professional_advice',
  /** Absolute claims ("guérit à coup sûr", "sans aucun risque"). */
  'absolute_claim',
  /** No source or date given. */
  'no_source',
  /** The user described an emergency and the answer does not send them to 15/112 or the emergency department. */
  'missed_emergency',
] as const;
export type AnswerCheckId = (typeof ANSWER_CHECK_IDS)[number];
