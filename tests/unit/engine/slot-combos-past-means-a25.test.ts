/**
 * The suicide near pair with a means dated in the past (engine/slot-combos.ts, `nearPair`, a25): a means bought or an
 * attempt made earlier ("il y a un mois", "la dernière fois") still weighs beside a crisis said now, since the means is
 * still there. A negated means, a past crisis and violence stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function flags(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

describe('a means from the past beside a crisis now', () => {
  it('alerts on a rope bought a month ago and used tonight', () => {
    expect(flags("j'ai acheté une corde il y a un mois et ce soir je crois que je vais m'en servir")).toContain(
      'suicide',
    );
  });
  it('alerts on a past attempt beside a plan made now', () => {
    expect(
      flags(
        "la derniere fois j'avais pris des cachets et on m'avait sauvee. cette fois j'ai tout prevu, personne ne sera la ce week-end",
      ),
    ).toContain('suicide');
    expect(flags("J'ai déjà essayé de me tuer en 2019. Ce soir j'en peux plus.")).toContain('suicide');
  });
});

describe('what stays silent', () => {
  it('a past attempt told with a recovery', () => {
    expect(
      flags(
        "Au lycée j'avais fait une tentative de suicide. Maintenant ça va, je suis suivie et j'ai une vie que j'aime.",
      ),
    ).toEqual([]);
  });
  it('a means and a crisis both in the past', () => {
    expect(
      flags("Il y a dix ans j'avais stocké des médicaments et j'en pouvais plus. Aujourd'hui je vais bien."),
    ).toEqual([]);
  });
  it('a negated means', () => {
    expect(flags("je n'ai jamais acheté de corde, j'en peux plus de ce boulot")).toEqual([]);
  });
});
