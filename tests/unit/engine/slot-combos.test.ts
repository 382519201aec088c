/**
 * The two-slot rule on hand-written sentences (not corpus items): a wish or intent frame followed closely by an
 * ending-of-life notion raises `suicide` by itself (checked on `slotFindings`, so that no single-phrase entry
 * can make these pass), and negated, past, hypothetical, figurative and other-person readings do not.
 */
import { describe, expect, it } from 'vitest';
import { engineStages } from './engine-stages.ts';
import { analyze } from '../../../engine/index.ts';
import { slotFindings } from '../../../engine/slot-combos.ts';

function slots(text: string): string[] {
  const { lexicon, tokens, seg, index, hits } = engineStages(text);
  return slotFindings(lexicon, tokens, seg, index, hits).map((f) => f.category);
}

describe('two-slot red flags (frame + ending-of-life notion)', () => {
  it('combines any frame with any notion, with filler words between', () => {
    for (const text of [
      "j'ai tellement envie de crever",
      'je voudrais vraiment ne plus me réveiller',
      "c'est décidé, enfin: je vais en finir",
      'je songe sérieusement à me suicider',
      'ma sœur veut se tuer',
      'i really want to not wake up tomorrow',
      "i've decided to end it all",
      'he keeps thinking about killing himself',
    ]) {
      expect(slots(text), text).toEqual(['suicide']);
    }
  });

  it('pairs an intent frame only with an act: "je vais mourir" is a fear', () => {
    expect(slots('je vais mourir, mon cœur bat trop vite')).toEqual([]);
    expect(slots("i'm going to die of embarrassment")).toEqual([]);
    expect(slots('je vais me tuer ce soir')).toEqual(['suicide']);
  });

  it('leaves out negated, past, general and figurative text', () => {
    for (const text of [
      'je veux pas mourir',
      "je n'ai aucune envie de mourir",
      "il y a deux ans j'avais envie d'en finir",
      'quels sont les signes quand on a envie de mourir ?',
      'je veux mourir de rire devant ce film',
      "i don't want to die",
    ]) {
      expect(slots(text), text).toEqual([]);
    }
  });

  it('needs the notion to belong to the frame: no other statement between, no object after', () => {
    expect(slots('je pense à ma mère qui va mourir')).toEqual([]);
    expect(slots('je veux éviter de mourir du cancer')).toEqual([]);
    expect(slots("j'ai envie d'en finir avec ce régime")).toEqual([]);
    expect(slots('i want to end it with him')).toEqual([]);
  });

  it('reads a reflexive notion by its subject: a threat is not a plan', () => {
    expect(slots('il va me tuer')).toEqual([]);
    expect(slots('mon compagnon menace de me tuer')).toEqual([]);
    expect(slots('je veux se tuer')).toEqual([]);
  });
});

describe('suicide evidence after a pet is named', () => {
  const flags = (text: string): string[] => analyze({ text }).redFlags.map((f) => f.category);

  it('stays on topic: a farewell hands the pet over', () => {
    expect(flags("prends soin de mon chat quand je ne serai plus là, j'ai laissé les clés")).toContain('suicide');
    expect(flags('il a dit adieu à son chien, il a pris la corde dans le garage')).toContain('suicide');
  });

  it('leaves other signs about the animal off topic', () => {
    expect(flags('mon chien vomit du sang depuis ce matin')).toEqual([]);
  });
});
