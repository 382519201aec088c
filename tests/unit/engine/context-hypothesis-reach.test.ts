/**
 * A hypothesis ("et si…", "au cas où", "la prochaine fois", "what if") covers its own clause and what follows it, not
 * a sign told as a fact in an earlier clause (engine/context.ts, `hypothesisCovers`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a hypothesis does not reach back to a sign told before it', () => {
  it.each([
    ["ma mère a très mal à la poitrine, et si c'était un infarctus ?", 'cardiac'],
    [
      "Mon mari m'a étranglée hier soir et ce matin il m'a dit que la prochaine fois il finirait le travail",
      'violence',
    ],
  ])('alerts: %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    'Si jamais mon fils fait une crise, que faire ?',
    'Au cas où ma mère ferait un malaise cet hiver, je voudrais savoir quel numéro appeler.',
    'Le médecin m’a dit que si j’avais des douleurs dans la poitrine je devais appeler le 15.',
  ])('a sign after the hypothesis stays hypothetical: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
