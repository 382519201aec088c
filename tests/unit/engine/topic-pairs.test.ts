/**
 * The topic pairs on hand-written sentences (not corpus items): a body part with its state, an injury with its place
 * and an injury done to oneself with the part it was done to add `symptoms` by themselves (checked on `pairedTopics`,
 * so that no single-phrase topic entry can make these pass); the same parts apart, or with other words between, do not.
 */
import { describe, expect, it } from 'vitest';
import { engineStages } from './engine-stages.ts';
import { analyze } from '../../../engine/index.ts';
import { defaultLexicon } from '../../../engine/lexicon/runtime.ts';
import { pairedTopics } from '../../../engine/topic-pairs.ts';

function pairs(text: string): string[] {
  const { lexicon, tokens, seg, hits } = engineStages(text);
  return pairedTopics(lexicon, tokens, seg, hits, new Set()).map((f) => f.topic);
}

describe('topic pairs (body part + state, injury + place, injury act + body part)', () => {
  it('reads a body part followed closely by its state', () => {
    for (const text of [
      'my gums bleed when I brush',
      'my knee keeps giving way on the stairs',
      'his eyes are really itchy',
      'ma cheville est toute gonflée',
      "j'ai la cheville qui gonfle",
      'le poignet me lance depuis hier',
      // Fresh batches of stop 22: states said with an adjective or a plain verb.
      'mon oeil droit est tout rouge et collé le matin',
      'mes dents sont devenues super sensibles au froid',
      'ma cicatrice est rouge et chaude',
      'my eye is all red and crusty',
    ]) {
      expect(pairs(text), text).toEqual(['symptoms']);
    }
  });

  it('reads an injury followed by where it is', () => {
    for (const text of [
      "there's a splinter in my finger",
      'a graze on his left knee',
      "j'ai une écharde dans le doigt",
      'un gros bleu sur le bras gauche',
    ]) {
      expect(pairs(text), text).toEqual(['symptoms']);
    }
  });

  it('reads an injury done to oneself followed by the part', () => {
    for (const text of ['I stubbed my toe on the bed', 'je me suis tordu la cheville', "il s'est écorché le genou"]) {
      expect(pairs(text), text).toEqual(['symptoms']);
    }
  });

  it('needs both parts in one clause, with only linking words between', () => {
    for (const text of [
      'elle a les yeux bleus',
      'on the other side of the hand, a swollen river',
      'my hand, then the bleeding stopped',
      'my knee is the reason I ride a swollen river boat',
      'je me suis tordu de rire, la cheville de la table est cassée',
      'the swollen river was near my hand',
      'le bras de la grue est bloqué en hauteur',
      'les feuilles du ficus sont toutes sèches',
    ]) {
      expect(pairs(text), text).toEqual([]);
    }
  });

  it('makes a message about health through analyze(), never an alert', () => {
    const result = analyze({ text: 'I burned my hand on the oven door' });
    expect(result.health).toBe(true);
    expect(result.topics.map((t) => t.topic)).toEqual(['symptoms']);
    expect(result.redFlags).toEqual([]);
  });

  it('is not read in an animal sentence', () => {
    expect(analyze({ text: 'mon chien a la patte gonflée et la cheville qui enfle' }).health).toBe(false);
  });

  it('costs no context check: only the signals an alert reads are marked for one', () => {
    const lexicon = defaultLexicon();
    const marked = (tag: string): boolean[] =>
      lexicon.entries.flatMap((entry, i) =>
        entry.kind === 'signal' && entry.tags.includes(tag) ? [lexicon.alertSignal[i] === 1] : [],
      );
    for (const tag of ['body_part', 'body_state', 'injury_noun', 'injury_act']) {
      expect(marked(tag).length, tag).toBeGreaterThan(0);
      expect(
        marked(tag).every((m) => !m),
        tag,
      ).toBe(true);
    }
    for (const tag of ['pregnant', 'rash']) expect(marked(tag).every(Boolean), tag).toBe(true);
  });
});
