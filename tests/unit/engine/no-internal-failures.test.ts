/**
 * `analyze()` never throws: on an internal error it returns an empty analysis. That safety net must never be what
 * answers on real messages — an error in one rule (a renamed constant, an index out of range) would otherwise only
 * show as findings that quietly disappear. Every corpus text, as a user message and as an answer, runs without it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeFailures } from '../../../engine/analyze.ts';
import { loadCorpus } from '../../corpus/scorer.ts';

describe('the fallback of analyze()', () => {
  it('is never taken on the corpus, as user message or as answer', () => {
    const before = analyzeFailures();
    const previousUser = analyze({ text: "J'ai une douleur dans la poitrine depuis ce matin." });
    for (const item of loadCorpus()) {
      analyze({ text: item.text });
      analyze({ text: item.text, role: 'assistant', previousUser });
    }
    expect(analyzeFailures() - before).toBe(0);
  });

  it('counts a call that fell back', () => {
    const before = analyzeFailures();
    // A getter that throws inside the engine's read of the input: the engine answers, and counts it.
    const input = {
      text: 'bonjour',
      get role(): 'user' {
        throw new Error('boom');
      },
    };
    expect(analyze(input).health).toBe(false);
    expect(analyzeFailures() - before).toBe(1);
  });
});
