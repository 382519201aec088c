/**
 * "presque" right after a sign says it almost happened ("il s'étouffait presque avec sa pizza"), like "a failli";
 * "presque plus / pas" (barely) keeps the alert (engine/context.ts, `nearMissAfter`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a sign followed by "presque" is a near miss', () => {
  it('no alert', () => {
    expect(categories("mon frère a tellement ri qu'il s'étouffait presque avec sa pizza")).toEqual([]);
  });

  it.each(['mon bébé respire presque plus', 'il ne respire presque plus'])('barely: alerts: %s', (text) => {
    expect(categories(text)).toContain('breathing');
  });

  it('a frequency after "presque" is no near miss', () => {
    expect(categories('je pense à me tuer presque tous les jours en ce moment')).toContain('suicide');
  });
});
