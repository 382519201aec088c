/**
 * The near-pair rule of engine/slot-combos.ts on hand-written sentences (not corpus items): a means with a crisis
 * state raises `suicide`, a control act or threat with fear, danger or a child at stake raises `violence`, in the
 * same or the next sentence and in either order. Checked on `slotFindings`, so that no single-phrase entry can make
 * these pass; the everyday and fictional readings of each half alone, or with a purpose or an object, do not.
 */
import { describe, expect, it } from 'vitest';
import { engineStages } from './engine-stages.ts';
import { NEAR_RULES, slotFindings } from '../../../engine/slot-combos.ts';

function slots(text: string): string[] {
  const { lexicon, tokens, seg, index, hits } = engineStages(text);
  return slotFindings(lexicon, tokens, seg, index, hits).map((f) => f.category);
}

describe('near pairs: a means and a crisis state → suicide', () => {
  it('combines any means with any state, in either order, in one sentence or the next', () => {
    for (const text of [
      'jai une corde dans le garage et franchement jen peux plus',
      "J'ai plus rien à perdre. J'ai trouvé un pont assez haut.",
      'Je me renseigne sur les heures de passage des trains. Je suis épuisée de tout.',
      "j'ai gardé toutes les boîtes de somnifères, personne remarquera",
      "i think im done. i've got the pills lined up",
      'how high a building needs to be, nobody would even notice',
      "combien de cachets il faut pour que le coeur s'arrête. J'ai plus la force.",
      "j'ai le fusil de mon père dans le placard, il est temps d'en finir",
      "avec mes comprimés d'insuline j'ai de quoi. Je n'ai plus personne.",
      "J'ai ce qu'il faut dans mon sac depuis lundi. Je vaux rien.",
    ]) {
      expect(slots(text), text).toContain('suicide');
    }
  });

  it('needs both halves close: two sentences apart they are two stories', () => {
    expect(slots("J'ai acheté une corde. On part demain en vacances. Au boulot j'en peux plus.")).not.toContain(
      'suicide',
    );
  });

  it('leaves out a means with an everyday purpose and a state with its own object', () => {
    for (const text of [
      "j'ai acheté une corde pour l'escalade, j'en peux plus d'attendre le week-end",
      "je pense à la mort de mon grand-père, j'ai une lame de rasoir neuve",
      "j'en peux plus de Paris, on a vu le pont de l'Île de Ré",
      "i'm done with work, got a rope for the tent",
      "je suis sur le toit de l'immeuble pour réparer l'antenne, j'en peux plus de cette chaleur",
      "j'ai une boîte de 30 comprimés d'ibuprofène, il est temps de manger",
      "avec mes comprimés d'insuline j'ai de quoi tenir le week-end, je n'ai plus personne pour m'aider",
    ]) {
      expect(slots(text), text).not.toContain('suicide');
    }
  });

  it('leaves out negated, past and general halves', () => {
    for (const text of [
      "Il y a dix ans j'avais stocké toutes mes boîtes de somnifères, j'en pouvais plus",
      'quelle est la dose mortelle de paracétamol pour un chien ?',
      "Je n'en peux plus, mais je n'ai pas de corde ni rien",
    ]) {
      expect(slots(text), text).not.toContain('suicide');
    }
  });
});

describe('near pairs: control or threat with a stake → violence', () => {
  it('pairs a control act or a threat with fear, imminent danger, a child or a second threat', () => {
    for (const text of [
      "Il a pris mon passeport et j'ai peur",
      "il m'a dit que je le regretterais, il rentre dans une heure",
      'il me suit partout et il a mis un traceur sur ma voiture. je tremble',
      "il m'a menacée devant ma fille",
      'si je pars il prendra les enfants, il m’a déjà menacée',
      "He took my passport and my bank card, I'm scared of what he'll do",
      "il m'a menacée de me tuer, j'ai peur",
      "il a pris mes clés, j'ai peur de lui",
      'il a pris mes clés et il a un couteau',
      "son petit-fils prend sa pension et il la pousse, elle a peur qu'il revienne",
      'un petit de 3 ans a des brûlures de cigarette et il a peur quand son père vient le chercher',
      "il a serré mon poignet jusqu'à ce que je crie, j'ai peur de bouger",
    ]) {
      expect(slots(text), text).toContain('violence');
    }
  });

  it('leaves a threat or a control act alone, or a figure of speech, without a stake', () => {
    for (const text of [
      'Mon chef m’a dit que je le regretterais si je ratais la réunion',
      'ma mère lit mes messages, trop relou',
      "Mon prof m'a menacé de me mettre une colle, j'ai trop peur",
      'ma fille menace de partir vivre chez son père, je tremble de colère',
      "Il y a deux ans il m'enfermait et j'avais peur, c'est fini",
      "il pousse la porte, j'ai peur des orages",
      'Mon fils de 2 ans me tape quand il est frustré',
      "il a pris mes clés pour aller chercher le pain, j'ai peur de rater mon train",
      'mon fils a peur du noir et il a des bleus au genou après le foot',
    ]) {
      expect(slots(text), text).not.toContain('violence');
    }
  });

  it('lists each slot as signal tags, with a category per rule', () => {
    for (const rule of NEAR_RULES) {
      expect(rule.means.length).toBeGreaterThan(0);
      expect(rule.state.length).toBeGreaterThan(0);
    }
    expect(NEAR_RULES.map((r) => r.category)).toEqual(['suicide', 'violence', 'violence']);
  });
});
