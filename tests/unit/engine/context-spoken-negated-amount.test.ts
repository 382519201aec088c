/**
 * Spoken French drops "ne": "je saigne pas beaucoup" negates the amount a sign needs ("saigne … beaucoup"). Only when
 * "pas / jamais" is the whole gap and the term resumes on an amount word (engine/context.ts, `spokenNegatedAmount`):
 * "j'arrive pas à respirer" and "il saigne beaucoup" keep their alert.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('spoken negation of an amount', () => {
  it.each([
    "je saigne pas beaucoup, c'est juste une égratignure au genou",
    'il saigne pas beaucoup de la tête, une petite bosse',
  ])('no alert: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    ["j'arrive pas à respirer, ça siffle", 'breathing'],
    ['il saigne beaucoup de la cuisse, ça traverse le torchon', 'bleeding'],
    ['ça saigne pas mal du tout, ça coule partout depuis 10 minutes', 'bleeding'],
  ])('alerts on %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
