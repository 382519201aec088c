import { languageOf, languageVote } from './text/language.ts';
import { normAt, tokenize, TokenType } from './text/tokenize.ts';
import type { Language } from './types.ts';

/**
 * Detects French or English from stopword counts; French when unsure.
 *
 * @example detectLanguage('my chest hurts and I feel dizzy') // 'en'
 */
export function detectLanguage(text: string): Language {
  try {
    const tokens = tokenize(typeof text === 'string' ? text : '');
    let fr = 0;
    let en = 0;
    for (let i = 0; i < tokens.count; i++) {
      if (tokens.types[i] !== TokenType.Word) continue;
      const vote = languageVote(normAt(tokens, i) ?? '');
      if (vote > 0) fr++;
      else if (vote < 0) en++;
    }
    return languageOf(fr, en);
  } catch {
    return 'fr';
  }
}
