/**
 * `treatment_change` (engine/checks.ts): "n'hésitez pas à sauter une prise" encourages the change (`encouragement`,
 * `notAgainst`), and "parlez-en à votre médecin : il pourra adapter la dose" says what the professional may do
 * (`namedProfessionalActs`), while "il peut arrêter son traitement" about a relative stays advice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function change(answer: string): boolean {
  return analyze({ text: answer, role: 'assistant' }).checks.some((check) => check.id === 'treatment_change');
}

describe('not hesitating', () => {
  it('encourages the change that follows', () => {
    expect(change("N'hésitez pas à sauter une prise de Lexomil les jours où vous êtes calme.")).toBe(true);
    expect(change("Don't hesitate to skip the evening dose of your sleeping pills.")).toBe(true);
  });
  it('while a plain negation still advises against it', () => {
    expect(change('Ne sautez pas de prise de Lexomil, même les jours où vous êtes calme.')).toBe(false);
  });
});

describe('a pronoun and a modal after a professional', () => {
  it('is what the professional may do', () => {
    expect(change('Parlez-en à votre médecin : il pourra adapter la dose ou proposer une autre forme.')).toBe(false);
    expect(change('See your GP; she may lower the dose if the side effects go on.')).toBe(false);
  });
  it('without a professional before, is advice', () => {
    expect(change('Votre père va mieux : il peut arrêter son traitement contre la tension.')).toBe(true);
  });
});
