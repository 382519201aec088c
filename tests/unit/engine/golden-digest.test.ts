/**
 * Performance work must not change results: the digest of every engine output over the corpus (see golden.ts)
 * must equal the committed one.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GOLDEN_PATH, goldenDigests } from './golden.ts';

it('analyze() outputs over the corpus match the golden digest', () => {
  const golden = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as { engine: string; analyses: number };
  const current = goldenDigests();
  expect(
    { engine: current.engine, analyses: current.analyses },
    'Engine outputs changed. If this is an intended change of lexicons (content/lexicons/**), corpus items or ' +
      'engine rules, regenerate with `npx tsx tests/unit/engine/golden.ts --write` and say so in the commit; ' +
      'a pure performance change must keep the digest.',
  ).toEqual(golden);
}, 120_000);
