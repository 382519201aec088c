/**
 * A body part that is the subject of a harm verb through "qui / that" ("la poitrine qui le brûle") names a pain, not a
 * blow from a person (engine/slot-combos.ts, `bodyPartSubject`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a body part as the subject of a harm verb', () => {
  it('a burning chest is cardiac, not violence', () => {
    const found = categories(
      "Mon mari a la poitrine qui le brûle depuis une heure, ça descend dans le bras gauche, il dit que c'est sa digestion mais il est en sueur",
    );
    expect(found).toContain('cardiac');
    expect(found).not.toContain('violence');
  });

  it('a person who burns someone is still violence', () => {
    expect(categories('mon beau-père le brûle avec sa cigarette quand ma mère est au travail')).toContain('violence');
  });
});
