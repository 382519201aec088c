/**
 * The animal rule (engine/context.ts, `isComparison`): a pet named after "même / even" is one more witness of what the
 * people have ("on a tous mal à la tête, même le chien est mou", carbon monoxide), not the sentence's topic; a
 * sentence about pets stays off topic.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function flags(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

describe('"même le chien", "even the dog"', () => {
  it('keeps the people of the sentence on topic', () => {
    expect(
      flags(
        'we all have headaches and feel sick and dizzy, even the dog is sluggish, the old boiler has been acting up',
      ),
    ).toContain('poisoning');
    expect(
      flags('on a tous mal à la tête et la nausée, même le chien est tout mou, la chaudière fait un bruit bizarre'),
    ).toContain('poisoning');
  });
  it('a sentence about pets is still off topic', () => {
    expect(analyze({ text: 'mon chien vomit, même le chat est malade' }).health).toBe(false);
    expect(analyze({ text: 'my dog is vomiting, even the cat seems sick' }).health).toBe(false);
  });
});
