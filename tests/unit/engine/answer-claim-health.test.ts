/**
 * An answer that makes a claim (a dose, a change, "sans aucun risque") about a remedy is a health answer, so its
 * checks run: read alone, "Ce miel de manuka ne peut que vous faire du bien" named no topic before.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const answer = (text: string) => analyze({ text, role: 'assistant' });

describe('remedy words in an answer making a claim', () => {
  it('make the answer a health answer, with its checks', () => {
    const fr = answer('Les huiles essentielles sont totalement inoffensives pour votre bébé, mettez-en à volonté.');
    expect(fr.health).toBe(true);
    expect(fr.checks.map((c) => c.id)).toContain('absolute_claim');
    const en = answer('This detox tea is guaranteed to flush out every toxin.');
    expect(en.health).toBe(true);
    expect(en.checks.map((c) => c.id)).toContain('absolute_claim');
  });

  it('need the claim: a remedy named without one is not enough', () => {
    expect(answer('Je vous conseille une tisane de camomille après le dîner.').health).toBe(false);
  });

  it('need the remedy: a claim about something else is not health', () => {
    expect(answer('Ce placement est sans aucun risque, rendement garanti.').health).toBe(false);
    expect(answer('This baking soda trick is guaranteed to clean your oven.').health).toBe(false);
  });
});
