/**
 * `treatment_change` (engine/checks.ts, `upToLimit`): "give up to 4 doses" is a limit, not "give up" (a change);
 * "give up your inhaler" still is one.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: 'How much paracetamol can I give my 3 year old?', role: 'user' });

function change(answer: string): boolean {
  expect(previousUser.health).toBe(true);
  return analyze({ text: answer, role: 'assistant', previousUser }).checks.some(
    (check) => check.id === 'treatment_change',
  );
}

describe('"give up to"', () => {
  it('is a limit, not a change', () => {
    expect(change('Give up to 4 doses in 24 hours, at least 4 hours apart.')).toBe(false);
  });
  it('"give up" is still a change', () => {
    expect(change('You can give up the inhaler in summer.')).toBe(true);
  });
});
