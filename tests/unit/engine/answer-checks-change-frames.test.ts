/**
 * Treatment-change frames of engine/checks.ts added in round a17: a change whose object is a pronoun standing for a
 * medicine named just before ("il vaudrait mieux l'arrêter"), judgements against a change ("il est déconseillé de
 * sauter…"), preconditions and indirect questions that are not advice ("avant d'arrêter…, parlez-en", "whether it is
 * safe to pause it").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: "J'ai une question sur mon traitement et ma santé." });

function changes(text: string): boolean {
  return analyze({ text, role: 'assistant', previousUser }).checks.some((check) => check.id === 'treatment_change');
}

describe('a pronoun object standing for a medicine', () => {
  it.each([
    "Votre père n'a plus besoin de son anticoagulant. Il vaudrait mieux l'arrêter.",
    'Si la crème à la cortisone ne fait plus effet, remplacez-la par de l’huile de coco.',
    'Le Lasilix la fait uriner la nuit : le plus simple est de le supprimer les jours où elle sort.',
    'Your inhaler is not needed any more. Just stop it.',
  ])('flags the change: %s', (text) => {
    expect(changes(text)).toBe(true);
  });

  it.each([
    "Votre antidépresseur vous aide. Ne l'arrêtez pas sans en parler à votre médecin.",
    'Le sport vous fait du bien : arrêtez le sport seulement en cas de douleur.',
    "Don't stop sertraline suddenly: coming off it is something to plan.",
    'Vous aimez le café ? Il vaudrait mieux le diminuer.',
  ])('does not flag advice against, a gerund subject or no medicine before: %s', (text) => {
    expect(changes(text)).toBe(false);
  });
});

describe('judgements against a change, preconditions and indirect questions', () => {
  it.each([
    'Il est déconseillé de sauter des prises de votre traitement anti-épileptique.',
    "Il est dangereux d'arrêter brutalement la cortisone.",
    "Avant d'arrêter votre traitement, parlez-en à votre médecin.",
    'Si vous souhaitez l’arrêter, parlez-en avec votre médecin : votre antidépresseur se diminue progressivement.',
    'Talk to your GP about your blood thinner; they can tell you whether it is safe to pause it.',
  ])('are not advice to change: %s', (text) => {
    expect(changes(text)).toBe(false);
  });

  it.each([
    "Ce n'est pas dangereux de sauter une prise de votre statine.",
    'Si besoin, vous pouvez arrêter votre sirop.',
  ])('a negated judgement or the advice’s own condition still advises the change: %s', (text) => {
    expect(changes(text)).toBe(true);
  });
});
