/**
 * "remis / remet" is a recurrence verb ("il s'est remis à boire"), but after "s'en" it says a recovery ("il s'en
 * était bien remis"): such a sentence stays past (engine/context.ts, `RECOVERED_FROM` in `recursLater`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('"s\'en remettre" is a recovery, not a recurrence', () => {
  it('stays past', () => {
    expect(categories("Mon grand-père avait fait un infarctus à la retraite, il s'en était bien remis.")).toEqual([]);
  });

  it('a sign told again as happening now still alerts', () => {
    expect(
      categories('pendant deux ans il m’a frappée et ce soir il a recommencé, je suis enfermée dans les toilettes'),
    ).toContain('violence');
  });
});
