/**
 * A one-word care title right after "je suis [un|une|l']", "en tant que" or "travaille comme" is the writer's job
 * (engine/identity-title.ts): alone it does not make a message about health ("je suis l'infirmière du collège et je
 * cherche un covoiturage"). Care received ("je suis chez le médecin", "je suis aux urgences", "je suis en arrêt")
 * and any other health word of the message still count.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { followsIdentityFrame } from '../../../engine/identity-title.ts';
import { normsOf, tokenize } from '../../../engine/text/tokenize.ts';

const health = (text: string): boolean => analyze({ text, role: 'user' }).health;
const topics = (text: string): string[] => analyze({ text, role: 'user' }).topics.map((t) => t.topic);

describe('care titles said as the writer’s job', () => {
  it.each([
    "Bonjour, je suis l'infirmière du collège et je cherche un covoiturage de Vitré à Rennes le matin.",
    'Je suis médecin généraliste et je veux vendre ma voiture, une Peugeot 308.',
    'En tant que dentiste, je voudrais changer de banque.',
    'Je travaille comme kiné et je cherche un appartement à Lyon.',
    "I'm an NHS nurse and I want to apply for a mortgage. Do lenders count overtime?",
  ])('is not health: %s', (text) => {
    expect(health(text)).toBe(false);
  });

  it.each([
    'je suis aux urgences avec mon fils',
    'Je suis chez le médecin, il me demande ma carte vitale.',
    'je suis en arrêt depuis lundi, je préviens mon employeur comment ?',
    'Je suis infirmière, ma patiente a de la fièvre depuis hier.',
    "J'ai rendez-vous chez le dentiste, je suis médecin mais j'ai peur des soins.",
  ])('stays health: %s', (text) => {
    expect(health(text)).toBe(true);
  });

  it('keeps the other topics of a professional’s health question', () => {
    expect(topics('Je suis infirmière, ma patiente a de la fièvre depuis hier.')).toContain('symptoms');
  });

  it('reads the frame, an article and one job word before the care word', () => {
    const at = (text: string, word: string): boolean => {
      const tokens = tokenize(text);
      return followsIdentityFrame(tokens, normsOf(tokens).indexOf(word));
    };
    expect(at("je suis l'infirmière du collège", 'infirmiere')).toBe(true);
    expect(at('je suis médecin généraliste', 'generaliste')).toBe(true);
    expect(at('en tant que kiné', 'kine')).toBe(true);
    expect(at('je travaille comme une dentiste', 'dentiste')).toBe(true);
    expect(at("I'm an NHS nurse", 'nhs')).toBe(true);
    expect(at('working as a nurse', 'nurse')).toBe(true);
    expect(at('je suis chez le dentiste', 'dentiste')).toBe(false);
    expect(at('il appelle comme le dentiste', 'dentiste')).toBe(false);
  });
});
