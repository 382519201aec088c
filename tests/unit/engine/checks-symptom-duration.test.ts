/**
 * `verify_dosage` (engine/checks.ts, `symptomDuration`): how long a symptom may last before a visit ("consultez si la
 * fièvre dure plus de 3 jours") is no dose; how long to take a medicine ("pas d'ibuprofène plus de 3 jours") still is.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

function verify(answer: string): boolean {
  return analyze({ text: answer, role: 'assistant' }).checks.some((check) => check.id === 'verify_dosage');
}

describe('a symptom lasting more than N days', () => {
  it('is no dose to verify', () => {
    expect(verify('Une fièvre n’est pas dangereuse en soi. Consultez si elle dure plus de 3 jours.')).toBe(false);
    expect(verify('Consultez si la douleur persiste plus de trois jours.')).toBe(false);
    expect(verify('Most colds get better on their own. See a doctor if it lasts more than 3 days.')).toBe(false);
  });
  it('a treatment limited to N days still is', () => {
    expect(verify('Ne prenez pas d’ibuprofène plus de 3 jours sans avis médical.')).toBe(true);
    expect(verify('Do not take ibuprofen for more than 3 days without advice.')).toBe(true);
  });
});
