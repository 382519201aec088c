/**
 * "ne [pronouns] verb pas" around or right before a sign: "ça ne me serre pas la poitrine" (object pronouns between
 * "ne" and the verb, `neBefore`), "ça ne lui fait pas mal à la poitrine" (a verb of felt pain before the sign,
 * `painDeniedBefore`). Inability verbs name the sign itself and keep their alert (engine/context.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const analysis = (text: string) => analyze({ text, role: 'user' });
const categories = (text: string): string[] => analysis(text).redFlags.map((f) => f.category);

describe('"ne … pas" with object pronouns or a verb of felt pain denies the sign', () => {
  it.each([
    "Ça ne me serre pas la poitrine, c'est plutôt une brûlure après les repas",
    'ça ne lui fait pas mal à la poitrine quand il court',
    "ça ne me fait plus mal à la poitrine depuis l'IPP",
    "elle ne s'étouffe pas, elle tousse juste",
  ])('no alert, still health: %s', (text) => {
    expect(categories(text)).toEqual([]);
    expect(analysis(text).health).toBe(true);
  });

  it.each([
    ['il ne se réveille pas', 'consciousness'],
    ['il ne peut plus parler', 'stroke'],
    ['je ne sens plus mon bras gauche', 'stroke'],
    ['ça me serre la poitrine depuis 20 minutes', 'cardiac'],
  ])('inability and plain signs keep their alert: %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
