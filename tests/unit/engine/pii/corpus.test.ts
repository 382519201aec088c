/**
 * The personal-data floors of the issue on the PII corpus files alone (tests/corpus/pii-fr.jsonl, pii-en.jsonl),
 * scored by the shared evaluator (tests/corpus/scorer.ts): a labelled value counts as found when a finding of the
 * same kind overlaps it. When this fails, run `npm run eval -- --errors`; fix the detectors or the reviewed data
 * in content/pii/ so that they generalise, never for one item.
 */
import { describe, expect, it } from 'vitest';
import { PII_KINDS } from '../../../../engine/types.ts';
import { floors, loadCorpus, passes, score } from '../../../corpus/scorer.ts';

const items = loadCorpus().filter((item) => item.id.startsWith('pii-'));

describe('PII corpus', () => {
  it('has enough items in each language, every slice, valid labels', () => {
    expect(items.filter((i) => i.lang === 'fr').length).toBeGreaterThanOrEqual(160);
    expect(items.filter((i) => i.lang === 'en').length).toBeGreaterThanOrEqual(90);
    for (const slice of ['pii_valid', 'pii_invalid', 'pii_lookalike']) {
      expect(items.some((i) => i.slice === slice)).toBe(true);
    }
    for (const item of items) {
      for (const label of item.pii ?? []) {
        expect(PII_KINDS, item.id).toContain(label.kind);
        expect(item.text, `${item.id}: "${label.value}" must be a substring`).toContain(label.value);
      }
    }
  });

  it('meets the PII floors', { timeout: 60_000 }, () => {
    const failed = floors(score(items))
      .filter((f) => f.name.startsWith('pii ') && !passes(f))
      .map((f) => `${f.name}: ${(f.value * 100).toFixed(1)} % (≥ ${f.limit * 100} %)`);
    expect(failed).toEqual([]);
  });
});
