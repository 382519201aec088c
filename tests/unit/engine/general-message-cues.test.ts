/**
 * Weak question shapes (context entries flagged `message_scope`: "should you make someone vomit…", "can X kill
 * you", "c'est dangereux de…", "ça peut tuer ?") make only their own clause general, and only in a message that names
 * no person and has no current cue (engine/context.ts, `flagged`): a question followed by "my toddler just
 * did" still alerts, and so does a sign said in another clause ("j'ai avalé 30 doliprane, ça peut tuer ?").
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
    ["j'ai avalé 30 doliprane, ça peut tuer ?", 'poisoning'],
    ['my face is drooping on one side and my speech is slurred, what counts as an emergency?', 'stroke'],
    ["my throat is closing after peanuts, what's the antidote?", 'anaphylaxis'],
  ])('still alerts when a person or a current cue follows, or the sign has its own clause: %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
