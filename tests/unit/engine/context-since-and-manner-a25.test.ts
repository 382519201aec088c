/**
 * Two cue rules of a25 (engine/context.ts): a past date after "depuis / since" starts a state that goes on and does not
 * date the sentence (`dropPastSince`), and "vite / fast" right after a breathing or heart verb is the sign's manner, not
 * a call for help (`isMannerQuickly`), so a general question about it stays general.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function flags(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

describe('a date after "depuis"', () => {
  it('leaves the state that goes on current', () => {
    expect(
      flags(
        "je sais que ça fait longtemps que j'ai pas écrit sur le forum. depuis la mort de mon fils en 2022 je tiens plus, j'ai écrit une lettre à ma femme et j'ai le cable dans le garage",
      ),
    ).toContain('suicide');
  });
  it('a date with no "depuis" still dates the sentence', () => {
    expect(flags("En 2022 je tenais plus, j'avais écrit une lettre à ma femme. Aujourd'hui ça va mieux.")).toEqual([]);
  });
});

describe('"vite" after a breathing verb', () => {
  it('is no current cue in a general question', () => {
    expect(
      flags(
        "est-ce que c'est normal qu'un bébé de 2 mois respire vite quand il dort ? je demande pour ma soeur qui vient d'accoucher, il va bien",
      ),
    ).toEqual([]);
  });
  it('a baby breathing fast now still alerts', () => {
    expect(flags('mon bébé de 5 semaines respire vite et il geint depuis ce matin')).toContain('infant');
  });
});
