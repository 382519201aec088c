/**
 * Off-topic words that stay on topic (engine/context.ts, `offTopicFrom`, a25): a thing given away in a list after the
 * giving verb ("g tout donné à mes potes, mes jeux ma console"), a device the writer apologises for ("je suis pas très
 * doué avec l'ordinateur"), and a story named as a comparison ("comme dans le film, si…") do not make the rest of the
 * sentence about machines or fiction.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function flags(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

describe('a thing given away in a list', () => {
  it('is a farewell act, not a topic about games', () => {
    expect(
      flags(
        "tkt pas pour moi g tout donné à mes potes, mes jeux ma console, c'est bon j'ai plus besoin de rien, ce soir c'est fini",
      ),
    ).toContain('suicide');
  });
  it('a console that is not given away is still off topic', () => {
    expect(analyze({ text: 'ma console fait une crise cardiaque, elle surchauffe' }).health).toBe(false);
  });
});

describe('a device the writer apologises for', () => {
  it('leaves the emergency told after it', () => {
    expect(
      flags(
        'je suis pas tres doué avec l ordinateur ma femme est tombee dans l escalier elle a la tete qui saigne et elle dit des choses qui ont pas de sens',
      ),
    ).toContain('consciousness');
  });
});

describe('a story named as a comparison', () => {
  it('frames a question about real life', () => {
    expect(
      analyze({ text: "comme dans le film, si quelqu'un se fait piquer par un serpent faut-il aspirer le venin ?" })
        .health,
    ).toBe(true);
  });
  it('a story told for itself stays off topic', () => {
    expect(
      analyze({ text: 'Dans le film, le héros se fait poignarder et meurt dans les bras de sa femme.' }).health,
    ).toBe(false);
  });
});
