import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_LENGTH } from '../../../core/protocol';
import { countPii, excerpt, summarize } from '../../../core/conversation/findings';
import { EMPTY_ANALYSIS, type AnalyzedTurn } from '../../../core/conversation/turn-analyzer';

describe('evidence excerpt', () => {
  it('keeps the evidence with some context, within 80 characters', () => {
    const text = `${'Bonjour, '.repeat(20)}j'ai une douleur dans la poitrine depuis une heure${' et puis'.repeat(20)}`;
    const start = text.indexOf('douleur');
    const result = excerpt(text, { start, end: start + 'douleur dans la poitrine'.length });
    expect(result).toContain('douleur dans la poitrine');
    expect(result.length).toBeLessThanOrEqual(EVIDENCE_MAX_LENGTH);
    expect(result.startsWith('…')).toBe(true);
  });

  it('is never longer than 80 characters, whatever the text and span', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(a, b) % (text.length + 1);
        expect(excerpt(text, { start: Math.min(start, end), end: Math.max(start, end) }).length).toBeLessThanOrEqual(
          80,
        );
      }),
    );
  });
});

describe('summarize', () => {
  const turns: AnalyzedTurn[] = [
    {
      key: 'u1',
      role: 'user',
      text: 'Mon père a une douleur dans la poitrine',
      complete: true,
      analysis: {
        ...EMPTY_ANALYSIS,
        health: true,
        topics: [{ topic: 'symptoms', start: 15, end: 22 }],
        redFlags: [{ category: 'cardiac', start: 15, end: 39 }],
      },
    },
    {
      key: 'a1',
      role: 'assistant',
      text: 'Reposez-vous.',
      complete: true,
      analysis: { ...EMPTY_ANALYSIS, checks: [{ id: 'missed_emergency' }, { id: 'no_source' }] },
    },
  ];

  it('gives ids, short evidence and the last answer checks, never whole turns', () => {
    const { state, categories } = summarize(turns, {
      site: 'chatgpt',
      readerStatus: 'ok',
      conversationId: 'abc',
      piiCounts: { phone: 1 },
    });
    expect(categories).toEqual(['cardiac']);
    expect(state).toEqual({
      site: 'chatgpt',
      readerStatus: 'ok',
      conversationId: 'abc',
      health: true,
      topics: ['symptoms'],
      redFlags: [{ category: 'cardiac', evidence: 'Mon père a une douleur dans la poitrine', source: 'user' }],
      checks: ['missed_emergency', 'no_source'],
      missedEmergency: true,
      piiCounts: { phone: 1 },
    });
  });

  it('ignores checks of an answer still streaming', () => {
    const streaming = [turns[0]!, { ...turns[1]!, complete: false }];
    const { state } = summarize(streaming, { site: 'claude', readerStatus: 'ok', conversationId: null, piiCounts: {} });
    expect(state.checks).toEqual([]);
    expect(state.missedEmergency).toBe(false);
  });

  it('counts personal data by kind', () => {
    expect(countPii([{ kind: 'phone' }, { kind: 'nir' }, { kind: 'phone' }])).toEqual({ phone: 2, nir: 1 });
  });
});
