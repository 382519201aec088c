/**
 * Shape of `engine/generated/lexicons.json`, written by `scripts/compile-lexicons.ts` from the reviewed YAML
 * files in `content/lexicons/` and read by the engine at load time.
 */
import type { Language } from '../types.ts';

export type EntryKind = 'topic' | 'red_flag' | 'signal' | 'cue';

/** Context cues: what a cue entry tells the rules about the words around it. */
export const CUE_TYPES = [
  'negation',
  'past',
  'general',
  'hypothetical',
  'current',
  'figurative',
  'figurative_context',
  'animal',
  'person',
  'dose',
  'treatment_change',
  'change_verb',
  'change_schedule',
  'medicine',
  'professional',
  'absolute',
  'source',
  'emergency_call',
  'emergency_poisoning',
  'emergency_suicide',
  'emergency_violence',
  'emergency_pregnancy',
  /** An absolute word ("toujours", "à chaque fois", "n'importe qui", "every single"): a claim with `claim_effect`. */
  'absolute_marker',
  /** What a remedy does or spares ("guérit", "élimine", "n'abîme", "kills", "hurts"): a claim with `absolute_marker`. */
  'claim_effect',
] as const;
export type CueType = (typeof CUE_TYPES)[number];

/**
 * Place of each cue type in `CUE_TYPES` (the index of its list in `CueLists`). A `Map`, not an object: `CueLists.get`
 * reads it with a different key at every call, which made the object's keyed load megamorphic (a tenth of the time
 * of a one-line message).
 */
export const CUE_INDEX: ReadonlyMap<string, number> = new Map(CUE_TYPES.map((type, index) => [type, index]));

/**
 * The same places by name, for code that names its cue type (`cues.at(CUE.negation)`): a named load from one constant
 * object costs nothing next to a map lookup, and the passes over the cues name twenty-five types per message.
 */
export const CUE: { readonly [T in CueType]: number } = cueConstants();

function cueConstants(): { [T in CueType]: number } {
  const out = {} as { [T in CueType]: number };
  CUE_TYPES.forEach((type, index) => (out[type] = index));
  return out;
}

export interface CompiledEntry {
  /** `<lang>/<file>/<entry id>`, e.g. `fr/red-flags/cardiac-chest-pain`. */
  readonly id: string;
  readonly lang: Language;
  readonly kind: EntryKind;
  /** topic: [topic id]; red_flag: categories; signal: [signal id]; cue: [cue type]. */
  readonly tags: readonly string[];
  /** Signals (or `health`) that must also be present in the message for this entry to count. */
  readonly with?: readonly string[];
  /**
   * Extra properties: `drug_name` marks medication names (answer check `verify_dosage`); `clause_scope`,
   * `message_scope` and `time_of_day` change how a context cue reads (engine/context.ts).
   */
  readonly flags?: readonly string[];
  /**
   * Terms packed by `packSlots`: slots separated by spaces, alternatives by `|` ('' = optional part), words of
   * an alternative by `_`. A word is `word`, `stem*`, `{min-max}` (number range), `#` (any number) or `...`
   * (gap of 0–3 tokens).
   */
  readonly terms: readonly string[];
}

export interface CompiledLexicon {
  readonly version: 1;
  readonly entries: readonly CompiledEntry[];
}

/**
 * The lexicon flags that change how a context cue reads (engine/context.ts, `flagged`), as the bits of
 * `RuntimeLexicon.cueFlags`; scripts/compile-lexicons.ts keeps each on the cue types it changes.
 */
export const CUE_FLAG_BITS = { clause_scope: 1, message_scope: 2, time_of_day: 4 } as const;
