/**
 * "vite / quickly" after a degree word ("se lever trop vite", "ate too fast") says how something was done, not that
 * help is needed now: it is no current cue (engine/context.ts, `dropMannerQuickly`). "vite" alone still is.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a manner "vite" dates nothing', () => {
  it.each([
    "L'an dernier elle s'est évanouie en se levant trop vite.",
    'En 2019 il a fait un malaise en marchant trop vite.',
  ])('no alert for a past faint told with "trop vite": %s', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it('"vite" calling for help keeps a past-looking sentence current', () => {
    expect(categories('il y a deux ans il a fait un AVC, vite il a la bouche de travers')).toContain('stroke');
  });
});
