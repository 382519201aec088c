/**
 * Tables built from a lexicon once, for the stages after the trie: per-entry facts (roles, tags, families) read as a
 * typed array by entry id, where reading the entry objects (of many shapes) per hit cost more in Node 20, which reads
 * their properties megamorphically.
 */
import type { RuntimeLexicon } from './lexicon/runtime.ts';

/**
 * `build`, kept for the last lexicon it was asked for: the default lexicon in use, another one in tests.
 *
 * @example const rolesOf = perLexicon((lexicon) => new Uint8Array(lexicon.entries.length)); rolesOf(lexicon)
 */
export function perLexicon<T>(build: (lexicon: RuntimeLexicon) => T): (lexicon: RuntimeLexicon) => T {
  let builtFor: RuntimeLexicon | null = null;
  let table: T | undefined;
  return (lexicon) => {
    if (lexicon !== builtFor) {
      table = build(lexicon);
      builtFor = lexicon;
    }
    return table as T;
  };
}
