/**
 * A hypothetical cue ("et si", "au cas où", "what if") makes its sentence not current, except in a clause that a
 * contrast word ("mais", "but") opens after it: "et si c'est rien mais mon bébé de 5 semaines a 38,5" is a fact
 * framed by downplaying, and downplaying never lowers an alert (engine/context.ts, `contrastAfter`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('hypothesis ended by a contrast word', () => {
  it.each([
    ["et si c'est rien mais mon bébé de 5 semaines a 38,5 ?", 'infant'],
    ['je demande au cas où mais ma fille de 5 semaines a 38,5', 'infant'],
    ["what if it's nothing but my 5 week old is burning up at 38.5?", 'infant'],
  ])('alerts on %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    'et si mon mari faisait un arrêt cardiaque, je saurais pas quoi faire',
    "imaginons qu'il s'étouffe mais qu'il ne puisse plus tousser, on fait quoi ?",
    'what if my husband had a cardiac arrest while we were home alone?',
    'what if he had a seizure but if it stopped quickly, would we still call?',
  ])('stays hypothetical: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
