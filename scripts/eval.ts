/**
 * `npm run eval`: scores the engine on the labelled corpus (tests/corpus/*.jsonl) and prints precision, recall
 * and F1 per language, slice and category. Exits 1 when a floor from the issue is not met (the same floors
 * are enforced by tests/corpus/corpus-floors.test.ts in `npm test`).
 *
 *   npm run eval            tables and floors
 *   npm run eval -- --errors also list the items the engine gets wrong
 */
import { join } from 'node:path';
import { CORPUS_DIR, floors, loadCorpus, passes, score, type Prf } from '../tests/corpus/scorer.ts';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

function table(title: string, rows: Record<string, Prf>): void {
  console.log(`\n${title}`);
  console.log(`${'id'.padEnd(22)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)} ${'n'.padStart(5)}`);
  for (const [id, m] of Object.entries(rows)) {
    console.log(`${id.padEnd(22)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${String(m.support).padStart(5)}`);
  }
}

const items = loadCorpus();
const report = score(items);
console.log(
  `Corpus: ${report.items} items, ${pct(report.frenchShare).trim()} % French; language detection ${pct(report.languageAccuracy).trim()} %`,
);
table('Health (per language)', report.health);
table('Red flags (per category)', report.redFlags);
console.log(
  `False-alarm rate on negated/past/general/figurative items: ${pct(report.falseAlarmRate).trim()} % of ${report.falseAlarmItems}`,
);
console.log(`Hard-negative false-positive rate: ${pct(report.hardNegativeFalsePositiveRate).trim()} %`);
table('Topics', report.topics);
table('Personal data (span overlap)', report.pii);
table('Answer checks', report.checks);
console.log(
  `\nSlices\n${'slice'.padEnd(22)} ${'items'.padStart(6)} ${'health ok %'.padStart(12)} ${'any red flag %'.padStart(15)}`,
);
for (const [id, s] of Object.entries(report.slices)) {
  console.log(
    `${id.padEnd(22)} ${String(s.items).padStart(6)} ${pct(s.healthAccuracy).padStart(12)} ${pct(s.redFlagRate).padStart(15)}`,
  );
}

// Hold-out items (tests/corpus/holdout/): each file was written before the lexicon changes it measured, but
// the misses of several were read while broadening the lexicons afterwards (docs/engine.md says which), so the
// pooled figure is optimistic; `npx tsx tests/corpus/holdout-report.ts` gives the per-file figures. Reported,
// not held to the floors.
const holdout = score(loadCorpus(join(CORPUS_DIR, 'holdout')));
const holdoutCurrent = Object.values(holdout.redFlags).reduce(
  (acc, m) => ({ tp: acc.tp + m.recall * m.support, n: acc.n + m.support }),
  { tp: 0, n: 0 },
);
console.log(`\nHold-out files, pooled (${holdout.items} items; optimistic, see holdout-report.ts per file)`);
console.log(`health F1 ${pct(holdout.health.all?.f1 ?? 0).trim()} %`);
console.log(
  `red-flag recall (all categories) ${pct(holdoutCurrent.n ? holdoutCurrent.tp / holdoutCurrent.n : 1).trim()} %`,
);
console.log(`false-alarm rate ${pct(holdout.falseAlarmRate).trim()} % of ${holdout.falseAlarmItems}`);

const results = floors(report);
console.log('\nFloors');
for (const f of results) {
  const sign = f.kind === 'min' ? '≥' : '≤';
  console.log(
    `${passes(f) ? 'ok  ' : 'FAIL'} ${f.name.padEnd(40)} ${pct(f.value)} % ${sign} ${(f.limit * 100).toFixed(0)} %`,
  );
}
if (process.argv.includes('--errors')) {
  console.log('\nErrors');
  for (const e of report.errors) console.log(e);
}
process.exit(results.every(passes) ? 0 : 1);
