/**
 * A sign that carries its own leading "pas / plus de" ("je n'ai plus de souffle") is negated when an adjective right
 * after it names the symptom that "pas / plus de" denies: "pas de souffle court", "plus de souffle court depuis hier"
 * (engine/context.ts, `negatedQualifiedSign`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const analysis = (text: string) => analyze({ text, role: 'user' });
const categories = (text: string): string[] => analysis(text).redFlags.map((f) => f.category);

describe('"pas / plus de" + sign noun + symptom adjective is a denied symptom', () => {
  it.each([
    'pas de souffle court, juste le nez bouché depuis lundi',
    'plus de souffle court depuis hier, la ventoline a bien marché',
    'pas de fièvre, pas de souffle court, pas de douleur',
    "mon fils n'a plus de souffle coupé quand il court",
  ])('no alert, still health: %s', (text) => {
    expect(categories(text)).toEqual([]);
    expect(analysis(text).health).toBe(true);
  });

  it.each(["je n'ai plus de souffle, mes lèvres sont bleues", 'il a plus de souffle, il devient tout gris'])(
    'the bare sign keeps its alert: %s',
    (text) => {
      expect(categories(text)).toContain('breathing');
    },
  );
});
