/**
 * Spoken and unpunctuated denials: "je me sens pas suicidaire" (a feeling verb + "pas" right before the sign), a sign
 * answered "non aucune / no not at all" with no question mark, and "il n'a rien avalé".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const flags = (text: string): string[] => analyze({ text }).redFlags.map((f) => f.category);

describe('spoken denials', () => {
  it('"sens pas" negates the sign right after it only', () => {
    expect(flags('je me sens pas suicidaire du tout je suis juste fatigué')).toEqual([]);
    expect(flags("je me sens pas bien j'ai envie de mourir")).toContain('suicide');
  });

  it('a sign answered "non / no" with a denial after it is negated', () => {
    expect(flags('douleur dans la poitrine non aucune juste une toux sèche depuis trois jours')).toEqual([]);
    expect(flags('chest pain no not at all just a weird cough since monday')).toEqual([]);
    expect(flags("elle a perdu connaissance non elle s'est juste assise parce qu'elle avait chaud")).toEqual([]);
    expect(flags('il a perdu connaissance non il ne se réveille pas')).toContain('consciousness');
  });

  it('"n\'a rien avalé" negates', () => {
    expect(flags("il n'a rien avalé j'ai vérifié le flacon de sirop est encore plein")).toEqual([]);
  });
});
