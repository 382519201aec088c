/**
 * A relative named after a film, a show or a paper turns the sentence to what happens to them (engine/context.ts:
 * `personAfterOffTopic` for film and show words, "et / and" + a person in `factualContrast` for general cues).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('a relative after a story or a question is news', () => {
  it.each([
    ["On regardait un film tranquillement et ma femme s'est effondrée d'un coup, elle répond plus", 'consciousness'],
    ['I read in the paper that button batteries are dangerous and my son just swallowed one', 'poisoning'],
    ["J'ai lu dans le journal que les piles bouton c'était dangereux et mon fils vient d'en avaler une", 'poisoning'],
  ])('alerts: %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it('a stressed "moi" after the story turns it to the writer', () => {
    const text = "Le Dr House de la série aurait trouvé, moi j'ai des douleurs articulaires depuis 2 mois.";
    expect(analyze({ text }).topics.map((t) => t.topic)).toContain('symptoms');
    expect(analyze({ text: 'Dans la série, le héros fait un AVC, moi je trouve ça peu réaliste.' }).redFlags).toEqual(
      [],
    );
  });

  it.each([
    'Dans le film, le héros fait un infarctus et sa femme le réanime, c’est réaliste ?',
    'Ce jeu vidéo est tellement dur, mon perso meurt et je suis en train de faire une overdose de caféine lol',
  ])('the story stays off topic: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
