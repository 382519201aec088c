/**
 * Checksums with the reference test numbers of shared/reference/french-identifiers.md (§1, §7, §8): valid keys,
 * and the same numbers with a wrong key, a wrong sex digit, a wrong month or an unknown département.
 */
import { describe, expect, it } from 'vitest';
import {
  isNirBody,
  isValidCard,
  isValidIban,
  isValidNir,
  isValidRib,
  luhnValid,
  nirKey,
} from '../../../../engine/pii/checksums.ts';
import { findPii } from '../../../../engine/pii/index.ts';

const compact = (s: string) => s.replace(/[\s.]/g, '');

describe('NIR', () => {
  it.each([
    ['2 95 10 99 126 111 93', 'born abroad (99)'],
    ['253072B07300470', 'Corsica 2B → 18'],
    ['253072A07300443', 'Corsica 2A → 19'],
    ['1 37 04 76 243 484 15', 'classic example'],
    ['1 85 06 75 123 456 89', 'synthetic, Paris'],
    ['7 85 06 75 123 456 80', 'provisional number (7)'],
    ['8 05 01 99 123 456 21', 'provisional (8), born abroad'],
    ['1 85 35 75 123 456 68', 'month 35 (incomplete record)'],
    ['3 85 06 75 123 456 86', 'sex digit 3'],
  ])('%s is valid (%s) and flagged in a sentence', (nir) => {
    expect(isValidNir(compact(nir))).toBe(true);
    const text = `Mon numéro : ${nir}, merci.`;
    expect(findPii(text)).toEqual([{ kind: 'nir', start: 13, end: 13 + nir.length }]);
  });

  it.each([
    ['2 95 10 99 126 111 99', 'wrong key'],
    ['1 85 06 75 123 456 88', 'key off by one'],
    ['5 85 06 75 123 456 83', 'sex digit 5'],
    ['1 85 15 75 123 456 39', 'month 15'],
    ['2 53 07 2C 073 004 70', '2C is no département'],
  ])('%s is invalid (%s) and nothing is flagged inside it', (nir) => {
    expect(isValidNir(compact(nir))).toBe(false);
    expect(findPii(`Mon numéro de sécu ${nir} est refusé`)).toEqual([]);
  });

  it.each([
    ['1 85 06 75 123 456 clé 89', 'key after "clé"'],
    ['1 85 06 75 123 456 Clé : 89', 'key after "Clé :"'],
    ['2 53 07 2A 073 004 / 43', 'key after a spaced slash'],
    ['1850675123456 - 89', 'key after a spaced dash'],
    ['1 85 06 75 123 456  89', 'key after two spaces'],
    ['1 85 06 75\n123 456 89', 'wrapped at the end of a line'],
  ])('%s is flagged whole (%s)', (nir) => {
    expect(findPii(`N° SS ${nir} merci`)).toEqual([{ kind: 'nir', start: 6, end: 6 + nir.length }]);
  });

  it('flags nothing when the key set apart is wrong', () => {
    expect(findPii('Mon numéro : 1 85 06 75 123 456 clé 88')).toEqual([]);
    expect(findPii('Mon numéro : 1 85 06 75 123 456 / 88')).toEqual([]);
  });

  it('computes the key with 2A → 19 and 2B → 18', () => {
    expect(nirKey('253072A073004')).toBe(43);
    expect(nirKey('253072B073004')).toBe(70);
    expect(nirKey('253072a073004')).toBe(43);
    expect(nirKey('253072b073004')).toBe(70);
    expect(nirKey('1850675123456')).toBe(97 - (1850675123456 % 97));
  });

  it('accepts a 13-character body only after a keyword', () => {
    expect(isNirBody('1850675123456')).toBe(true);
    expect(findPii('n° de sécu 1 85 06 75 123 456, je n’ai pas la clé')).toEqual([{ kind: 'nir', start: 11, end: 29 }]);
    expect(findPii('Le code 1 85 06 75 123 456 est sur la boîte')).toEqual([]);
  });
});

describe('IBAN and RIB', () => {
  it.each([
    'FR76 3000 6000 0112 3456 7890 189',
    'FR14 2004 1010 0505 0001 3M02 606',
    'GB82 WEST 1234 5698 7654 32',
    'FR7630006000011234567890189',
  ])('%s is valid and flagged', (iban) => {
    expect(isValidIban(compact(iban))).toBe(true);
    expect(findPii(`IBAN : ${iban}.`)).toEqual([{ kind: 'iban', start: 7, end: 7 + iban.length }]);
  });

  it.each(['FR76 3000 6000 0112 3456 7890 188', 'GB82 WEST 1234 5698 7654 33', 'FR00 1234 5678 9012 3456 7890 123'])(
    '%s fails mod-97 and nothing is flagged inside it',
    (iban) => {
      expect(isValidIban(compact(iban))).toBe(false);
      expect(findPii(`IBAN : ${iban}.`)).toEqual([]);
    },
  );

  it('checks the RIB key (letters of the account read with the RIB table)', () => {
    expect(isValidRib('30006000011234567890189')).toBe(true);
    expect(isValidRib('20041010050500013M02606')).toBe(true);
    expect(isValidRib('30006000011234567890188')).toBe(false);
    expect(findPii('Mon RIB : 30006 00001 12345678901 89')).toEqual([{ kind: 'iban', start: 10, end: 36 }]);
    expect(findPii('Facture 30006 00001 12345678901 89')).toEqual([]);
  });
});

describe('payment cards', () => {
  it.each([
    '4111 1111 1111 1111',
    '5555 5555 5555 4444',
    '3782 822463 10005',
    '4111-1111-1111-1111',
    '4111111111111111',
  ])('%s is Luhn-valid and flagged', (card) => {
    expect(isValidCard(card.replace(/[\s-]/g, ''))).toBe(true);
    expect(findPii(`Carte ${card} refusée`)).toEqual([{ kind: 'card', start: 6, end: 6 + card.length }]);
  });

  it('does not flag a wrong Luhn digit, an unknown network prefix or a card inside a longer number', () => {
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(findPii('Carte 4111 1111 1111 1112 refusée')).toEqual([]);
    expect(findPii('Référence 1234 5678 9012 3456')).toEqual([]);
    expect(findPii('Code 94111111111111111119')).toEqual([]);
  });
});
