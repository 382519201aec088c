/**
 * Weak question shapes (context entries whose id ends with `-message`: "should you make someone vomit…", "can X kill
 * you", "c'est dangereux de…", "ça peut tuer ?") make a message general only when it names no person and has no
 * current cue (engine/context.ts, `isMessageQuestion`): a question followed by "my toddler just did" still alerts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const categories = (text: string): string[] => analyze({ text, role: 'user' }).redFlags.map((f) => f.category);

describe('message-wide general questions', () => {
  it.each([
    'should you make someone vomit if they swallowed bleach?',
    'can an asthma attack kill you?',
    'how much blood can a person lose before passing out?',
    "faut-il faire vomir quelqu'un qui a avalé de la javel ?",
    "une crise d'asthme ça peut tuer ?",
    "c'est dangereux de conduire après un malaise ?",
  ])('raises no alert on %s, and stays health', (text) => {
    expect(categories(text)).toEqual([]);
    expect(analyze({ text, role: 'user' }).health).toBe(true);
  });

  it.each([
    ['should you make someone vomit if they swallowed bleach? my toddler just did', 'poisoning'],
    ["can an asthma attack kill you? mine's not getting better with the inhaler, I can barely talk", 'breathing'],
    ["faut-il faire vomir quelqu'un qui a avalé de la javel ? mon petit vient d'en boire", 'poisoning'],
    ["une crise d'asthme ça peut tuer ? mon fils n'arrive plus à respirer depuis 10 minutes", 'breathing'],
  ])('still alerts when a person or a current cue follows: %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
