/**
 * An age in brackets after a name, or between commas after a capitalised first name, reads as "de N semaines" (French)
 * or "N weeks old" (English), so the baby-age terms see it beside the person (engine/appositive-age.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { readAppositiveAges } from '../../../engine/appositive-age.ts';
import { normAt, tokenize, TokenType } from '../../../engine/text/tokenize.ts';

function categories(text: string): string[] {
  return analyze({ text, role: 'user' }).redFlags.map((flag) => flag.category);
}

describe('ages in apposition', () => {
  it('reads a bracketed age after a name as the age of that person', () => {
    expect(categories('ma nièce Lou (6 semaines) a 38,4 depuis ce matin')).toContain('infant');
    expect(categories('mon petit Noah (5 semaines) ne boit plus et il est tout mou')).toContain('infant');
    expect(categories('my niece Lou (6 weeks) has a temp of 38.4')).toContain('infant');
  });

  it('reads an age between commas after a first name', () => {
    expect(categories('mon petit Noah, 5 semaines, ne boit plus et il est tout mou')).toContain('infant');
  });

  it('leaves older ages, other asides and lower-case words before commas alone', () => {
    expect(categories('ma fille Lou (6 ans) a 38,4')).toEqual([]);
    expect(categories('mon bébé (le 2e) a 38,4')).toEqual([]);
    const tokens = tokenize('il tousse, 3 jours, pas de fièvre');
    const before = [...tokens.types];
    readAppositiveAges(tokens, 'il tousse, 3 jours, pas de fièvre');
    expect([...tokens.types]).toEqual(before);
  });

  it('keeps the offsets of what was typed', () => {
    const text = 'ma nièce Lou (6 semaines) a 38,4';
    const tokens = tokenize(text);
    readAppositiveAges(tokens, text);
    const open = text.indexOf('(');
    const i = [...tokens.starts].indexOf(open);
    expect(tokens.types[i]).toBe(TokenType.Word);
    expect(normAt(tokens, i)).toBe('de');
    expect(tokens.ends[i]).toBe(open + 1);
  });
});
