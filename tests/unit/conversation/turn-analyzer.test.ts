import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../engine/types';
import type { Turn } from '../../../sites/types';
import { createTurnAnalyzer, EMPTY_ANALYSIS, type AnalyzeFn } from '../../../core/conversation/turn-analyzer';

/** A stand-in engine: "poitrine" is a cardiac red flag; answers without "15" miss the emergency. */
const fakeAnalyze: AnalyzeFn = ({ text, role, previousUser }) => {
  const cardiac = text.indexOf('poitrine');
  const checks: Analysis['checks'] =
    role === 'assistant' && previousUser && previousUser.redFlags.length > 0 && !text.includes('15')
      ? [{ id: 'missed_emergency' }]
      : [];
  return {
    ...EMPTY_ANALYSIS,
    health: cardiac >= 0,
    redFlags: cardiac >= 0 && role === 'user' ? [{ category: 'cardiac', start: cardiac, end: cardiac + 8 }] : [],
    checks,
  };
};

const turn = (key: string, role: Turn['role'], text: string, complete = true): Turn => ({ key, role, text, complete });

describe('turn analyzer', () => {
  it('analyses each turn once while its text does not change', () => {
    const analyze = vi.fn(fakeAnalyze);
    const analyzer = createTurnAnalyzer({ analyze, now: () => 0 });
    const turns = [turn('u1', 'user', 'bonjour'), turn('a1', 'assistant', 'bonjour !')];
    expect(analyzer.update(turns).changed).toBe(true);
    expect(analyzer.update(turns).changed).toBe(false);
    expect(analyzer.update(turns.map((t) => ({ ...t, text: `${t.text}` }))).changed).toBe(false);
    expect(analyze).toHaveBeenCalledTimes(2);
    analyzer.update([turns[0]!, turn('a1', 'assistant', 'bonjour ! autre')]);
    expect(analyze).toHaveBeenCalledTimes(3);
  });

  it('throttles a streaming answer and analyses it once more when complete', () => {
    let now = 0;
    const analyze = vi.fn(fakeAnalyze);
    const analyzer = createTurnAnalyzer({ analyze, now: () => now, streamingIntervalMs: 250 });
    const user = turn('u1', 'user', 'question');
    let text = '';
    let retries = 0;
    for (let i = 0; i < 100; i += 1) {
      text += 'mot ';
      now += 10;
      const result = analyzer.update([user, turn('a1', 'assistant', text, false)]);
      if (result.retryInMs !== null) retries += 1;
    }
    // 1000 ms of streaming at most every 250 ms: the user turn + about 5 analyses of the answer.
    expect(analyze.mock.calls.length).toBeLessThanOrEqual(1 + 5);
    expect(retries).toBeGreaterThan(0);
    now += 10;
    analyzer.update([user, turn('a1', 'assistant', text, true)]);
    const last = analyzer.turns().at(-1)!;
    expect(last.complete).toBe(true);
    expect(last.text).toBe(text);
  });

  it('passes the previous user analysis so the completed answer gets missed_emergency', () => {
    const analyzer = createTurnAnalyzer({ analyze: fakeAnalyze, now: () => 0 });
    analyzer.update([turn('u1', 'user', 'douleur dans la poitrine'), turn('a1', 'assistant', 'Reposez-vous.')]);
    expect(analyzer.turns()[1]!.analysis.checks.map((c) => c.id)).toEqual(['missed_emergency']);
    analyzer.update([turn('u2', 'user', 'merci'), turn('a2', 'assistant', 'De rien.')]);
    expect(analyzer.turns()[3]!.analysis.checks).toEqual([]);
  });

  it('keeps unmounted turns (virtualised lists) and inserts older ones in conversation order', () => {
    const analyze = vi.fn(fakeAnalyze);
    const analyzer = createTurnAnalyzer({ analyze, now: () => 0 });
    analyzer.update([turn('u3', 'user', 'c'), turn('a3', 'assistant', 'C')]);
    analyzer.update([turn('u2', 'user', 'b'), turn('a2', 'assistant', 'B'), turn('u3', 'user', 'c')]);
    analyzer.update([turn('u1', 'user', 'a'), turn('a1', 'assistant', 'A'), turn('u2', 'user', 'b')]);
    analyzer.update([turn('u4', 'user', 'd')]); // nothing known around it: a new message
    expect(analyzer.turns().map((t) => t.key)).toEqual(['u1', 'a1', 'u2', 'a2', 'u3', 'a3', 'u4']);
    expect(analyze).toHaveBeenCalledTimes(7);
  });

  it('re-analyses an answer when the user turn before it changes its red flags', () => {
    const analyzer = createTurnAnalyzer({ analyze: fakeAnalyze, now: () => 0 });
    analyzer.update([turn('u1', 'user', 'bonjour'), turn('a1', 'assistant', 'Reposez-vous.')]);
    expect(analyzer.turns()[1]!.analysis.checks).toEqual([]);
    analyzer.update([turn('u1', 'user', 'mal à la poitrine'), turn('a1', 'assistant', 'Reposez-vous.')]);
    expect(analyzer.turns()[1]!.analysis.checks.map((c) => c.id)).toEqual(['missed_emergency']);
  });

  it('spreads a long first scan over several passes when the budget runs out', () => {
    let now = 0;
    const analyze = vi.fn((input: Parameters<AnalyzeFn>[0]) => {
      now += 1; // each analysis "costs" 1 ms
      return fakeAnalyze(input);
    });
    const analyzer = createTurnAnalyzer({ analyze, now: () => now, budgetMs: 8 });
    const turns = Array.from({ length: 40 }, (_, i) => turn(`t${i}`, i % 2 ? 'assistant' : 'user', `texte ${i}`));
    let passes = 0;
    for (;;) {
      passes += 1;
      if (!analyzer.update(turns).incomplete) break;
    }
    expect(passes).toBeGreaterThan(3);
    expect(analyze).toHaveBeenCalledTimes(40);
    expect(analyzer.turns()).toHaveLength(40);
  });

  it('never throws when the engine does', () => {
    const analyzer = createTurnAnalyzer({
      analyze: () => {
        throw new Error('bug');
      },
      now: () => 0,
    });
    expect(analyzer.update([turn('u1', 'user', 'x')]).changed).toBe(true);
    expect(analyzer.turns()[0]!.analysis).toEqual(EMPTY_ANALYSIS);
  });
});

describe('turn analyzer: streaming answers', () => {
  it('analyses only the new text (with overlap) while an answer grows, then the whole answer once', () => {
    let now = 0;
    const seen: string[] = [];
    const analyze: AnalyzeFn = (input) => {
      seen.push(input.text);
      return fakeAnalyze(input);
    };
    const analyzer = createTurnAnalyzer({ analyze, now: () => now, streamingIntervalMs: 250 });
    const user = turn('u1', 'user', 'bonjour');
    const start = 'Voici une réponse. '.repeat(30);
    analyzer.update([user, turn('a1', 'assistant', start, false)]);
    now += 300;
    const grown = `${start}Votre poitrine ne doit pas vous inquiéter.`;
    analyzer.update([user, turn('a1', 'assistant', grown, false)]);
    const tail = seen.at(-1)!;
    expect(tail.length).toBeLessThan(grown.length);
    expect(grown.endsWith(tail)).toBe(true);
    const streamed = analyzer.turns()[1]!.analysis;
    expect(streamed.health).toBe(true);
    expect(streamed.checks).toEqual([]);
    now += 300;
    analyzer.update([user, turn('a1', 'assistant', grown, true)]);
    expect(seen.at(-1)).toBe(grown);
  });
});
