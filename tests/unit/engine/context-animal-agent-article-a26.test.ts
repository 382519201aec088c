/**
 * a26's change to `isComparison` (engine/context.ts): an animal cue that starts with its own article ("une vache") is read
 * from the animal, so "encorné par une vache" makes the animal the cause of the person's injury (as "mordu par un chien"
 * already did), not the topic of the sentence; an animal that is the topic still hides the sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function flags(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

describe('an animal after "par" with its own article', () => {
  it('is the cause of the injury, not the topic', () => {
    expect(
      flags(
        "mon voisin agriculteur s'est fait encorner par une vache, il est allongé dans la paille et il répond à peine",
      ),
    ).toContain('consciousness');
  });
  it('an animal that is the topic still hides the sentence', () => {
    expect(flags('notre vache est allongée dans la paille et elle répond à peine')).toEqual([]);
  });
});
