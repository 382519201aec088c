/**
 * Rewrites that real writers apply to the same message, for `npm run robustness`: a greeting first, a question after,
 * no capitals and no punctuation (dictation, SMS), the scene set first, a remark after, another relative. The engine's
 * answer should not change under any of them; where it does, the rewrite names a family of wording that the corpus,
 * written by a few hands, does not hold yet.
 */
export interface Rewrite {
  readonly id: string;
  /** What the rewrite does, for the report. */
  readonly what: string;
  readonly apply: (text: string, lang: 'fr' | 'en') => string;
}

/** Relatives swapped for another one of the same role (in-laws, partners): [pattern, replacement]. */
const RELATIVES: readonly (readonly [RegExp, string])[] = [
  [/\bma mère\b/giu, 'ma belle-mère'],
  [/\bmon père\b/giu, 'mon beau-père'],
  [/\bmon mari\b/giu, 'mon conjoint'],
  [/\bma femme\b/giu, 'ma compagne'],
  [/\bmy mum\b/giu, 'my mother-in-law'],
  [/\bmy mom\b/giu, 'my stepmom'],
  [/\bmy dad\b/giu, 'my father-in-law'],
  [/\bmy husband\b/giu, 'my partner'],
  [/\bmy wife\b/giu, 'my girlfriend'],
];

export const REWRITES: readonly Rewrite[] = [
  {
    id: 'greeting',
    what: 'a polite greeting first',
    apply: (text, lang) =>
      (lang === 'fr' ? 'Bonjour, désolée de vous déranger à cette heure. ' : 'Hi, sorry to bother you this late. ') +
      text,
  },
  {
    id: 'question',
    what: 'a question after',
    apply: (text, lang) => `${text} ${lang === 'fr' ? 'Je fais quoi ?' : 'What should I do?'}`,
  },
  {
    id: 'scene',
    what: 'the scene set first',
    apply: (text, lang) =>
      (lang === 'fr' ? 'On est dimanche soir, mon médecin est fermé. ' : "It's Sunday night and my GP is closed. ") +
      text,
  },
  {
    id: 'remark',
    what: 'a remark after',
    apply: (text, lang) =>
      `${text} ${lang === 'fr' ? 'Les enfants dorment à côté.' : 'The kids are asleep next door.'}`,
  },
  {
    id: 'flat',
    what: 'no capitals, no punctuation (decimal commas kept)',
    apply: (text) =>
      text
        .toLowerCase()
        .replace(/(?<!\d)[.,]|[.,](?!\d)|[;:!?()]/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
  },
  {
    id: 'relative',
    what: 'an in-law or partner instead of a parent or spouse',
    apply: (text) => RELATIVES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text),
  },
];
