/**
 * Alert signals tagged `clause_final` count only when nothing follows them in their clause (engine/analyze.ts,
 * `clauseFinalSignals`): "il a 40, il tremble" is a temperature, "il a 40 ans" an age.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function categories(text: string): string[] {
  return analyze({ text, role: 'user' }).redFlags.map((flag) => flag.category);
}

describe('clause-final signals', () => {
  it('reads a bare temperature after a person when it ends its clause', () => {
    expect(categories("mon père il a 40, il tremble de partout et il dit n'importe quoi")).toContain(
      'meningitis_sepsis',
    );
    expect(categories("ma mère a 40. elle dit n'importe quoi")).toContain('meningitis_sepsis');
  });

  it('leaves an age alone: a word follows the number', () => {
    expect(categories("ma mère a 40 ans, elle dit n'importe quoi")).not.toContain('meningitis_sepsis');
    expect(categories("mon père a 41 ans et il dit n'importe quoi depuis ce matin")).not.toContain('meningitis_sepsis');
  });

  it('reads a crisis ending only at the end of its clause', () => {
    expect(categories('il va prendre son fusil et ce sera fini, il a bu')).toContain('suicide');
    expect(categories('il va prendre son fusil pour la chasse, ce sera fini vers midi')).not.toContain('suicide');
  });
});
