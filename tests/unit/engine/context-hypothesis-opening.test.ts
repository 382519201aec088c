/**
 * A hypothesis said first ("Si jamais il m'arrive quelque chose…") covers its own sentence, not the sentences after it,
 * in a message that names no person; "là + a subject" after a hypothesis turns to what is happening.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const flags = (text: string): string[] => analyze({ text }).redFlags.map((f) => f.category);

describe('a hypothesis at the opening', () => {
  it('does not silence a later sentence', () => {
    expect(
      flags(
        "Si jamais il m'arrive quelque chose, prenez soin de mon chat. J'ai mis mes papiers en ordre et je ne vois plus d'issue.",
      ),
    ).toContain('suicide');
  });

  it('still covers its own sentence', () => {
    expect(
      flags(
        "j'ai vu un homme faire un malaise dans le métro hier, les pompiers sont venus, comment aider la prochaine fois ?",
      ),
    ).toEqual([]);
  });

  it('ends at "là" + a subject', () => {
    expect(flags("si jamais c'est de l'asthme je fais quoi là ma fille arrive plus à respirer")).toContain('breathing');
    expect(flags("si jamais c'était un avc là tout de suite mon père arrive plus à lever le bras droit")).toContain(
      'stroke',
    );
    expect(flags('et si jamais c’est une crise elle convulse là depuis 4 minutes')).toContain('consciousness');
  });
});

describe('a story closed by "anyway / bref"', () => {
  it('lets what follows be current', () => {
    expect(
      flags(
        'we had a scare with his allergies last summer anyway he just ate a cookie with nuts and his lips are swelling',
      ),
    ).toContain('anaphylaxis');
  });
});
