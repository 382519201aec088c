/**
 * `npm run analyze` and `npm run bench` run the engine bundled into one module (scripts/engine-bundle.ts), as the
 * extension does: the bundle must answer exactly as the modules do.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { loadBundledEngine } from '../../../scripts/engine-bundle.ts';
import { loadCorpus } from '../../corpus/scorer.ts';

describe('bundled engine', () => {
  it('gives the same findings as the engine modules', async () => {
    const bundled = await loadBundledEngine();
    const items = loadCorpus().filter((_, k) => k % 20 === 0);
    expect(items.length).toBeGreaterThan(500);
    for (const item of items) {
      const input = { text: item.text, ...(item.role ? { role: item.role } : {}) };
      expect(JSON.stringify(bundled.analyze(input)), item.id).toBe(JSON.stringify(analyze(input)));
    }
  });
});
