/**
 * The people of a message as word classes (content/lexicons/<lang>/word-classes.yml): every word of a class counts
 * wherever a term names the class. Each test walks a whole class through one sentence, so a word added to the class is
 * checked at once ("ma belle-fille", "my stepdad", "ma puce de 5 semaines" behave like "ma mère", "my mum", "mon bébé").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';
import type { Language } from '../../../engine/types.ts';
import { LANGUAGES, LEXICON_DIR } from '../../../scripts/compile-lexicons.ts';
import { classTable, loadWordClasses } from '../../../scripts/lexicon-classes.ts';

const table = classTable(loadWordClasses(LEXICON_DIR, LANGUAGES));
const words = (lang: Language, id: string): readonly string[] => table.get(lang)?.get(id) ?? [];
const categories = (text: string, lang: Language): string[] =>
  analyze({ text, lang, role: 'user' }).redFlags.map((flag) => flag.category);

/** Words of a class that a sentence built on `make` does not flag with `category`. */
function missing(lang: Language, id: string, category: string, make: (word: string) => string): string[] {
  return words(lang, id).filter((word) => !categories(make(word), lang).includes(category));
}

describe('@relative and @close: any close person in a sign that names one', () => {
  it('fr: joining a dead relative "up there" is a suicide sign, whoever the relative', () => {
    expect(missing('fr', 'relative', 'suicide', (w) => `je veux rejoindre mon ${w} là-haut`)).toEqual([]);
  });

  it('fr: a letter left for any close person, then "je suis prête"', () => {
    const make = (w: string): string => `j'ai écrit une lettre pour mon ${w} et j'ai rangé ma chambre, je suis prête`;
    expect(missing('fr', 'relative', 'suicide', make)).toEqual([]);
    expect(missing('fr', 'close', 'suicide', make)).toEqual([]);
  });

  it('en: texting any relative goodbye on a bridge', () => {
    const make = (w: string): string => `I'm standing on the edge of the bridge and I've texted my ${w} goodbye`;
    expect(missing('en', 'relative', 'suicide', make)).toEqual([]);
  });

  it('en: a blow to any relative or child is violence', () => {
    expect(missing('en', 'relative', 'violence', (w) => `he is hitting my ${w} right now`)).toEqual([]);
    expect(missing('en', 'child', 'violence', (w) => `he is hitting my ${w} right now`)).toEqual([]);
  });
});

describe('@baby: a baby named by a pet name, with an age right after', () => {
  it('fr: "ma puce de 5 semaines a 38,6 de fièvre" is a fever under 3 months', () => {
    expect(missing('fr', 'baby', 'infant', (w) => `mon ${w} de 5 semaines a 38,6 de fièvre`)).toEqual([]);
  });

  it('en: "my little guy is 7 weeks and has a temp of 38.3"', () => {
    expect(missing('en', 'baby', 'infant', (w) => `my ${w} is 7 weeks and has a temp of 38.3`)).toEqual([]);
  });

  it('an animal of the same age is no baby, and a pet name without an age is no infant sign', () => {
    expect(categories('ma chienne de 5 semaines a 39 de fièvre', 'fr')).not.toContain('infant');
    expect(categories('mon chiot de 6 semaines a 38,5 de fièvre', 'fr')).not.toContain('infant');
    expect(categories('ma puce a 38,5 de fièvre, elle a 6 ans', 'fr')).not.toContain('infant');
    expect(categories('my puppy is 6 weeks old and has a fever', 'en')).not.toContain('infant');
  });
});
