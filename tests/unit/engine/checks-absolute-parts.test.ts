/**
 * `absolute_claim` from two parts of one clause (engine/checks.ts, `absoluteByParts`): an absolute word
 * (`absolute_marker`) and what a remedy does or spares (`claim_effect`), in either order. Advice to the reader, hedged or
 * denied absolute words and parts in different clauses make no claim. Such a claim also makes the remedy it names
 * health (`claimInParts`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function absolute(answer: string): boolean {
  return analyze({ text: answer, role: 'assistant' }).checks.some((check) => check.id === 'absolute_claim');
}

describe('an absolute word and an effect in one clause', () => {
  it('is an absolute claim, in either order, in French and in English', () => {
    expect(absolute('Ce sirop soulage la toux à chaque fois, dès la première cuillère.')).toBe(true);
    expect(absolute('La crème à la cortisone n’abîme jamais la peau.')).toBe(true);
    expect(absolute('Cette lotion soigne les verrues de n’importe quel enfant.')).toBe(true);
    expect(absolute('These ear drops always dissolve earwax overnight.')).toBe(true);
    expect(absolute('Cold baths boost the immune system in every single person.')).toBe(true);
  });

  it('is no claim when the reader is told what to do', () => {
    expect(absolute('Ne dépassez jamais 4 g de paracétamol par jour, et demandez à votre pharmacien.')).toBe(false);
    expect(absolute('Always protect your skin from the sun and see a dermatologist if a mole changes.')).toBe(false);
  });

  it('is no claim when the absolute word is hedged or denied', () => {
    expect(absolute('Une angine n’est pas toujours due à une bactérie : un test rapide le dira.')).toBe(false);
    expect(absolute('Cet eczéma guérit presque toujours avec une crème émolliente ; montrez-le s’il s’étend.')).toBe(
      false,
    );
    expect(absolute('No medicine works for everyone, ask your doctor.')).toBe(false);
  });

  it('needs both parts in the same clause', () => {
    expect(absolute('Ce sirop soulage la toux. Consultez toujours si la fièvre dépasse trois jours.')).toBe(false);
  });
});

describe('a claim in two parts', () => {
  it('makes the remedy it names health, as an absolute cue does', () => {
    const answer = 'Les probiotiques rééquilibrent la flore intestinale de n’importe qui.';
    expect(analyze({ text: answer, role: 'assistant' }).health).toBe(true);
    expect(analyze({ text: 'Les probiotiques sont en rayon.', role: 'assistant' }).health).toBe(false);
  });
});
