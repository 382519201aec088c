/**
 * Performance work must not change results: the digest of every engine output over each corpus file (see
 * golden.ts) must equal the committed one. Corpus files added or removed since the golden file was written are
 * skipped (no reference); a changed digest means changed results.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GOLDEN_PATH, goldenDigests } from './golden.ts';

it('analyze() outputs over the corpus match the golden digest', () => {
  const golden = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as { engine: Record<string, string> };
  const current = goldenDigests().engine;
  // Only files present on both sides: a corpus file added or removed since the golden file is not a result change.
  const files = Object.keys(golden.engine).filter((file) => file in current);
  const expected = Object.fromEntries(files.map((file) => [file, golden.engine[file]]));
  const compared = Object.fromEntries(files.map((file) => [file, current[file]]));
  expect(
    compared,
    'Engine outputs changed. If this is an intended change of lexicons (content/lexicons/**), of these corpus ' +
      'files or of engine rules, regenerate with `npx tsx tests/unit/engine/golden.ts --write` and say so in the ' +
      'commit; a pure performance change must keep every digest.',
  ).toEqual(expected);
}, 120_000);
