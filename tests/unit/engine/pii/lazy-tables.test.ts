/**
 * The background's worker evaluates the personal-data detectors each time it starts (Chrome stops an idle worker
 * after ~30 s; until stop 14 the content script also did on every chatbot page load): their tables must cost nothing
 * until the first lookup, and then give the same answers as if they had been built at load.
 */
import { describe, expect, it } from 'vitest';

describe('personal-data tables', () => {
  it('are still empty after the modules load, and filled by the first detection', async () => {
    // A fresh module graph: other test files of this worker may already have used the detectors.
    const { vi } = await import('vitest');
    vi.resetModules();
    const text = await import('../../../../engine/pii/text.ts');
    const { findPii } = await import('../../../../engine/pii/index.ts');
    expect(text.STEP_MUL.some((value) => value !== 0)).toBe(false);
    const found = findPii('Je suis Marie Dupont, née le 3 mars 1980.');
    expect(found.map((finding) => finding.kind).sort()).toEqual(['birthdate', 'person_name']);
    expect(text.STEP_MUL.some((value) => value !== 0)).toBe(true);
  });
});
