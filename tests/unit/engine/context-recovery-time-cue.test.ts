/**
 * A time cue that opens a recovery ("ce matin ça va beaucoup mieux") dates the recovery, not the sign told before it:
 * unpunctuated, it no longer makes that sign current (engine/context.ts, `dropCurrentBeforeRecovery`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const analysis = (text: string) => analyze({ text, role: 'user' });
const categories = (text: string): string[] => analysis(text).redFlags.map((f) => f.category);

describe('a time cue followed by "ça va mieux"', () => {
  it.each([
    "hier j'avais du mal à respirer à cause du pollen ce matin ça va beaucoup mieux avec l'antihistaminique",
    'la nuit dernière elle avait du mal à respirer aujourd’hui elle va bien mieux',
  ])('no alert, still health: %s', (text) => {
    expect(categories(text)).toEqual([]);
    expect(analysis(text).health).toBe(true);
  });

  it.each([
    "ce matin ça va pas bien du tout j'ai du mal à respirer",
    'ce matin ça va mieux mais là il a du mal à respirer',
    "j'ai du mal à respirer depuis ce matin",
  ])('keeps the alert: %s', (text) => {
    expect(categories(text)).toContain('breathing');
  });
});
