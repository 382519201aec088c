/**
 * A course named as the time of an event ("pendant ma formation PSC1", "pendant le cours de secourisme") is not a
 * question about a course: its general cues are dropped (engine/context.ts, `dropSettingGeneral`), so a collapse told
 * in it alerts. A question asked about the course keeps its cues.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a course as the setting of an event', () => {
  it.each([
    ["pendant ma formation PSC1 un participant s'est effondré, il respire plus", 'cardiac'],
    ["pendant le cours de secourisme une fille s'est évanouie et elle se réveille pas", 'consciousness'],
  ])('alerts on %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    "pendant le cours de secourisme on nous a appris que si quelqu'un respire plus il faut masser",
    'pour ma formation secourisme, comment reconnaître un AVC avec la méthode VITE ?',
    'exercice de simulation demain au boulot : victime inconsciente qui respire, on fait quoi dans l’ordre ?',
  ])('stays general: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
