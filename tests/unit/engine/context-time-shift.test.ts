/**
 * A time-shift word followed by a subject ("aujourd'hui il marche", "now he's doing physio") starts a new clause, as a
 * full stop would: in an unpunctuated message the past event before it stays past, and a sign after it is current. At
 * the end of a clause ("il respire très mal maintenant") it keeps the sign current.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { segment } from '../../../engine/context.ts';
import { tokenize } from '../../../engine/text/tokenize.ts';

const flags = (text: string): string[] => analyze({ text }).redFlags.map((f) => f.category);

describe('time-shift words in unpunctuated messages', () => {
  it('keep a past event past when today’s state follows', () => {
    expect(flags("mon père a fait un avc en 2015 aujourd'hui il marche avec une canne")).toEqual([]);
    expect(flags("my dad had a stroke in 2019 now he's doing physio")).toEqual([]);
    expect(flags("il y a deux ans j'ai fait une tentative de suicide maintenant je vais bien")).toEqual([]);
  });

  it('let a sign told after them be current', () => {
    expect(
      flags("il y a deux ans j'ai fait un infarctus aujourd'hui j'ai une douleur dans la poitrine qui serre"),
    ).toContain('cardiac');
    expect(flags("my dad had a stroke in 2019 now he can't move his left arm")).toContain('stroke');
    expect(flags('i had a heart attack in 2017 today i have crushing chest pain')).toContain('cardiac');
  });

  it('keep a sign current when they end its clause', () => {
    expect(flags("il a fait une crise d'asthme l'an dernier il respire très mal maintenant")).toContain('breathing');
  });

  it('start a clause only before a subject, and never first', () => {
    const clauses = (text: string): number[] => Array.from(segment(tokenize(text), undefined).clause);
    expect(clauses("en 2015 aujourd'hui il marche")).toEqual([0, 0, 1, 1, 1, 1]);
    expect(clauses('maintenant il dort')).toEqual([0, 0, 0]);
    expect(clauses('il dort maintenant')).toEqual([0, 0, 0]);
  });
});
