/**
 * engine/checks.ts: a change said as a purpose ("pour couper un comprimé, utilisez…") is how to do it, not advice
 * to change (`treatment_change`); "Prescrire" is a source only capitalised, not the verb "prescrire" (`no_source`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: 'Mon médecin m’a prescrit un demi-comprimé de bisoprolol.', role: 'user' });

function checks(answer: string): string[] {
  expect(previousUser.health).toBe(true);
  return analyze({ text: answer, role: 'assistant', previousUser }).checks.map((check) => check.id);
}

describe('a change said as a purpose', () => {
  it('is not advice to change', () => {
    expect(checks('Pour couper un comprimé sécable, utilisez un coupe-comprimé vendu en pharmacie.')).not.toContain(
      'treatment_change',
    );
  });
  it('a change advised is still one', () => {
    expect(checks('Coupez votre comprimé en deux dès ce soir.')).toContain('treatment_change');
  });
});

describe('"prescrire" as a source', () => {
  it('the verb is no source', () => {
    expect(checks('Votre sage-femme pourra vous le prescrire.')).toContain('no_source');
  });
  it('the journal is one', () => {
    expect(checks('La revue Prescrire juge ce médicament utile.')).not.toContain('no_source');
  });
});
