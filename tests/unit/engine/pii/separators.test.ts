/**
 * How people type checksum-validated numbers (NIR, IBAN, card, RIB) and health identifiers: wider separators,
 * keys set apart, wrapped lines, partial-IBAN countries, more health-id keywords. Each rule is checked with the
 * look-alike it must not catch. Spans are shown as the flagged substrings.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

// 1 85 05 78 006 084, key 91 (synthetic, computed with 97 − body mod 97).
const BODY = '1850578006084';

describe('wider separators between groups', () => {
  it.each([
    ['1  85  05  78  006  084  91', 'two spaces (copied from a PDF)'],
    ['1   85   05   78   006   084   91', 'three spaces'],
    ['1 - 85 - 05 - 78 - 006 - 084 - 91', 'spaced dashes'],
    ['1 . 85 . 05 . 78 . 006 . 084 . 91', 'spaced dots'],
    ['1\t85\t05\t78\t006\t084\t91', 'tabs'],
    ['1\u200285\u200205\u200278\u2002006\u2002084\u200291', 'en spaces'],
    ['1\u200785\u200705\u200778\u2007006\u2007084\u200791', 'figure spaces'],
  ])('NIR %j (%s)', (nir) => {
    expect(found(`Mon numéro ${nir} merci`)).toEqual([`nir:${nir}`]);
  });

  it('card and phone with doubled spaces', () => {
    expect(found('carte: 4111  1111  1111  1111')).toEqual(['card:4111  1111  1111  1111']);
    expect(found('tel 06  12  34  56  78')).toEqual(['phone:06  12  34  56  78']);
  });

  it('a key check still decides, and four spaces or a blank line end the number', () => {
    expect(found('1  85  05  78  006  084  92')).toEqual([]);
    expect(found('1    85    05    78    006    084    91')).toEqual([]);
    expect(found('1 85 05 78 006 084\n\n91')).toEqual([]);
    // A spaced slash stays a date separator.
    expect(found('1 / 85 / 05 / 78 / 006 / 084 / 91')).toEqual([]);
  });

  it('a NIR that ends its chain may follow another number', () => {
    expect(found('12/05/1985 1 85 05 78 006 084 91')).toEqual(['nir:1 85 05 78 006 084 91']);
  });
});

describe('NIR key set apart', () => {
  it.each([
    `${BODY}/91`,
    `${BODY} (91)`,
    `1 85 05 78 006 084 (91)`,
    `${BODY} (clé 91)`,
    `1 85 05 78 006 084 clef 91`,
    `1 85 05 78 006 084, clé 91`,
    `1 85 05 78 006 084 - clé 91`,
    `1 85 05 78 006 084 cle n° 91`,
    `1 85 05 78 006 084 key: 91`,
  ])('%j', (nir) => {
    expect(found(`NIR ${nir} pour la CPAM`)).toEqual([`nir:${nir}`]);
  });

  it('only a valid key of exactly two digits', () => {
    expect(found(`Code ${BODY}/92 sur la boîte`)).toEqual([]);
    expect(found(`Code ${BODY} (911) sur la boîte`)).toEqual([]);
    // A comma alone does not set a key apart.
    expect(found(`Code 1 85 05 78 006 084, 91 sur la boîte`)).toEqual([]);
  });
});

describe('IBAN and RIB', () => {
  it.each([
    ['FR76  3000  6000  0112  3456  7890  189', 'two spaces'],
    ['FR76 3000 6000\n0112 3456 7890 189', 'wrapped at the end of a line'],
    ['FR 76 3000 6000 0112 3456 7890 189', 'country code set apart'],
    ['FR76.3000.6000.0112.3456.7890.189', 'dots'],
    ['FR76 - 3000 - 6000 - 0112 - 3456 - 7890 - 189', 'spaced dashes'],
    ['FR76\u20093000\u20096000\u20090112\u20093456\u20097890\u2009189', 'thin spaces'],
  ])('%j (%s)', (iban) => {
    expect(found(`Mon IBAN ${iban} pour la mutuelle`)).toEqual([`iban:${iban}`]);
  });

  it('partial-IBAN countries (same mod-97 check): Senegal, Morocco, Cameroon', () => {
    expect(found('IBAN SN08 SN01 0015 2000 0485 0000 3035')).toEqual(['iban:SN08 SN01 0015 2000 0485 0000 3035']);
    expect(found('mon iban MA64 0115 1900 0001 2050 0053 4921')).toEqual(['iban:MA64 0115 1900 0001 2050 0053 4921']);
    expect(found('IBAN CM21 1000 3001 0005 0000 0605 306')).toEqual(['iban:CM21 1000 3001 0005 0000 0605 306']);
    expect(found('IBAN SN08 SN01 0015 2000 0485 0000 3036')).toEqual([]);
  });

  it('a spaced country code is flagged only when valid, and never hides a number after it', () => {
    expect(found('FR 76 3000 6000 0112 3456 7890 188')).toEqual([]);
    // "DE 12 abc tel 0612345678 xy" has the 22 characters of a German IBAN: it fails, and the phone inside stays.
    expect(found('DE 12 abc tel 0612345678 xy')).toEqual(['phone:0612345678']);
  });

  it('a RIB printed as a table, from the bank code to a valid key', () => {
    const table = 'Code banque : 30004 Code guichet : 00820 N° de compte : 00012345678 Clé RIB : 64';
    expect(found(`Voici mon RIB :\n${table}\nDomiciliation : Paris`)).toEqual([
      `iban:${table.slice(table.indexOf('30004'))}`,
    ]);
    expect(found('banque 30004 guichet 00820 compte 0001234567A clé 64')).toEqual([]);
    expect(found('banque 30004 guichet 00820 compte 00012345678 clé 65')).toEqual([]);
    expect(found('Le guichet 12 est fermé, ticket 00820 à 14h.')).toEqual([]);
  });

  it('a RIB with its key set apart, after its keyword', () => {
    expect(found("mon RIB c'est 30004 00820 00012345678 clé 64")).toEqual(['iban:30004 00820 00012345678 clé 64']);
    expect(found('le code 30004 00820 00012345678 clé 64')).toEqual([]);
  });
});

describe('health_id keywords', () => {
  it.each([
    ['mon ins est 2 53 04 59 245 383 69', '2 53 04 59 245 383 69'],
    ['numéro de venue 230045678, je conteste', '230045678'],
    ["n° d'admission : 230045678", '230045678'],
    ['ID patient: 4087512', '4087512'],
    ['NIP 20458731 (AP-HP)', '20458731'],
    ['NHS number 943 476 5919, can I see my records?', '943 476 5919'],
    ['chart number 00482913', '00482913'],
    ['RPPS : 810003461033 (idNatPS)', '810003461033'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([`health_id:${value}`]);
  });

  it('a fixed-length format (RPPS, ADELI, INS) may stand 60 characters after its keyword', () => {
    expect(found("le numéro RPPS écrit sur l'ordonnance du Dr Martin 10003461033")).toEqual(['health_id:10003461033']);
    expect(found('le numéro ADELI de la psy que je vois le mardi 751234567')).toEqual(['health_id:751234567']);
    // Not across a sentence, and not an IPP (any length), nor a number of another length.
    expect(found('RPPS? je sais pas. Appelle le 10003461033')).toEqual([]);
    expect(found("l'IPP est sur le bracelet de ma mère depuis lundi 400873215")).toEqual([]);
    expect(found('le RPPS je ne sais pas mais mon portable 06 12 34 56 78')).toEqual(['phone:06 12 34 56 78']);
  });

  it('a keyword right after the number, in the same clause', () => {
    expect(found('Dr Leroy, 10003461033 (RPPS), il est conventionné ?')).toEqual(['health_id:10003461033']);
    expect(found("20458731 c'est mon IPP")).toEqual(['health_id:20458731']);
    expect(found('10 003 461 033 (RPPS)')).toEqual(['health_id:10 003 461 033']);
    // A phone stays a phone, a date is not an identifier, and a sentence break ends the clause.
    expect(found("appelle le 0612345678 pour l'IPP")).toEqual(['phone:0612345678']);
    expect(found('hospitalisé le 12/03/2024 (IPP inconnu)')).toEqual([]);
    expect(found('le 12.03.2024, IPP inconnu')).toEqual([]);
    expect(found('Commande 20458731. IPP inconnu')).toEqual([]);
  });

  it('the abbreviation dot of "no" does not end the clause', () => {
    expect(found('Hospital no. 40317788, ward 7')).toEqual(['health_id:40317788']);
    expect(found('NHS no. 9434765919')).toEqual(['health_id:9434765919']);
    expect(found("L'IPP. 20458731")).toEqual([]);
    expect(found('Mon IPP, je dis no. 20458731 est mon code')).toEqual([]);
  });

  it('not without the keyword, and "NIP" only in capitals', () => {
    expect(found('mon nip 20458731')).toEqual([]);
    expect(found('RPPS : 910003461033')).toEqual([]);
    expect(found('Les ins and outs: 230045678')).toEqual([]);
  });
});

describe('the letter O typed for a zero', () => {
  it('is read as 0 in a NIR whose key is then valid', () => {
    expect(found('ma secu 1 85 1O 75 1O4 2O3 06 je l’ai tapé vite')).toEqual(['nir:1 85 1O 75 1O4 2O3 06']);
    expect(found('NIR 185O578OO6O8491')).toEqual(['nir:185O578OO6O8491']);
  });

  it('never for a phone, a card or a wrong key, nor next to another letter', () => {
    expect(found('tel O6 12 34 56 78 ou 06 1O 34 56 78')).toEqual([]);
    expect(found('carte 4111 1111 1111 111O')).toEqual([]);
    expect(found('code 1 85 1O 75 1O4 2O3 07')).toEqual([]);
    expect(found('lot 185O578OO6O84910z')).toEqual([]);
  });
});

describe('phone typography', () => {
  it('four groups of four after 00 are a reference, not an international phone', () => {
    expect(found('Ticket de caisse 0045 0012 3456 7890 de la parapharmacie')).toEqual([]);
    expect(found('appelle le 0044 7700 900 123')).toEqual(['phone:0044 7700 900 123']);
  });
});

describe('round 14: boxes, lowercase and glued IBANs, longer references, lettered hospital numbers', () => {
  it('a NIR typed in boxes or with slashes throughout, only with a valid key', () => {
    expect(found('N° : 1|8|5|0|5|7|8|0|0|6|0|8|4|9|1 merci')).toEqual(['nir:1|8|5|0|5|7|8|0|0|6|0|8|4|9|1']);
    expect(found('N° 1_85_05_78_006_084_91')).toEqual(['nir:1_85_05_78_006_084_91']);
    expect(found('| N° | 1 | 85 | 05 | 78 | 006 | 084 | 91 |')).toEqual(['nir:1 | 85 | 05 | 78 | 006 | 084 | 91']);
    expect(found('NSS 1/85/05/78/006/084/91')).toEqual(['nir:1/85/05/78/006/084/91']);
    // Corsica: "2B" split over two cells.
    expect(found('N° 2|5|3|0|7|2|B|0|7|3|0|0|4|7|0')).toEqual(['nir:2|5|3|0|7|2|B|0|7|3|0|0|4|7|0']);
    expect(found('N° : 1|8|5|0|5|7|8|0|0|6|0|8|4|9|2')).toEqual([]);
    expect(found('le 12/05/1985/10/30')).toEqual([]);
  });

  it('no card, phone or keyword number across a box separator', () => {
    expect(found('tel 0|6|1|2|3|4|5|6|7|8')).toEqual([]);
    expect(found('| 4111 1111 | 1111 1111 |')).toEqual([]);
    expect(found('| 06 12 34 56 78 | 12 |')).toEqual(['phone:06 12 34 56 78']);
    expect(found('| IPP | 123456 | 2024 |')).toEqual(['health_id:123456']);
  });

  it('a lowercase "fr 76 …" and an IBAN glued to the next word, when valid', () => {
    expect(found('iban fr 76 3000 6000 0112 3456 7890 189')).toEqual(['iban:fr 76 3000 6000 0112 3456 7890 189']);
    expect(found('IBAN FR7630006000011234567890189merci')).toEqual(['iban:FR7630006000011234567890189']);
    expect(found('IBAN FR76 3000 6000 0112 3456 7890 189BIC')).toEqual(['iban:FR76 3000 6000 0112 3456 7890 189']);
    expect(found('IBAN FR7630006000011234567890188merci')).toEqual([]);
    expect(found('il a de 12 à 15 crises, at 12 months, de 12 mois et 3 semaines')).toEqual([]);
  });

  it('one or two more digits after a card make a longer reference; a CVV or an expiry leave the card', () => {
    expect(found('Réf. transaction 4111 1111 1111 1111 0')).toEqual([]);
    expect(found('opération 4111-1111-1111-1111-07')).toEqual([]);
    expect(found('carte 4111 1111 1111 1111 123')).toEqual(['card:4111 1111 1111 1111']);
    expect(found('carte 4111 1111 1111 1111 12/26')).toEqual(['card:4111 1111 1111 1111']);
  });

  it('a hospital number holding letters after an IPP-like keyword', () => {
    expect(found('IPP : A1234567')).toEqual(['health_id:A1234567']);
    expect(found('n° de séjour 2025A00931 aux urgences')).toEqual(['health_id:2025A00931']);
    expect(found('NDA\n24X012345')).toEqual(['health_id:24X012345']);
    expect(found('Numéro patient : B2024-0457')).toEqual(['health_id:B2024-0457']);
    expect(found('IPP : je ne sais pas, Covid19 en mars')).toEqual([]);
    expect(found('IPP. Le code A1234567')).toEqual([]);
    expect(found('Mon code A1234567')).toEqual([]);
  });

  it('a date of birth under a birth-date column header, not the other columns', () => {
    expect(found('| Nom | DDN | RDV |\n|---|---|---|\n| Léa | 17/03/2016 | 12/05/2025 |')).toEqual([
      'birthdate:17/03/2016',
    ]);
    expect(found('Prénom\tDate de naissance\nTom\t2 mai 2018')).toEqual(['birthdate:2 mai 2018']);
    expect(found('| RDV | Motif |\n| 12/05/2025 | vaccin |')).toEqual([]);
  });
});
