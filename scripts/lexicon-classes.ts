/**
 * Word classes for the lexicons (content/lexicons/<lang>/word-classes.yml): one reviewed list of the words that play one
 * role ("a relative": mère, belle-mère, conjoint, coloc…), named in terms as `@relative`. The compiler writes the list
 * in place of the name, so the engine sees ordinary alternatives; editors keep one list instead of a copy per term, and a
 * word added to it counts in every term at once (a carer's "beau-père" then works wherever "père" did).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileVariant } from '../engine/lexicon/pattern.ts';
import type { Language } from '../engine/types.ts';

export const WORD_CLASSES_FILE = 'word-classes.yml';

export interface WordClass {
  id: string;
  /** What the words have in common, for reviewers. */
  description: string;
  /** Words or phrases, as in a term: accents and capitals are folded, `stem*` allowed; no brackets, no gap. */
  words: string[];
}

export interface WordClassFile {
  kind: 'word_class';
  lang: Language;
  description: string;
  reviewed: string;
  sources: string[];
  classes: WordClass[];
}

export interface LoadedClasses {
  readonly path: string;
  readonly text: string;
  readonly data: WordClassFile;
}

/** A class name in a term: `@` then the class id. */
const REFERENCE = /@([a-z][a-z0-9_]*)/gu;

/** The word-class file of each language that has one. */
export function loadWordClasses(lexiconDir: string, languages: readonly Language[]): LoadedClasses[] {
  const out: LoadedClasses[] = [];
  for (const lang of languages) {
    const path = join(lexiconDir, lang, WORD_CLASSES_FILE);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    out.push({ path, text, data: parse(text) as WordClassFile });
  }
  return out;
}

/** Class id → words, per language. */
export type ClassTable = ReadonlyMap<Language, ReadonlyMap<string, readonly string[]>>;

export function classTable(files: readonly LoadedClasses[]): ClassTable {
  return new Map(
    files.map((file) => [file.data.lang, new Map(file.data.classes.map((c) => [c.id, c.words] as const))] as const),
  );
}

/**
 * `term` with every `@class` written as the alternatives of its words.
 *
 * @example expandClasses('(ma|mon) @relative est tombé', 'fr', table) // '(ma|mon) (mere|pere|…) est tombé'
 */
export function expandClasses(term: string, lang: Language, table: ClassTable): string {
  if (!term.includes('@')) return term;
  return term.replace(REFERENCE, (_, id: string) => {
    const words = table.get(lang)?.get(id);
    if (!words) throw new Error(`unknown word class "@${id}" in term "${term}"`);
    return `(${words.join('|')})`;
  });
}

/** Checks the schema cannot express: unique ids, words that compile as one bracket-free variant each. */
export function validateWordClasses(file: LoadedClasses): string[] {
  const where = `${file.data?.lang ?? '?'}/${WORD_CLASSES_FILE}`;
  const errors: string[] = [];
  if (!file.path.includes(`/${file.data.lang}/`))
    errors.push(`${where}: lang "${file.data.lang}" does not fit the folder`);
  const ids = new Set<string>();
  for (const c of file.data.classes) {
    if (ids.has(c.id)) errors.push(`${where} class "${c.id}": duplicate id`);
    ids.add(c.id);
    for (const word of c.words) {
      if (/[()[\]|@]|\.\.\./u.test(word)) errors.push(`${where} class "${c.id}": "${word}" must be plain words`);
      else {
        try {
          compileVariant(word);
        } catch (error) {
          errors.push(`${where} class "${c.id}": ${(error as Error).message}`);
        }
      }
    }
  }
  return errors;
}
