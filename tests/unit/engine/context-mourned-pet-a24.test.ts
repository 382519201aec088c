/**
 * The animal rule (engine/context.ts, `isComparison` / `mournedPet`, a24): a pet named as what the writer mourns
 * ("depuis la mort de mon chien") or given away with an article ("donné le chien au voisin") does not make the
 * sentence about the animal; the writer's grief or farewell stays on topic. A sick pet still is off topic.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function flags(text: string): string[] {
  return analyze({ text }).redFlags.map((flag) => flag.category);
}

describe('a pet the writer mourns', () => {
  it("keeps the writer's grief as the topic", () => {
    expect(
      analyze({ text: "je n'ai plus goût à rien depuis la mort de mon chien, je pleure tous les soirs" }).health,
    ).toBe(true);
    expect(analyze({ text: 'since the loss of my dog I cry every night and feel empty' }).health).toBe(true);
  });
  it('a sick pet is still off topic', () => {
    expect(analyze({ text: 'mon chien vomit depuis ce matin, il a mangé du chocolat' }).health).toBe(false);
  });
});

describe('a pet given away with an article', () => {
  it('is a farewell act of its owner', () => {
    expect(
      flags(
        "j'ai 67 ans, je ne sers plus à rien. j'ai fait mon testament et j'ai donné le chien au voisin. ce soir je vais aller au bout",
      ),
    ).toContain('suicide');
  });
  it('a threat against "le chien" is intimidation of its owner', () => {
    expect(
      flags(
        "il me confisque mon téléphone, me dit que si je pars il tuera le chien et moi, j'ose pas sortir de la chambre",
      ),
    ).toContain('violence');
  });
});

describe('a stock of pills after a sentence about a pet', () => {
  it("stays the owner's (drug_stock is person-only)", () => {
    expect(
      flags(
        "dad's 74, been saying nobody needs him anymore, today he wrote out his will and asked me to look after the dog. he has pills stockpiled",
      ),
    ).toContain('suicide');
  });
});
