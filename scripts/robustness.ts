/**
 * `npm run robustness`: how the engine's red-flag answers hold when a dev-corpus message is rewritten as other writers
 * would write it (tests/corpus/rewrites.ts). Both directions: current emergencies that it catches and that a rewrite
 * loses, and near-misses (negated, past, general, figurative) that it keeps silent and that a rewrite makes alert.
 * The corpus was written by a few hands; the blind hold-outs by others: a rewrite that loses alerts points at a family
 * of wording to work on, without reading the hold-outs.
 *
 *   npm run robustness                 the table
 *   npm run robustness -- --examples 5 five examples per rewrite and direction
 */
import { analyze } from '../engine/index.ts';
import { loadCorpus, type CorpusItem } from '../tests/corpus/scorer.ts';
import { REWRITES } from '../tests/corpus/rewrites.ts';

const NEAR_MISSES = new Set(['negated', 'past', 'general', 'figurative']);
const examplesArg = process.argv.indexOf('--examples');
const examples = examplesArg >= 0 ? Number(process.argv[examplesArg + 1] ?? 3) : 0;

function categories(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

/** The engine's answer is right: every labelled category for an emergency, none for a near-miss. */
function right(item: CorpusItem, found: readonly string[]): boolean {
  const expected = item.redFlags ?? [];
  return expected.length > 0 ? expected.every((category) => found.includes(category)) : found.length === 0;
}

const items = loadCorpus().filter(
  (item) =>
    item.role !== 'assistant' &&
    (item.lang === 'fr' || item.lang === 'en') &&
    ((item.slice === 'current' && (item.redFlags?.length ?? 0) > 0) || NEAR_MISSES.has(item.slice)),
);
const baseline = items.filter((item) => right(item, categories(item.text)));

console.log(`Items the engine gets right: ${baseline.length} of ${items.length} (current emergencies and near-misses)`);
console.log(`${'rewrite'.padEnd(10)} ${'alerts lost'.padStart(16)} ${'false alarms'.padStart(16)}  what`);
for (const rewrite of REWRITES) {
  const lost: string[] = [];
  const raised: string[] = [];
  let current = 0;
  let near = 0;
  for (const item of baseline) {
    const text = rewrite.apply(item.text, item.lang as 'fr' | 'en');
    if (text === item.text) continue;
    const emergency = (item.redFlags?.length ?? 0) > 0;
    if (emergency) current++;
    else near++;
    if (right(item, categories(text))) continue;
    (emergency ? lost : raised).push(`${item.id} | ${text.slice(0, 140)}`);
  }
  const ratio = (n: number, of: number): string => `${n}/${of} (${of ? ((100 * n) / of).toFixed(1) : '0.0'} %)`;
  console.log(
    `${rewrite.id.padEnd(10)} ${ratio(lost.length, current).padStart(16)} ${ratio(raised.length, near).padStart(16)}  ${rewrite.what}`,
  );
  for (const line of [...lost.slice(0, examples), ...raised.slice(0, examples)]) console.log(`    ${line}`);
}
