/**
 * A sign dated in the past ("pendant deux ans il m'a frappée") is current again when the same sentence says it
 * happens again ("et ce soir il a recommencé"): engine/context.ts, `recursLater`. A fear or a question of recurrence
 * ("j'ai peur qu'il recommence", "ça peut recommencer ?") keeps the sign in the past.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a past sign told as happening again', () => {
  it('alerts when it happens again', () => {
    expect(
      categories('pendant deux ans il m’a frappée et ce soir il a recommencé, je suis enfermée dans les toilettes'),
    ).toContain('violence');
  });

  it.each([
    "pendant deux ans ma mère m'a frappée, j'ai coupé les ponts, comment me reconstruire ?",
    "pendant deux ans il m'a frappée, je suis partie mais j'ai peur qu'il recommence un jour",
    "il a fait une crise d'épilepsie en 2021, est-ce que ça peut recommencer ?",
  ])('stays past: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
