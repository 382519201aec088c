/**
 * Rule (stop 26): in a table that has a birth-date column (the dates under a birth cue), the cells of the name
 * column ("Nom", "Name", "Patient": `nameColumn` in content/pii/cues.yaml) are names, a surname alone included, as
 * after "Nom :". Tables without a birth column are not read for names here.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('the name column of a table with birth dates', () => {
  it('semicolon CSV, name column first', () => {
    expect(found('nom;prenom;ddn\nDE LA TOUR;Hélène;05/11/1949\nBENALI;Karim;17/08/1972')).toEqual([
      'person_name:DE LA TOUR',
      'birthdate:05/11/1949',
      'person_name:BENALI',
      'birthdate:17/08/1972',
    ]);
  });

  it('markdown with its separator row, tabs with a civil title, name column after the dates', () => {
    expect(found('| Nom | Prénom | DDN |\n| --- | --- | --- |\n| Moreau | Léa | 17/03/2016 |')).toEqual([
      'person_name:Moreau',
      'birthdate:17/03/2016',
    ]);
    expect(found('Chambre\tNom\tDate de naissance\n12\tM. ROBERT Gilles\t11/04/1938')).toEqual([
      'person_name:ROBERT Gilles',
      'birthdate:11/04/1938',
    ]);
    expect(found('DDN;Nom\n12/03/1950;Durand')).toEqual(['birthdate:12/03/1950', 'person_name:Durand']);
  });

  it('leaves placeholders, titles alone, lowercase cells and tables without a birth column', () => {
    expect(found('Nom;Prénom;DDN\nXXX;XXX;JJ/MM/AAAA')).toEqual([]);
    expect(found('Nom;DDN\nMme;01/01/1960')).toEqual(['birthdate:01/01/1960']);
    expect(found('Nom;DDN\ninconnu;01/01/1960')).toEqual(['birthdate:01/01/1960']);
    expect(found('Nom;RDV\nMOREAU;02/12/2026')).toEqual([]);
    expect(found('Nom;DDN\nMOREAU 2;01/01/1960')).toEqual(['birthdate:01/01/1960']);
    expect(found('| Nom | DDN |\n| Léa | 17/03/2016 |')).toEqual(['birthdate:17/03/2016']);
    // Only the rows holding a birth date name a person.
    expect(found('Nom;Né le;Note\nPARACÉTAMOL;—;500 mg\nIBUPROFÈNE;—;400 mg')).toEqual([]);
    // The line below the table is no row of it.
    expect(found('Name;DOB;Room\nHUGHES Margaret;04/04/1936;12\nPlease tell me who needs the flu jab first.')).toEqual([
      'person_name:HUGHES Margaret',
      'birthdate:04/04/1936',
    ]);
  });
});
