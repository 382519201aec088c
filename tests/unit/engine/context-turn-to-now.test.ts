/**
 * Turns from a story to the present without punctuation: "mais depuis hier / mais ce soir" after a past story, and an
 * animal that attacks a person of the writer's life ("mon chien a mordu mon fils"), which makes the sentence about the
 * person's injury rather than a veterinary topic.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const flags = (text: string): string[] => analyze({ text }).redFlags.map((f) => f.category);

describe('"mais" + a phrase dating what follows to now', () => {
  it('turns from the story to the present', () => {
    expect(
      flags(
        "mon fils a eu la varicelle y a 2 semaines c'est gueri mais depuis hier il a de la fievre et des taches violacees qui s'etendent",
      ),
    ).toContain('meningitis_sepsis');
    expect(
      flags(
        "elle m'a deja dit qu'elle voulait mourir l'an dernier on a consulte ca allait mieux mais ce soir ma fille s'est enfermee avec un couteau et elle dit qu'elle va se tuer",
      ),
    ).toContain('suicide');
  });

  it('"mais ce" alone is no turn', () => {
    expect(flags("il a fait un AVC en 2015 mais ce n'était pas grave, il avait la bouche de travers")).toEqual([]);
  });
});

describe('an animal attacking a person', () => {
  it('keeps the person’s injury on topic', () => {
    expect(flags('mon chien a mordu mon fils au visage il saigne beaucoup')).toContain('bleeding');
    expect(flags('mon chien saigne beaucoup de la patte')).toEqual([]);
  });
});
