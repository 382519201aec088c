/**
 * The class halves of the near pairs in engine/slot-combos.ts (round s17), on hand-written sentences checked on
 * `slotFindings`: a stock of a medicine beside any drug name of the topics lexicon, a height beside a place, a high
 * floor, farewell acts, and a relative or partner as the doer of a physical act. Each class needs its partner and
 * the pair's other half; alone, or as an idiom, an accident or a toddler's act, it raises nothing.
 */
import { describe, expect, it } from 'vitest';
import { engineStages } from './engine-stages.ts';
import { slotFindings } from '../../../engine/slot-combos.ts';

function slots(text: string): string[] {
  const { lexicon, tokens, seg, index, hits } = engineStages(text);
  return slotFindings(lexicon, tokens, seg, index, hits).map((f) => f.category);
}

describe('class halves → suicide', () => {
  it('reads a stock beside any drug name as a means (no drug list copied into the rule)', () => {
    for (const text of [
      '3 plaquettes de doliprane devant moi, je suis fatiguée de lutter',
      'je stocke mes cachets de lamictal au fond du placard, personne sait',
      'une dizaine d\u2019ampoules dans mon casier. Je me sens vide.',
      "I've saved up my sertraline, nobody knows",
    ]) {
      expect(slots(text), text).toContain('suicide');
    }
  });

  it('needs the drug beside the stock, and a state', () => {
    expect(slots("j'ai gardé toutes mes boîtes de chaussures, personne sait")).not.toContain('suicide');
    expect(slots('Mes boîtes de Doliprane sont toutes périmées, je les rapporte à la pharmacie ?')).not.toContain(
      'suicide',
    );
  });

  it('reads a height beside a place, or a high floor, as a means', () => {
    for (const text of [
      'je suis en haut du parking, dernier niveau, je regarde en bas',
      "le pont au-dessus de l'autoroute, pardon maman",
      "jsuis au 9e etage et j'en peux plus de cette vie",
      "I'm at the top of the multi-storey car park and I keep thinking how easy it'd be",
    ]) {
      expect(slots(text), text).toContain('suicide');
    }
    expect(slots('Ma mère est au 8e étage de la clinique, la vue est magnifique')).not.toContain('suicide');
    expect(slots('We went to the top of the car park to watch the fireworks')).not.toContain('suicide');
  });

  it('pairs two farewell acts, or a farewell act and a state', () => {
    expect(slots("J'ai donné ma guitare à mon frère et j'ai écrit des lettres pour tout le monde.")).toContain(
      'suicide',
    );
    expect(slots('Gave my dog to my neighbour and wrote letters to my kids.')).toContain('suicide');
    expect(slots("J'ai donné ma guitare à mon frère pour son anniversaire, il était trop content")).not.toContain(
      'suicide',
    );
  });
});

describe('class halves → violence', () => {
  it('pairs a relative or partner with a physical act on a person', () => {
    for (const text of [
      'Le copain de ma mère me tape quand elle est au travail',
      'Mon beau-père secoue mon petit frère quand il pleure',
      'La nounou attache ma fille sur sa chaise',
      'mon beau-frère gifle ses enfants pour un rien',
      'my stepdad hits my little sister with a belt',
      "mon mari me serre le bras jusqu'à ce que j'aie des marques",
      'le monsieur de la garderie le tape sur la tête',
      'mon père attache mon petit frère au radiateur quand il est puni',
    ]) {
      expect(slots(text), text).toContain('violence');
    }
  });

  it('leaves out idioms, games, accidents, a toddler and an act with no person', () => {
    for (const text of [
      'mon coach me pousse à courir plus vite',
      'Mon frère me tape sur les nerfs',
      'Mon père tape sur son clavier toute la journée',
      'Mon fils de 2 ans me tape quand il est frustré',
      'my wife is drowsy after hitting her head on the cupboard',
      'my boyfriend hit the gym hard today',
      'ma mère ne se réveille pas, on la secoue et elle ouvre pas les yeux',
      'mon père a une douleur qui lui serre la gorge quand il marche',
      'Ma mère me tire les cheveux pour me faire des tresses tous les matins',
      'Mon mari me secoue tous les matins pour que je me réveille',
    ]) {
      expect(slots(text), text).not.toContain('violence');
    }
  });
});
