/**
 * The corpus floors from the issue, checked with the same scorer as `npm run eval`. When this fails, run
 * `npm run eval -- --errors` to see the table and the items behind it; fix the lexicons or rules so they
 * generalise (never special-case a corpus item).
 */
import { describe, expect, it } from 'vitest';
import { RED_FLAG_CATEGORIES, TOPIC_IDS } from '../../engine/types.ts';
import { FALSE_ALARM_SLICES, floors, loadCorpus, passes, score } from './scorer.ts';

const items = loadCorpus();

describe('evaluation corpus', () => {
  it('is large, mostly French, with unique ids and every category covered', () => {
    expect(items.length).toBeGreaterThanOrEqual(800);
    expect(items.filter((i) => i.lang === 'fr').length / items.length).toBeGreaterThanOrEqual(0.6);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const category of RED_FLAG_CATEGORIES) {
      const current = items.filter((i) => i.slice === 'current' && i.redFlags?.includes(category));
      expect(current.length, category).toBeGreaterThanOrEqual(20);
      expect(new Set(current.map((i) => i.lang)).size, `${category} in both languages`).toBe(2);
    }
    for (const topic of TOPIC_IDS)
      expect(
        items.some((i) => i.topics?.includes(topic)),
        topic,
      ).toBe(true);
    for (const slice of [...FALSE_ALARM_SLICES, 'hard_negative', 'answer']) {
      expect(
        items.some((i) => i.slice === slice),
        slice,
      ).toBe(true);
    }
  });

  it('meets every floor', { timeout: 120_000 }, () => {
    const failed = floors(score(items))
      .filter((f) => !passes(f))
      .map((f) => `${f.name}: ${(f.value * 100).toFixed(1)} % (${f.kind === 'min' ? '≥' : '≤'} ${f.limit * 100} %)`);
    expect(failed).toEqual([]);
  });
});
