/**
 * Rule (stop 26): a birth cue heading a column of a semicolon-separated table (the CSV a French spreadsheet
 * exports) flags the dates below it, as it does for `|` and tab tables. A semicolon in prose is no table.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('semicolon CSV under a birth header', () => {
  it('flags the column, in the middle and at the end of the header', () => {
    const mid = 'nom;prenom;ddn;tel\nMOREAU;Léa;05/11/1949;x\nPETIT;Jules;17/08/1972;y';
    expect(found(mid).filter((f) => f.startsWith('birthdate'))).toEqual([
      'birthdate:05/11/1949',
      'birthdate:17/08/1972',
    ]);
    expect(found('chambre;date de naissance\n12;11/04/1938')).toEqual(['birthdate:11/04/1938']);
  });

  it('leaves dates of other columns and of prose', () => {
    expect(found('nom;ddn;rdv\nXXX;;02/12/2026')).toEqual([]);
    expect(found('DDN; voir plus bas\nrendez-vous le 02/12/2026')).toEqual([]);
  });
});
