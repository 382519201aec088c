/**
 * Spoken French without "ne": "j'ai plus mal à la poitrine depuis que…" says the pain is gone. "plus" right after a
 * form of "avoir" and right before the sign negates it, unless a comparison follows in its clause ("qu'hier")
 * or another word comes before "plus" ("de plus en plus", "encore plus") (engine/context.ts, `noLongerBefore`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const analysis = (text: string) => analyze({ text, role: 'user' });
const categories = (text: string): string[] => analysis(text).redFlags.map((f) => f.category);

describe('"(j\')ai plus" + sign is "no longer"', () => {
  it.each([
    "j'ai plus mal à la poitrine depuis que j'ai arrêté le sport intensif, c'était musculaire",
    'g plus mal au thorax depuis hier',
    'elle a plus mal à la poitrine depuis son spray',
    'mon père a plus du tout mal au thorax',
  ])('no alert, still health: %s', (text) => {
    expect(categories(text)).toEqual([]);
    expect(analysis(text).health).toBe(true);
  });

  it.each([
    "j'ai plus mal à la poitrine qu'hier",
    "j'ai plus mal à la poitrine que ce matin, ça serre",
    "j'ai de plus en plus mal à la poitrine",
    "j'ai encore plus mal à la poitrine",
  ])('a comparison keeps the alert: %s', (text) => {
    expect(categories(text)).toContain('cardiac');
  });
});
