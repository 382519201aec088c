/**
 * Per-file hold-out figures: red-flag recall per category, false-alarm rate on negated/past/general/figurative
 * items, health F1 per language, and precision/recall per personal-data kind and per answer check when the file labels
 * them. `npm run eval` pools the hold-out files; this prints them one by one so
 * that a new hold-out can be reported before and after a lexicon change.
 *
 *   npx tsx tests/corpus/holdout-report.ts [holdout-4.jsonl …]   (default: every file in tests/corpus/holdout)
 *   add --errors to list the misses (to read, never to tune the lexicons on a hold-out written for measuring)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, score, type CorpusItem } from './scorer.ts';

const dir = join(CORPUS_DIR, 'holdout');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files =
  args.length > 0
    ? args
    : readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort();
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

for (const file of files) {
  const items = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusItem);
  const report = score(items);
  let tp = 0;
  let n = 0;
  const perCategory = Object.entries(report.redFlags).map(([id, m]) => {
    const hits = Math.round(m.recall * m.support);
    tp += hits;
    n += m.support;
    return `${id} ${hits}/${m.support}`;
  });
  const french = items.filter((i) => i.lang === 'fr').length;
  console.log(`\n${file}: ${items.length} items, ${pct(french / Math.max(1, items.length))} French`);
  console.log(`  red-flag recall ${pct(n ? tp / n : 1)} (${tp}/${n}); per category: ${perCategory.join(', ')}`);
  console.log(`  false alarms ${pct(report.falseAlarmRate)} of ${report.falseAlarmItems}`);
  console.log(
    `  health F1 fr ${pct(report.health.fr?.f1 ?? 0)}, en ${pct(report.health.en?.f1 ?? 0)}; hard-negative FP ${pct(report.hardNegativeFalsePositiveRate)}`,
  );
  const kinds = Object.entries(report.pii).sort(([a], [b]) => a.localeCompare(b));
  if (kinds.length > 0) {
    const each = kinds.map(([kind, m]) => `${kind} P ${pct(m.precision)} R ${pct(m.recall)} (${m.support})`);
    console.log(`  personal data: ${each.join(', ')}`);
  }
  const checks = Object.entries(report.checks).sort(([a], [b]) => a.localeCompare(b));
  if (checks.length > 0) {
    const each = checks.map(([id, m]) => `${id} P ${pct(m.precision)} R ${pct(m.recall)} (${m.support})`);
    console.log(`  answer checks: ${each.join(', ')}`);
  }
  if (process.argv.includes('--errors')) for (const e of report.errors) console.log(`  ${e}`);
}
