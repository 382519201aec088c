/**
 * Three context rules met in suicide messages (s17's held-back items): a chronic duration dates a sign, not a thing
 * kept ("mes boîtes de Xanax depuis des mois"); "ma mère a 58 ans" is an age, not the date "à 58 ans"; a thing given
 * away ("j'ai donné ma console") is a farewell act, not a topic about machines. A health student's self-description is
 * general in its own clause only.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const flags = (text: string): string[] => analyze({ text }).redFlags.map((f) => f.category);

describe('context rules around a suicide means', () => {
  it('a chronic duration keeps a stock current and a long-standing sign past', () => {
    expect(
      flags(
        "j'ai gardé toutes mes boîtes de Xanax depuis des mois, elles sont dans le tiroir, je suis fatiguée de me battre",
      ),
    ).toContain('suicide');
    expect(flags('sa paupière tombe un peu depuis des années')).toEqual([]);
  });

  it('reads "X a 58 ans" as an age and "à 58 ans" after a verb as a date', () => {
    expect(
      flags(
        "ma mere a 58 ans elle a vidé son pilulier et rassemblé toutes ses boîtes de Lexomil, elle dit qu'elle veut plus déranger personne",
      ),
    ).toContain('suicide');
    expect(flags('ma mère a 70 ans elle a mal dans la poitrine depuis une heure')).toContain('cardiac');
    expect(flags('mon fils a fait une méningite à 2 ans, il a gardé une petite surdité')).toEqual([]);
  });

  it('a thing given away is no machine topic', () => {
    expect(
      flags(
        "J'ai rangé ma chambre, j'ai donné ma console à mon petit frère et j'ai laissé une lettre pour ma mère. Je me sens calme pour la première fois.",
      ),
    ).toContain('suicide');
  });

  it('a health student’s self-description is general in its own clause only', () => {
    expect(
      flags(
        "Je suis étudiant en médecine, j'ai accès à la réserve du service et j'ai pris une dizaine d'ampoules, je les ai dans mon casier. Je me sens vide depuis des semaines",
      ),
    ).toContain('suicide');
    expect(flags('je suis étudiante en médecine, comment reconnaître un AVC ?')).toEqual([]);
  });
});

describe("a baby's age beside a recent date", () => {
  it('stays current: the date is about the event of its clause', () => {
    expect(
      flags(
        'mon bebe de 2 mois a eu ses vaccins la semaine derniere pas de souci mais la il a 38,6 et il veut plus boire',
      ),
    ).toContain('infant');
    expect(flags('mon bébé de 2 mois a eu 38,5 il y a 3 jours après son vaccin, il va bien')).toEqual([]);
  });
});
