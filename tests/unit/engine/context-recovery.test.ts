/**
 * A past cue that tells a recovery ("il va très bien ce matin", "she's fine now", "the baby was fine") closes the
 * signs told before it, and only those (engine/context.ts, `saysDoingWell` in `sentenceCueReaches`): like a cue
 * opened by "maintenant", it does not silence a sign told after it. A baseline ("il allait bien ce matin", "she was
 * fine yesterday") is no recovery.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a recovery closes what was told before it', () => {
  it.each([
    'Hier soir mon père s’est évanoui en se levant, il va très bien ce matin, le médecin passe demain.',
    'She fainted at the party last night, she’s fine now.',
    "My sister's waters broke at 34 weeks with her first and the baby was fine.",
  ])('no alert: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    'il va bien ce matin mais là il a très mal à la poitrine depuis 20 minutes',
    "he was fine this morning and now he can't breathe",
    'il allait bien ce matin et là il respire plus',
  ])('alerts: %s', (text) => {
    expect(categories(text).length).toBeGreaterThan(0);
  });
});
