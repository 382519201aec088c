/**
 * `verify_dosage` (engine/checks.ts, `countedDose`): a dose named without a quantity ("la posologie", "the dose")
 * is not one to verify when the reader is sent to ask a professional for it or when it is denied; a dose with a
 * quantity always is, and a professional adjusting "your dose" is still a dose to verify.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: "Quelle dose d'ibuprofène pour mon fils de 6 ans ?", role: 'user' });

function dose(answer: string): boolean {
  expect(previousUser.health).toBe(true);
  return analyze({ text: answer, role: 'assistant', previousUser }).checks.some(
    (check) => check.id === 'verify_dosage',
  );
}

describe('a dose asked of a professional', () => {
  it.each([
    'Demandez à votre pharmacien la posologie adaptée à votre enfant.',
    'Please ask your pharmacist for the right dose for your child.',
  ])('is not a dose to verify: %s', (answer) => {
    expect(dose(answer)).toBe(false);
  });
});

describe('a dose to verify', () => {
  it.each([
    'Donnez-lui 10 mg/kg toutes les 8 heures, et demandez à votre pharmacien la posologie exacte.',
    'Your GP may want to adjust your dose once the blood results are back.',
    'Gardez la même posologie jusqu’au prochain rendez-vous.',
    'Sucez 2 cp à la fois, jusqu’à 8 par jour.',
  ])('is a dose to verify: %s', (answer) => {
    expect(dose(answer)).toBe(true);
  });
});

describe('a dose named only to be withheld', () => {
  it.each([
    'Je ne peux pas vous donner de posologie pour un enfant sans connaître son poids.',
    "I can't tell you the dose without knowing her weight.",
  ])('is not a dose to verify: %s', (answer) => {
    expect(dose(answer)).toBe(false);
  });
});

describe('a dose said to vary', () => {
  it.each([
    'La posologie dépend de son poids : le pharmacien la calculera avec vous.',
    'The dose depends on her weight.',
  ])('is not a dose to verify: %s', (answer) => {
    expect(dose(answer)).toBe(false);
  });
});
