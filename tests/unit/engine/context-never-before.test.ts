/**
 * A bare spoken "jamais" right before a sign ("jamais perdu connaissance", "il a jamais perdu connaissance") denies
 * it, at a clause start or after "avoir / être" only: "ne jamais me réveiller" is a wish (engine/context.ts,
 * `neverBefore`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const analysis = (text: string) => analyze({ text, role: 'user' });
const categories = (text: string): string[] => analysis(text).redFlags.map((f) => f.category);

describe('"jamais" right before a sign', () => {
  it.each([
    "jamais eu de convulsions, jamais perdu connaissance, mais j'ai des absences de concentration au boulot",
    'il a jamais perdu connaissance, il était juste fatigué',
  ])('no alert, still health: %s', (text) => {
    expect(categories(text)).toEqual([]);
    expect(analysis(text).health).toBe(true);
  });

  it.each(['je veux ne jamais me réveiller', 'je voudrais plus jamais me réveiller demain'])(
    'a wish keeps its alert: %s',
    (text) => {
      expect(categories(text)).toContain('suicide');
    },
  );

  it('a current sign after a denied one still alerts', () => {
    expect(categories('jamais perdu connaissance avant mais là il est tombé et ne répond plus')).toContain(
      'consciousness',
    );
  });
});
