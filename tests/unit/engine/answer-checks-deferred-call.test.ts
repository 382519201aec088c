/**
 * `missed_emergency` (engine/checks.ts): an emergency call kept for a later event ("appelez le 15 si ça recommence",
 * "ring 999 if it happens again") does not answer a red flag that is happening now; a call for the present does.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function missed(previous: string, answer: string): boolean {
  const previousUser = analyze({ text: previous, role: 'user' });
  expect(previousUser.redFlags.length).toBeGreaterThan(0);
  return analyze({ text: answer, role: 'assistant', previousUser }).checks.some(
    (check) => check.id === 'missed_emergency',
  );
}

const FIT = "my daughter is having a fit right now, she's shaking all over and her lips are going blue";
const CHEST = "j'ai une douleur dans la poitrine qui serre et qui descend dans le bras gauche depuis une demi-heure";

describe('a call kept for later', () => {
  it.each([
    [FIT, 'Keep her calm, loosen her clothing, and ring 999 straight away if it happens again.'],
    [CHEST, 'Reposez-vous. Si la douleur persiste demain, appelez le 15.'],
    [CHEST, "Prenez un antalgique et allez aux urgences si ça s'aggrave."],
  ])('is a missed emergency: %s → %s', (previous, answer) => {
    expect(missed(previous, answer)).toBe(true);
  });
});

describe('a call for now', () => {
  it.each([
    [FIT, 'Call 999 now and put her on her side.'],
    [CHEST, "Appelez le 15 tout de suite. S'il perd connaissance, commencez le massage cardiaque."],
    [CHEST, 'Si vous êtes seul, appelez le 15 immédiatement.'],
  ])('is not missed: %s → %s', (previous, answer) => {
    expect(missed(previous, answer)).toBe(false);
  });
});

describe('sources named after an attribution verb', () => {
  const previousUser = analyze({ text: "J'ai une question sur ma santé." });
  const ids = (text: string): string[] =>
    analyze({ text, role: 'assistant', previousUser }).checks.map((check) => check.id);

  it('"comme le rappelle l\'Assurance Maladie" names a source', () => {
    expect(ids("Comme le rappelle l'Assurance Maladie, le dépistage est gratuit.")).not.toContain('no_source');
  });

  it('a capital opening the next sentence is no name', () => {
    expect(ids("C'est ce que je recommande. Votre médecin peut vous en dire plus.")).toContain('no_source');
  });
});

describe('words that are not attributions', () => {
  const previousUser = analyze({ text: "J'ai une question sur ma santé." });
  const ids = (text: string): string[] =>
    analyze({ text, role: 'assistant', previousUser }).checks.map((check) => check.id);

  it.each([
    'Prenez votre traitement après le Doliprane du matin.',
    'Je vous recommande le Doliprane pour votre fièvre.',
  ])('a medicine name after "après" or "recommande" is no source: %s', (text) => {
    expect(ids(text)).toContain('no_source');
  });
});
