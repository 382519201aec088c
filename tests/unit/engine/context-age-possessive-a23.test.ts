/**
 * "ma meuf a 19 ans elle a…": with accents folded, "a 19 ans elle a" reads as the past cue "à 19 ans elle a". After a
 * possessive and a noun, "a" is the verb avoir even when the noun is no known person word (engine/context.ts,
 * `isAgeStatement`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('an age after a possessive and a noun', () => {
  it('is a present age, so the sign after it alerts', () => {
    expect(
      categories(
        'ma meuf a 19 ans elle a super mal au ventre a droite genre elle peut plus marcher, elle est livide et elle transpire',
      ),
    ).toContain('bleeding');
  });

  it('"à 15 ans elle a fait…" without a possessive stays a date', () => {
    expect(categories("à 15 ans elle a fait une tentative de suicide, aujourd'hui elle va bien")).toEqual([]);
  });
});
