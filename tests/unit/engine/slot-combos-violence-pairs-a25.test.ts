/**
 * Two violence pairs of a25 (engine/slot-combos.ts, `NEAR_RULES`): a visit at night to a child's room (`night_visit`)
 * with a touch (`sexual_touch`), and being locked in (`confinement`) beside a second control act. A single act stays
 * silent, and so does a touch with no night visit.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function flags(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

describe('a night visit and a touch', () => {
  it('alerts', () => {
    expect(
      flags(
        'ma soeur de 15 ans dit que le copain de ma mère vient la voir la nuit dans sa chambre et la touche, elle ose pas en parler',
      ),
    ).toContain('violence');
  });
  it('a touch alone stays silent', () => {
    expect(flags('le kiné la touche au dos pour vérifier sa posture')).toEqual([]);
  });
});

describe('locked in beside a second control act', () => {
  it('alerts, and the device the writer types on stays on topic', () => {
    expect(
      flags(
        "mon copain me tient enfermée dans l'appart depuis hier il a pris mon tel je t'écris depuis la tablette de sa soeur",
      ),
    ).toContain('violence');
  });
  it('one control act alone stays silent', () => {
    expect(flags("mon père m'a confisqué mon téléphone jusqu'à lundi")).toEqual([]);
  });
});
