/**
 * Rule (stop 26): a surname in capitals before a known first name ("DIALLO Awa") keeps the particles in capitals
 * spaced before it ("VAN DER BERG Pieter", "DE LA TOUR Hélène"), unless another word in capitals comes before them
 * (a heading: "LETTRE DE BERG Pieter").
 */
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('particles in capitals before a surname in capitals', () => {
  it.each([
    ['le nom du patient VAN DER BERG Pieter.', 'person_name:VAN DER BERG Pieter'],
    ['né à Paris, DE LA TOUR Hélène', 'person_name:DE LA TOUR Hélène'],
    ['Je vois LE GOFF Yann demain', 'person_name:LE GOFF Yann'],
  ])('%j', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('a heading in capitals before the particle keeps it out', () => {
    expect(found('LETTRE DE BERG Pieter')).toEqual(['person_name:BERG Pieter']);
  });
});
