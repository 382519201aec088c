/**
 * A past cue right after a sign, or after "de / of" and then the cue, dates the sign itself ("ma fausse couche de la
 * semaine dernière", "mon AVC de 2019"): the clause's current cue is about something else (engine/context.ts,
 * `datedSign`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const analysis = (text: string) => analyze({ text, role: 'user' });
const categories = (text: string): string[] => analysis(text).redFlags.map((f) => f.category);

describe('a sign dated by its own complement is past', () => {
  it.each([
    "Je ne saigne plus depuis ce matin après ma fausse couche de la semaine dernière, on m'a dit de refaire une prise de sang",
    "depuis ce matin je repense à ma fausse couche d'il y a deux semaines, je voudrais en parler",
  ])('no alert, still health: %s', (text) => {
    expect(categories(text)).toEqual([]);
    expect(analysis(text).health).toBe(true);
  });

  it.each([
    ["mon AVC de 2019 m'a laissé une faiblesse, et depuis ce matin j'ai la bouche de travers", 'stroke'],
    ["j'ai fait une fausse couche hier et je saigne énormément depuis une heure", 'bleeding'],
  ])('a current sign told beside a dated one alerts: %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
