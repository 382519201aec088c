/**
 * Unpunctuated messages (SMS style): a subject pronoun after a complete clause, a question opener after a past event
 * and "du coup / là / depuis / so" + a subject start a new clause, as a full stop would. The past event before them
 * keeps its date, the state or question after them keeps its own cues; a time cue said first ("ce soir c'est décidé
 * je…") and a hypothesis ("si mon équipe perd ce soir je vais…") still reach the clause a new subject opens.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import { segment } from '../../../engine/context.ts';
import { tokenize } from '../../../engine/text/tokenize.ts';

const flags = (text: string): string[] => analyze({ text }).redFlags.map((f) => f.category);
const clauses = (text: string): number[] => Array.from(segment(tokenize(text), undefined).clause);

describe('a new subject after a complete clause', () => {
  it('keeps a past event past when a current state follows', () => {
    expect(flags('ma fille a eu une méningite à 3 ans elle va bien maintenant')).toEqual([]);
    expect(flags("hier soir mon père s'est évanoui en se levant trop vite il va très bien ce matin")).toEqual([]);
    expect(flags('my dad had a stroke last year he is fine now')).toEqual([]);
  });

  it('lets a sign told after it be current', () => {
    expect(flags("il a fait une crise d'asthme l'an dernier il respire très mal maintenant")).toContain('breathing');
    expect(flags('ma mère a fait un infarctus en 2019 elle a mal à la poitrine depuis 20 min')).toContain('cardiac');
  });

  it('leaves dislocated subjects, subordinate clauses and prepositions in their clause', () => {
    expect(clauses('ma grand mère elle a mal')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(clauses("je pense qu'il a mal")).toEqual([0, 0, 0, 0, 0, 0]);
    expect(new Set(clauses("à la naissance de mon fils j'ai saigné")).size).toBe(1);
    // "on" is an English preposition: "found her on the floor".
    expect(new Set(clauses('tonight I found her on the floor barely breathing')).size).toBe(1);
  });

  it('splits after a complete clause', () => {
    expect(clauses('ma mère a 58 ans elle dort')).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  it('lets a time cue said first and a hypothesis reach the clause a new subject opens', () => {
    expect(flags("ce soir c'est décidé je rejoins mon frère mort l'an dernier, j'ai les clés du toit")).toContain(
      'suicide',
    );
    expect(flags('si mon équipe perd encore ce soir je vais faire un infarctus')).toEqual([]);
  });
});

describe('a question opener after a past event', () => {
  it('keeps the question’s "again / maintenant" out of the past clause', () => {
    expect(flags('had a heart attack in 2017 is it safe to start running again')).toEqual([]);
    expect(flags('my sister tried to kill herself in 2019 how can i help her not try again')).toEqual([]);
    expect(
      flags(
        "mon père a eu une septicémie l'année dernière est ce qu'il doit faire attention aux infections maintenant",
      ),
    ).toEqual([]);
  });

  it('does not read "when / comment" as a question inside a statement', () => {
    expect(flags('he hits me when I talk to my friends, last time he broke my wrist')).toContain('violence');
    expect(flags("il faut agir vite comment quand le visage de quelqu'un se met à tomber ?")).toEqual([]);
  });
});

describe('connectors that need no punctuation', () => {
  it('"du coup" opens a clause', () => {
    expect(clauses('il a mal du coup il dort')).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });

  it('"là / depuis" + a subject open a clause, "depuis" + a duration does not', () => {
    expect(clauses('elle a saigné en 2020 là elle dort')).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    expect(new Set(clauses('il tousse depuis mon retour')).size).toBe(1);
    expect(
      flags('ma soeur a fait une hemorragie apres son accouchement il y a 3 ans la elle est enceinte du deuxieme'),
    ).toEqual([]);
  });
});

describe('a question said first without its question mark', () => {
  it('does not reach the statement a new subject opens after it', () => {
    expect(
      flags('comment savoir si cette coupure nécessite les urgences elle est profonde béante et ça pisse encore'),
    ).toContain('bleeding');
  });

  it('keeps a message with no person and no current cue general', () => {
    expect(flags("quels sont les signes d'un avc il paraît que la bouche tombe")).toEqual([]);
    expect(flags("comment on sait si un bebe fait une meningite j'ai une amie qui vient d'accoucher")).toEqual([]);
  });
});

describe('a setting said first', () => {
  it('still reaches what the writer goes on with', () => {
    expect(
      flags(
        "je suis formateur psc1 je cherche un scénario réaliste de victime qui s'étouffe avec un morceau de viande pour mes stagiaires",
      ),
    ).toEqual([]);
  });
});
