/**
 * Rule (stop 26): after a field, a title or "je m'appelle", the particles before a surname are part of the flagged
 * span ("Nom : LE GOFF", not "GOFF"). A relation's cue is left alone ("mon oncle de Paris" is no name).
 */
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('particles before a cued surname', () => {
  it.each([
    ['Nom de naissance : LE GOFF\nPrénom : Maëlle', 'person_name:LE GOFF'],
    ['Nom : de La Tour', 'person_name:de La Tour'],
    ['M. DE LA TOUR Hélène', 'person_name:DE LA TOUR Hélène'],
  ])('%j', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('a first name alone after a field or a particle without surname stays unflagged', () => {
    expect(found('Nom : le')).toEqual([]);
    expect(found('Prénom : Maëlle')).toEqual([]);
  });
});
