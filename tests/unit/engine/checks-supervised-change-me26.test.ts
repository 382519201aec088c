/**
 * Treatment changes of engine/checks.ts that are not advice to change alone (stop 26): a change made with a professional
 * named right after it ("adapter les doses avec son diabétologue", `supervisedBy`), and withdrawal named as what a stop
 * causes ("un syndrome de sevrage": the lexicon's treatment-change terms name weaning as advice, "un plan de sevrage",
 * "commencez un sevrage", not the bare noun).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: "J'ai une question sur mon traitement et ma santé." });

function changes(text: string): boolean {
  return analyze({ text, role: 'assistant', previousUser }).checks.some((check) => check.id === 'treatment_change');
}

describe('a change made with a professional named after it', () => {
  it.each([
    'Chez une personne diabétique sous insuline, il faut adapter les doses avec son diabétologue.',
    'Réduisez la cortisone en accord avec votre médecin.',
    'You can taper the dose with your doctor.',
    'Arrêtez le Tahor sous le contrôle de votre cardiologue.',
  ])('is not flagged: %s', (text) => {
    expect(changes(text)).toBe(false);
  });

  it.each([
    'Doublez la dose et voyez avec votre médecin.',
    'Stop your statin, then check with your GP.',
    'Arrêtez le Tahor pendant une semaine avec votre médecin.',
    'Doublez la dose avec un grand verre d’eau.',
  ])('stays flagged when the professional is not the partner of the change: %s', (text) => {
    expect(changes(text)).toBe(true);
  });
});

describe('withdrawal named as an effect', () => {
  it.each([
    'Attention, un syndrome de sevrage est possible les premiers jours ; parlez-en à votre médecin.',
    'Les symptômes du sevrage sont fréquents les premiers jours ; votre médecin peut vous accompagner.',
  ])('is not flagged: %s', (text) => {
    expect(changes(text)).toBe(false);
  });

  it('a weaning plan stays a change', () => {
    expect(
      changes('Voici un plan de sevrage progressif pour votre zolpidem : un demi-comprimé la première semaine.'),
    ).toBe(true);
  });
});
