/**
 * a26's cue rule (engine/context.ts, `dropSpeechBesideAirway`): a voice lost to something in the airway (choking, an
 * asthma attack, a swelling throat or lips: signal `airway_cause`) is not a stroke's speech trouble, so a stroke hit that
 * names speech is dropped beside such a cause; face and arm signs, and speech trouble with no airway cause, still alert.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function flags(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

describe('speech lost beside an airway cause', () => {
  it('is the choking, not a stroke', () => {
    expect(
      flags("mon grand-père s'étouffe avec un morceau de viande, il peut plus parler, il devient tout bleu"),
    ).toEqual(['breathing']);
    expect(flags("elle fait une crise d'asthme, elle peut plus parler")).toEqual(['breathing']);
    expect(flags("he's choking on a grape and can't talk")).toEqual(['breathing']);
  });
  it('is the allergy when the lips swell', () => {
    expect(
      flags('ma femme a mangé une tarte aux noix, elle est allergique, ses lèvres gonflent et elle a une voix bizarre'),
    ).not.toContain('stroke');
  });
  it('a face sign beside an airway cause is still a stroke', () => {
    expect(flags('mon père est asthmatique, là il a la bouche de travers depuis 10 minutes')).toContain('stroke');
  });
  it('speech trouble with no airway cause is still a stroke', () => {
    expect(flags("mon père n'arrive plus à parler depuis ce matin")).toContain('stroke');
  });
});
