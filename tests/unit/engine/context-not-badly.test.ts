/**
 * "respire pas" carries its own negation (its absence is the emergency), but "je respire pas trop mal", "il respire pas
 * si mal", "il respire pas mal du tout" say the breathing is fine (engine/context.ts, `notBadlyAfter`). A bare "respire
 * pas mal" (also "quite a lot") and "respire pas très bien" keep their alert.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('"pas … mal" after a sign that carries its "pas"', () => {
  it.each([
    "je respire pas trop mal aujourd'hui, la kiné m'a bien aidé",
    'il respire pas si mal depuis la ventoline',
    'mon fils respire pas mal du tout, il tousse juste la nuit',
  ])('no alert: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    ['au secours il respire pas et il est tout bleu', 'breathing'],
    ['il respire pas très bien, il siffle et il arrive pas à parler', 'breathing'],
  ])('alerts on %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
