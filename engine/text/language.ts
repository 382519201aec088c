/**
 * Cheap French/English detection from stopword counts. French is the default: ties, empty text and texts
 * without any stopword are French.
 */
import type { Language } from '../types.ts';

const FR = new Set(
  (
    'le la les de des du un une et est je j il elle ils elles ne pas que qui pour dans avec sur mon ma mes ce ' +
    'cette au aux ca c d l qu n m s vous nous tu mais ou tres plus depuis sont suis ai as avons ont fait etre ' +
    'mal quoi comment pourquoi quand son sa ses leur se lui moi toi peut dois faut rien tout aussi chez cela'
  ).split(' '),
);
const EN = new Set(
  (
    'the an and is are i you he she it my not to of in for with this that what have has was be do does can ' +
    'should just from about your his her at been since they we been would could im its how why when there ' +
    'will did got get him them our or if any some feel'
  ).split(' '),
);

/** Both lists in one map (a French stopword wins), so that a token costs one lookup. */
const VOTES = new Map<string, number>([
  ...[...EN].map((w): [string, number] => [w, -1]),
  ...[...FR].map((w): [string, number] => [w, 1]),
]);

/** Points one token gives to French (+1), English (-1) or neither (0). */
export function languageVote(norm: string): number {
  return VOTES.get(norm) ?? 0;
}

/**
 * Language of a balance of votes (positive: French).
 *
 * @example languageOf(3, 1) // 'fr'
 */
export function languageOf(fr: number, en: number, fallback: Language = 'fr'): Language {
  if (en > fr) return 'en';
  if (fr > en) return 'fr';
  return fallback;
}
