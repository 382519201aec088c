/**
 * Rule (stop 26): after a reference word ("référence", "commande", "lot", "client"…), a 10-digit run is a
 * reference number when it is not grouped as a phone is (pairs after the first group). Grouped as a phone, it
 * stays a phone, whatever word came before, and so does a UK number (11 digits, its own grouping).
 */
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a reference word before a 10-digit run', () => {
  it.each([
    'Référence produit 0678 4512 90',
    'commande 06 784 512 90',
    'n° client 0612 3456 78',
    'réf. dossier 0687 5532 14',
    'RÉF. 0687 5532 14',
  ])('%j is a reference', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['commande livrée, rappelez-moi au 06 12 34 56 78', 'phone:06 12 34 56 78'],
    ['colis reçu, mon fixe 0694 12 56 78', 'phone:0694 12 56 78'],
    ['rappelez-moi au 0678 4512 90', 'phone:0678 4512 90'],
    ["it's bleeding a lot Office: 0161 496 0753", 'phone:0161 496 0753'],
  ])('%j stays a phone', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
});
