/**
 * Rule (stop 26): after "je m'appelle" / "s'appelle" and a first name in lowercase, a lowercase "d'" word is the
 * surname ("marc d'angelo"), unless it is a locution's word (content/pii/name-words.yaml, `not-surname-elided`).
 * Only after that cue: after a relation ("mon fils paul d'abord…") a lowercase "d'" stays an elision.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe("a lowercase d' surname after a name cue", () => {
  it.each([
    ["je m'appelle marc d'angelo", "person_name:marc d'angelo"],
    ["mon grand-père s'appelle jean-baptiste d'hautefeuille, il a 92 ans", "person_name:jean-baptiste d'hautefeuille"],
  ])('%j', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it.each([
    ["je m'appelle marc d'abord je voulais dire"],
    ["elle s'appelle amina d'origine marocaine"],
    ["il s'appelle tom d'après sa mère"],
    ["mon fils paul d'abord a eu de la fièvre"],
    ["je m'appelle marc d'a"],
  ])('%j stays unflagged', (text) => {
    expect(found(text)).toEqual([]);
  });
});
