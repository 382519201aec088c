/**
 * The engine benchmark's input texts, frozen: the first items of each dev-corpus file as they stood on the day named in
 * bench/input.json.
 *
 * Why: every round adds harder items to the corpus (long carers' messages, addresses, negations), and a benchmark that
 * took the whole corpus measured a heavier input at each stop: two stops' figures could not be compared, and a change
 * of speed could be the engine's or the corpus's. Corpus files only grow at their end, so "the first N items of each
 * file" names the same texts for good; the digest proves it (`tests/unit/scripts/bench-input.test.ts`). To measure a
 * new input on purpose, freeze again (`npx tsx scripts/bench/frozen-input.ts --freeze`) and say so in docs/engine.md.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CORPUS_DIR } from '../../tests/corpus/scorer.ts';

export const FROZEN_INPUT = fileURLToPath(new URL('../../bench/input.json', import.meta.url));

export interface FrozenInput {
  /** The day the input was frozen. */
  readonly frozen: string;
  /** Per corpus file (read in this order), how many of its first items the benchmark takes. */
  readonly itemsPerFile: Readonly<Record<string, number>>;
  /** `digest()` of the texts. */
  readonly sha256: string;
}

/** The texts of a corpus file, in order. */
function fileTexts(dir: string, file: string): string[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** A digest of the texts, in order. */
export function digest(texts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\u0000');
  return hash.digest('hex');
}

/** The frozen texts; throws when a corpus file lost items the freeze names (then freeze again, on purpose). */
export function frozenTexts(input: FrozenInput = readFrozenInput(), dir = CORPUS_DIR): string[] {
  const texts: string[] = [];
  for (const [file, count] of Object.entries(input.itemsPerFile)) {
    const items = fileTexts(dir, file);
    if (items.length < count)
      throw new Error(`bench input: ${file} has ${items.length} items, the freeze of ${input.frozen} takes ${count}`);
    texts.push(...items.slice(0, count));
  }
  return texts;
}

export function readFrozenInput(path = FROZEN_INPUT): FrozenInput {
  return JSON.parse(readFileSync(path, 'utf8')) as FrozenInput;
}

/** Freezes the corpus as it is now. */
function freeze(dir = CORPUS_DIR): FrozenInput {
  const itemsPerFile: Record<string, number> = {};
  for (const file of readdirSync(dir).sort())
    if (file.endsWith('.jsonl')) itemsPerFile[file] = fileTexts(dir, file).length;
  const input = { frozen: new Date().toISOString().slice(0, 10), itemsPerFile, sha256: '' };
  return { ...input, sha256: digest(frozenTexts(input, dir)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes('--freeze')) {
  writeFileSync(FROZEN_INPUT, JSON.stringify(freeze(), null, 2) + '\n');
  console.log(`froze ${FROZEN_INPUT}`);
}
