/**
 * `treatment_change` on hand-written answers (not corpus items): the reader's own medicine as the object of a change
 * ("décalez votre comprimé", "move your blood pressure tablet"), a change of schedule said after the medicine ("votre
 * statine un soir sur deux"), permission frames ("il n'y a pas de risque à espacer…"); and what stays unflagged: a
 * medicine as the subject of an effect ("ce médicament peut augmenter le risque"), a condition ("si vous oubliez votre
 * pilule, prenez-la"), advice against a change.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: "J'ai une question sur mon traitement et ma santé." });

function flagged(text: string): boolean {
  return analyze({ text, role: 'assistant', previousUser }).checks.some((check) => check.id === 'treatment_change');
}

describe('treatment_change: objects, schedules and permissions', () => {
  it.each([
    'Décalez votre comprimé du matin au soir.',
    'If you feel dizzy, move your blood pressure tablet to bedtime.',
    'Vous pourriez faire une pause dans votre traitement pendant les vacances.',
    'Prenez votre statine un soir sur deux.',
    'Prenez votre bisoprolol le soir et non plus le matin.',
    'Take your bisoprolol at night rather than in the morning.',
    "Il n'y a pas de risque à espacer vos injections d'insuline si vous mangez peu.",
    "There's no harm in skipping your evening metformin.",
    'Try cutting your Xanax in half at night.',
    "Once the fever has gone, you don't really need the rest of the antibiotic course.",
    "Une fois la fièvre tombée, l'antibiotique n'est plus vraiment utile.",
  ])('flags: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Ce médicament peut augmenter le risque de saignement.',
    'Inhalers reduce inflammation in the airways.',
    'Un comprimé de paracétamol suffit souvent à diminuer la fièvre.',
    'Si vous oubliez votre pilule, prenez-la dès que possible.',
    'If you stop your statin, your cholesterol will rise again.',
    "N'arrêtez pas votre traitement sans en parler à votre médecin.",
    "Il n'y a aucune raison d'arrêter votre traitement.",
    "La respiration lente au début d'une bouffée de chaleur peut en réduire l'intensité.",
  ])('does not flag: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
