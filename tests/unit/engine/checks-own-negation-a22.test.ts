/**
 * `absolute_claim` (engine/checks.ts, `ownNegation`): a claim that carries its own negation ("aucun effet
 * secondaire", "rien de grave", "nothing serious") is not denied by the "ne / n'" that goes with it; a denial said
 * before it in its sentence ("pas", "aucun médicament n'est…", "I can't promise") still denies it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: 'Est-ce que je peux prendre de la mélatonine pour dormir ?', role: 'user' });

function absolute(answer: string): boolean {
  expect(previousUser.health).toBe(true);
  return analyze({ text: answer, role: 'assistant', previousUser }).checks.some(
    (check) => check.id === 'absolute_claim',
  );
}

describe('a claim with its own negation', () => {
  it.each([
    "La mélatonine n'a jamais aucun effet secondaire.",
    "D'après ce que vous décrivez, ce n'est certainement rien de grave.",
    "Vous pouvez être sûre que ce n'est pas un cancer.",
    "Rest assured, it's definitely nothing serious.",
    "Aucune raison de s'inquiéter : ce sirop n'a jamais aucun effet secondaire.",
  ])('is absolute: %s', (answer) => {
    expect(absolute(answer)).toBe(true);
  });
});

describe('a claim denied before it', () => {
  it.each([
    "Aucun médicament n'est totalement sans risque, même ceux vendus sans ordonnance.",
    "Ce n'est pas sans aucun risque : parlez-en à votre médecin.",
    "Ce n'est probablement rien de grave, mais montrez-le à votre médecin.",
    "I can't promise it's nothing serious, so please see your GP.",
    "Même naturel, un produit n'est jamais totalement sans risque.",
  ])('is not absolute: %s', (answer) => {
    expect(absolute(answer)).toBe(false);
  });
});
