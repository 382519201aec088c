import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index';

const categories = (text: string) => analyze({ text }).redFlags.map((flag) => flag.category);

describe('laughing sentences (engine/laughter.ts)', () => {
  it.each([
    "J'ai fait un mini AVC en voyant le prix de l'électricité ce mois-ci 😂",
    '😂 je me suis évanouie en voyant le prix',
    'je suis mort de rire, je m’étouffe, cette vidéo de chat 😂😂',
    'jpp j’ai fait un arrêt cardiaque en voyant ma note mdrrr',
    'I literally stopped breathing when I saw the bill 🤣',
  ])('reads the writer’s own hyperbole as a joke: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    // Someone else, or happening now: the alert stays.
    ['il saigne beaucoup de la tête lol', 'bleeding'],
    ["lol my brother is choking on a grape, he can't breathe, help", 'breathing'],
    ['mdr je fais une crise d’asthme depuis 10 min j’arrive plus à respirer', 'breathing'],
    // Never a joke: suicidal crisis, violence, poisoning.
    ['mdr je vais me pendre ce soir', 'suicide'],
    ['lol j’ai avalé toute la boîte de doliprane', 'poisoning'],
  ])('keeps the alert: %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it('needs the laughter in the same sentence', () => {
    expect(categories('Trop drôle ce film 😂. Ma mère a la bouche de travers depuis 10 minutes.')).toEqual(['stroke']);
  });
});
