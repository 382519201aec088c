/**
 * `absolute_claim` (engine/checks.ts, `DENIALS`): a negation among the few words before a claim denies it ("ce n'est
 * pas garanti", "I can't promise it's nothing serious"); the same claim said plainly is absolute.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: 'Est-ce que ce sirop contre la toux marche pour mon fils ?', role: 'user' });

function absolute(answer: string): boolean {
  expect(previousUser.health).toBe(true);
  return analyze({ text: answer, role: 'assistant', previousUser }).checks.some(
    (check) => check.id === 'absolute_claim',
  );
}

describe('a denied claim', () => {
  it.each([
    "Le résultat n'est pas garanti, chaque enfant réagit différemment.",
    "I can't promise it's nothing serious, so please see your GP.",
  ])('is not absolute: %s', (answer) => {
    expect(absolute(answer)).toBe(false);
  });
});

describe('the same claim said plainly', () => {
  it.each(['Résultat garanti dès la première prise.', "I promise it's nothing serious."])(
    'is absolute: %s',
    (answer) => {
      expect(absolute(answer)).toBe(true);
    },
  );
});
