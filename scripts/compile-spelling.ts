/**
 * Compiles what the spelling corrector (`engine/text/spelling.ts`) ships: the lexicon vocabulary (from
 * engine/generated/lexicons.json) and the real French and English words one edit away from it, which must never be
 * corrected. The word lists themselves stay at build time: only those few thousand neighbours ship.
 *
 *   npx tsx scripts/compile-spelling.ts          compile, write engine/generated/spelling.json
 *   npx tsx scripts/compile-spelling.ts --check  fail if the JSON is not up to date
 *
 * Run it after `compile-lexicons` (the vocabulary comes from the compiled lexicons).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { CompiledLexicon } from '../engine/lexicon/compiled-types.ts';
import { unpackSlots } from '../engine/lexicon/pattern.ts';
import { SpellingCorrector } from '../engine/text/spelling.ts';
import type { CompiledSpelling } from '../engine/text/spelling-default.ts';
import { normAt, tokenize, TokenType } from '../engine/text/tokenize.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LEXICONS_PATH = join(ROOT, 'engine/generated/lexicons.json');
export const SPELLING_PATH = join(ROOT, 'engine/generated/spelling.json');

/** Shortest word corrected, and shortest corrected by a substitution (measured on the dev corpus, docs/engine.md). */
export const MIN_LENGTH = 5;
export const MIN_SUBSTITUTION_LENGTH = 6;

/** The npm devDependencies that give the real words (MIT-licensed packages; see `SOURCE`). */
export const WORD_LIST_PACKAGES = ['an-array-of-french-words', 'an-array-of-english-words'] as const;
export const SOURCE =
  'Real words: npm an-array-of-french-words@2.0.0 and an-array-of-english-words@2.0.0 (MIT, Zeke Sikelianos and ' +
  'Titus Wormer; lists derived from the Letterpress word lists). Vocabulary: content/lexicons. Written by ' +
  'scripts/compile-spelling.ts: do not edit.';

export interface Vocabulary {
  readonly words: string[];
  readonly stems: string[];
  readonly suffixes: string[];
}

/**
 * Every plain word piece, stem (`stem*`) and suffix (`*suffix`) of every compiled term. Numbers, number ranges and
 * gaps are not words.
 */
export function vocabularyOf(lexicon: CompiledLexicon): Vocabulary {
  const words = new Set<string>();
  const stems = new Set<string>();
  const suffixes = new Set<string>();
  for (const entry of lexicon.entries) {
    for (const term of entry.terms) {
      for (const slot of unpackSlots(term)) {
        for (const alternative of typeof slot === 'string' ? [slot] : slot) {
          for (const piece of alternative.split(' ')) {
            if (piece === '' || piece === '...' || piece === '#' || piece.startsWith('{')) continue;
            if (/^[0-9.]+$/.test(piece)) continue;
            if (piece.length > 1 && piece.startsWith('*')) suffixes.add(piece.slice(1));
            else if (piece.endsWith('*')) stems.add(piece.slice(0, -1));
            else words.add(piece);
          }
        }
      }
    }
  }
  const sorted = (set: Set<string>): string[] => [...set].sort();
  return { words: sorted(words), stems: sorted(stems), suffixes: sorted(suffixes) };
}

/** The words of the lists, folded and split exactly as the engine reads text ("mots-clés" → "mots", "cles"). */
export function realWordsOf(lists: readonly (readonly string[])[], minLength: number): Set<string> {
  const out = new Set<string>();
  for (const list of lists) {
    for (const entry of list) {
      const tokens = tokenize(entry);
      for (let i = 0; i < tokens.count; i++) {
        const norm = normAt(tokens, i) ?? '';
        if (tokens.types[i] === TokenType.Word && norm.length >= minLength) out.add(norm);
      }
    }
  }
  return out;
}

export function loadWordLists(): string[][] {
  const require = createRequire(import.meta.url);
  return WORD_LIST_PACKAGES.map((name) => require(name) as string[]);
}

/** The data the engine ships: vocabulary, plus the real words that the rules alone would correct. */
export function compileSpelling(
  lexicon: CompiledLexicon,
  lists: readonly (readonly string[])[],
  minLength = MIN_LENGTH,
  minSubstitutionLength = MIN_SUBSTITUTION_LENGTH,
): CompiledSpelling {
  const vocabulary = vocabularyOf(lexicon);
  const bare = new SpellingCorrector({ minLength, minSubstitutionLength, ...vocabulary });
  const protectedWords: string[] = [];
  for (const word of realWordsOf(lists, minLength)) if (bare.correct(word) !== word) protectedWords.push(word);
  protectedWords.sort();
  return {
    source: SOURCE,
    version: 1,
    minLength,
    minSubstitutionLength,
    words: vocabulary.words.join(' '),
    stems: vocabulary.stems.join(' '),
    suffixes: vocabulary.suffixes.join(' '),
    realWords: protectedWords.join(' '),
  };
}

export async function spellingText(data: CompiledSpelling): Promise<string> {
  const config = (await resolveConfig(SPELLING_PATH)) ?? {};
  return format(JSON.stringify(data), { ...config, parser: 'json' });
}

export function compileFromDisk(): CompiledSpelling {
  const lexicon = JSON.parse(readFileSync(LEXICONS_PATH, 'utf8')) as CompiledLexicon;
  return compileSpelling(lexicon, loadWordLists());
}

async function main(): Promise<void> {
  const output = await spellingText(compileFromDisk());
  if (process.argv.includes('--check')) {
    if (readFileSync(SPELLING_PATH, 'utf8') !== output) {
      console.error('engine/generated/spelling.json is stale: run npx tsx scripts/compile-spelling.ts');
      process.exit(1);
    }
    console.log('spelling.json is up to date');
    return;
  }
  writeFileSync(SPELLING_PATH, output);
  const data = JSON.parse(output) as CompiledSpelling;
  const count = (list: string): number => (list === '' ? 0 : list.split(' ').length);
  console.log(
    `wrote ${SPELLING_PATH}: ${count(data.words)} words, ${count(data.stems)} stems, ` +
      `${count(data.suffixes)} suffixes, ${count(data.realWords)} protected real words, ${output.length} bytes`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
