/**
 * The spelling corrector built from `engine/generated/spelling.json` (written by `scripts/compile-spelling.ts`),
 * created on first use. Kept apart from `spelling.ts` so that the compile script can build a corrector before the
 * generated file exists.
 */
import generated from '../generated/spelling.json' with { type: 'json' };
import { SpellingCorrector } from './spelling.ts';

/**
 * `engine/generated/spelling.json` as `scripts/compile-spelling.ts` writes it. Lists are stored as one
 * space-separated string each: a compact JSON file that formatting leaves alone.
 */
export interface CompiledSpelling {
  readonly source: string;
  readonly version: 1;
  readonly minLength: number;
  readonly minSubstitutionLength: number;
  readonly words: string;
  readonly stems: string;
  readonly suffixes: string;
  readonly realWords: string;
}

const split = (list: string): string[] => (list === '' ? [] : list.split(' '));

let corrector: SpellingCorrector | null = null;

/** The corrector `analyze()` uses. */
export function defaultSpelling(): SpellingCorrector {
  if (corrector) return corrector;
  const data = generated as CompiledSpelling;
  corrector = new SpellingCorrector({
    minLength: data.minLength,
    minSubstitutionLength: data.minSubstitutionLength,
    words: split(data.words),
    stems: split(data.stems),
    suffixes: split(data.suffixes),
    realWords: () => split(data.realWords),
  });
  return corrector;
}
