/**
 * A sentence-wide past or general cue ("l'an dernier", "PSC1", "comment reconnaître") makes its sentence not current,
 * except after a contrast word followed by the subject of a statement ("mais je…", "mais là…", "mais ma mère…"): what
 * follows is said as a fact (engine/context.ts, `factualContrast`). "mais aussi", "mais chez l'enfant" go on with the
 * question.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('past or general sentence ended by a factual contrast', () => {
  it.each([
    ["j'ai fait le PSC1 mais je panique, ma grand-mère est tombée et elle respire plus", 'breathing'],
    ["il a fait un AVC l'an dernier mais là il a la bouche de travers et il parle plus", 'stroke'],
    ["je suis étudiante en médecine mais c'est pour ma fille qui a 6 semaines et 38,5 de fièvre", 'infant'],
    [
      "petite j'ai été allergique aux crevettes et là j'en ai mangé sans faire exprès, j'ai les lèvres qui gonflent",
      'anaphylaxis',
    ],
  ])('alerts on %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    "au PSC1 on nous a appris que si la personne respire plus il faut masser, c'est combien de compressions ?",
    "quels sont les signes d'un AVC, mais aussi d'un infarctus, chez l'adulte ?",
    'ma mère a fait un AVC en 2019, elle a gardé une faiblesse du bras, quels exercices pour la rééducation ?',
  ])('stays not current: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
