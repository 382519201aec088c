/**
 * Written laughter ("mdr", "ptdr", "lol", "haha"…), as the tokeniser folds it. `segment()` notes, per word id, whether
 * a word is one, so that `laughingSentences` (engine/laughter.ts) reads a message's tokens only when it holds one.
 */

/** Written laughter, folded (the tokeniser's norms). Long runs ("mdrrr", "hahaha") are cut to these first. */
const LAUGHING_WORDS = new Set(['mdr', 'ptdr', 'xptdr', 'lol', 'lmao', 'lmfao', 'rofl', 'haha', 'ahah', 'jpp', 'xd']);

/** Written laughter is short even when stretched; a longer word is not one (and never reaches a regex below). */
const LAUGH_MAX = 12;

/**
 * True for a folded word that is written laughter, stretched or not.
 *
 * @example isLaughingWord('mdrrr') // true
 */
export function isLaughingWord(norm: string): boolean {
  return norm.length <= LAUGH_MAX && LAUGHING_WORDS.has(shortLaugh(norm));
}

/** "mdrrrr" → "mdr", "hahahaha" → "haha", "ptdrrr" → "ptdr": written laughter stretches its last letters. */
function shortLaugh(word: string): string {
  if (word.length <= 5) return word.replace(/r+$/, 'r');
  if (/^(?:ha)+h?$/.test(word)) return 'haha';
  if (/^(?:ah)+a?$/.test(word)) return 'ahah';
  return word.replace(/r+$/, 'r');
}
