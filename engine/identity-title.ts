import { normAt, type Tokens } from './text/tokenize.ts';

/**
 * A care word said as the writer's own job ("je suis infirmière et je cherche un T2", "en tant que médecin, je vends
 * ma voiture", "je travaille comme kiné", "I'm an NHS nurse and I want a mortgage") names who writes, not care anyone
 * receives: on its own it must not make an admin message about health. Only the word right after the frame is
 * concerned, so "je suis suivie par un médecin", "je suis chez le médecin" and any other health word still count.
 */
const BE = new Set(['suis', 'jsuis', 'chui', 'chuis', 'im']);
const ARTICLES = new Set(['l', 'un', 'une', 'le', 'la', 'a', 'an']);
const WORK = new Set([
  'travaille',
  'bosse',
  'exerce',
  'embauche',
  'embauchee',
  'recrute',
  'recrutee',
  'work',
  'works',
  'working',
]);
/** Job words that may stand between the frame and the care word ("je suis médecin généraliste", "infirmier anesthésiste"). */
const JOBS = new Set([
  'medecin',
  'infirmier',
  'infirmiere',
  'docteur',
  'interne',
  'chirurgien',
  'chirurgienne',
  'pharmacien',
]);

/**
 * True when token `at` follows "je suis [un|une|l']", "en tant que [l']", "travaille comme [un|une]", "I'm [a|an]" or
 * "working as [a|an]", with at most one job word between ("je suis médecin généraliste", "I'm an NHS nurse").
 */
export function followsIdentityFrame(tokens: Tokens, at: number): boolean {
  let i = at - 1;
  if (JOBS.has(normAt(tokens, i) ?? '')) i -= 1;
  if (ARTICLES.has(normAt(tokens, i) ?? '')) i -= 1;
  const word = normAt(tokens, i) ?? '';
  if (BE.has(word)) return true;
  if (word === 'que') return normAt(tokens, i - 1) === 'tant' && normAt(tokens, i - 2) === 'en';
  if (word === 'comme' || word === 'as') return WORK.has(normAt(tokens, i - 1) ?? '');
  return false;
}
