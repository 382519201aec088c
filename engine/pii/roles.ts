/**
 * Roles of the reviewed personal-data terms: where scripts/compile-pii.ts files each term of content/pii/*.yaml
 * and how engine/pii reads it. Kept apart from the compiled JSON so that the compiler can import it.
 */

/** Roles of multi-word cues, looked up word by word in the text (see content/pii/cues.yaml). */
export const CUE_ROLES = [
  'birthCue',
  'birthCueNext',
  'birthCueMonth',
  'nirCue',
  'insCue',
  'ippCue',
  'rppsCue',
  'adeliCue',
  'ribCue',
  'notPhoneCue',
  'nameCue',
  'nameCueWeak',
  'nameCueField',
  'nameCueRelation',
  'nameTitle',
  'nameCueDocument',
  'streetNoNumber',
  'emailAt',
] as const;
export type CueRole = (typeof CUE_ROLES)[number];

/** One bit per cue role (its index in `CUE_ROLES`): a set of roles is then tested with one `&`. */
export function roleBits(roles: readonly CueRole[]): number {
  let bits = 0;
  for (const role of roles) bits |= 1 << CUE_ROLES.indexOf(role);
  return bits;
}

/** Roles of word lists, looked up one folded word (or one folded phrase, for `notPrivate`) at a time. */
export const LIST_ROLES = [
  'birthNot',
  'month',
  'weekday',
  'firstName',
  'firstNameAmbiguous',
  'surname',
  'notSurname',
  'nameParticle',
  'notNameBefore',
  'notPrivate',
  'streetBefore',
  'streetBeforeCapitalised',
  'streetAfter',
  'emailWord',
  'nameColumn',
] as const;
export type ListRole = (typeof LIST_ROLES)[number];

export type PiiRole = CueRole | ListRole;
export const PII_ROLES: readonly PiiRole[] = [...CUE_ROLES, ...LIST_ROLES];

/**
 * The compiled data: for each role, its folded terms (words separated by one space). A cue may end with " :" (a
 * colon must follow in the text) or start with "=" (the text must be in capitals).
 */
export type PiiData = { readonly [R in PiiRole]: readonly string[] };

/** The JSON form of `PiiData`: each role's terms joined by "|" (about 5 % smaller once gzipped than an array). */
export type PiiDataJson = { readonly [R in PiiRole]: string };
