/**
 * "ne … aucun / aucune / rien" right after a sign denies it like "ne … pas" (engine/context.ts, `frenchNeAround`):
 * "aucun / aucune" may follow a participle, so "ne" may sit before its auxiliary ("elle n'en a avalé aucune"), and
 * after a term's gap "ne" is read before the term's last slot ("des piles … mais elle n'en a avalé aucune").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const analysis = (text: string) => analyze({ text, role: 'user' });
const categories = (text: string): string[] => analysis(text).redFlags.map((f) => f.category);

describe('"ne … aucun / aucune / rien" after a sign', () => {
  it.each([
    "Ma fille a joué avec des piles boutons mais elle n'en a avalé aucune, je les ai toutes comptées.",
    "elle a des piles boutons mais elle n'en a avalé aucune",
  ])('no alert, still health: %s', (text) => {
    expect(categories(text)).toEqual([]);
    expect(analysis(text).health).toBe(true);
  });

  it.each([
    'il a des piles boutons et il en a avalé une',
    "ma fille de 3 ans a un bouton de pile dans la bouche je crois qu'elle en a avalé une autre, elle bave beaucoup",
  ])('a swallowed battery alerts: %s', (text) => {
    expect(categories(text)).toContain('poisoning');
  });
});
