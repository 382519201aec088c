/**
 * A resolution ("maintenant il va bien", "aujourd'hui tout est rentré dans l'ordre") makes the signs told before it
 * past, and only those (engine/context.ts, `RESOLUTION_WORDS` in `sentenceCueReaches`): a sign told after it is news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a resolution closes what was told before it', () => {
  it.each([
    "hier soir il a fait une crise d'épilepsie, maintenant il va bien et il a mangé, on doit revoir le neuro ?",
    "elle a fait un malaise ce midi, aujourd'hui tout est rentré dans l'ordre",
  ])('no alert: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it('alerts on a sign told after it', () => {
    expect(
      categories('elle a fait un malaise, maintenant elle va bien, elle a juste encore très mal à la poitrine'),
    ).toContain('cardiac');
  });
});
