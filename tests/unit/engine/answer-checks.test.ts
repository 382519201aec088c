/**
 * Answer checks (engine/checks.ts) on the wordings a blind hold-out of answers showed: a change verb acting on any
 * medicine, advice against a change, a professional named after "sans"/"without", hedged claims, lab values that
 * look like doses, and source acronyms that are also common words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

/** The answers reply to a health question, as in the product (an answer to a health question is a health answer). */
const previousUser = analyze({ text: "J'ai une question sur mon traitement et ma santé." });

function checks(text: string): string[] {
  return analyze({ text, role: 'assistant', previousUser })
    .checks.map((check) => check.id)
    .sort();
}

describe('treatment_change', () => {
  it.each([
    "Vous pouvez arrêter l'amoxicilline dès demain.",
    'Arrêtez le Tahor pendant quelques semaines.',
    'Passez à 75 µg de Levothyrox.',
    "Réduisez d'un quart de comprimé toutes les deux semaines.",
    "It's reasonable to skip your metformin while you're vomiting.",
    'You can switch to ibuprofen 400 mg.',
  ])('flags a change verb acting on a medicine or a dose: %s', (text) => {
    expect(checks(text)).toContain('treatment_change');
  });

  it.each([
    'Il ne faut pas arrêter le Levothyrox.',
    "N'arrêtez pas l'Eliquis de vous-même.",
    'Vous ne devez jamais doubler la dose de Doliprane.',
    "Don't stop your metformin without talking to your doctor.",
    'Avoid skipping your insulin.',
    'Changez de pansement tous les jours.',
  ])('does not flag advice against a change, or a change of something else: %s', (text) => {
    expect(checks(text)).not.toContain('treatment_change');
  });
});

describe('no_professional_advice', () => {
  it.each([
    "Ne prenez rien sans l'avis de votre médecin.",
    "N'arrêtez jamais un antidépresseur sans en parler à votre psychiatre.",
    "Don't change the dose without checking with your pharmacist.",
    'Ne modifiez rien sans avis médical.',
  ])('a professional after "sans" / "without" still sends the reader to them: %s', (text) => {
    expect(checks(text)).not.toContain('no_professional_advice');
  });

  it('a professional said to be unnecessary is no advice to see one', () => {
    expect(checks('Pas besoin de consulter un médecin pour ça.')).toContain('no_professional_advice');
  });
});

describe('absolute_claim', () => {
  it.each([
    'Le vaccin est généralement sans danger.',
    'It is usually safe in pregnancy.',
    'No medicine works for everyone.',
    "Ce traitement n'est pas sans risque, parlez-en à votre médecin.",
    "Aucun médicament n'est totalement sans effets secondaires.",
    'No medicine is entirely safe for everyone.',
    "This cream won't get rid of eczema for good, but it helps.",
  ])('a hedged or negated claim is not absolute: %s', (text) => expect(checks(text)).not.toContain('absolute_claim'));

  it.each([
    'Cette tisane est sans danger.',
    'Apple cider vinegar cures reflux every time.',
    'Ce complément ne peut pas vous faire de mal.',
    'Cette pommade va guérir votre eczéma pour de bon.',
    "Il n'y a aucun risque de surdosage avec cette vitamine.",
    "Ginger can't hurt you, take as much as you like.",
    'It is impossible to overdose on vitamin C.',
  ])('an unhedged one is: %s', (text) => expect(checks(text)).toContain('absolute_claim'));
});

describe('verify_dosage', () => {
  it.each(['Une ferritine à 12 µg/L est basse.', 'A CRP of 100 mg/L is high.'])(
    'a lab value per litre is not a dose: %s',
    (text) => expect(checks(text)).not.toContain('verify_dosage'),
  );

  it.each(['Prenez 12 µg par jour.', 'Hydratez la peau deux fois par jour.'])('a dose is: %s', (text) =>
    expect(checks(text)).toContain('verify_dosage'),
  );
});

describe('no_source', () => {
  it.each(['Studies show it works.', 'Selon les experts, ça marche.', 'Ask the person who prescribed it.'])(
    'a vague reference or a common word is no source: %s',
    (text) => expect(checks(text)).toContain('no_source'),
  );

  it.each(['The WHO recommends it.', 'NICE advises it.', 'Selon la HAS, oui.', 'Une étude publiée dans le BMJ.'])(
    'a named source is: %s',
    (text) => expect(checks(text)).not.toContain('no_source'),
  );
});

/**
 * Round 12: families of wording written fresh (not taken from any hold-out): more change verbs ("laisser tomber",
 * "ne prenez plus", "à la place de", "no need to finish", "cut it in half"), bare absolute words ("garanti", "à tous
 * les coups", "never harm") and hedges that soften them ("presque", "almost").
 */
describe('round 12 wordings', () => {
  it.each([
    'Vous pouvez laisser tomber le sirop contre la toux.',
    'Ne prenez plus votre Levothyrox pendant une semaine.',
    'Prenez du paracétamol à la place de votre ibuprofène.',
    "Inutile de finir la boîte d'antibiotiques.",
    'Prenez deux comprimés au lieu d’un ce soir.',
    'Vous pouvez descendre à 500 mg de metformine le soir.',
    "There's no need to finish the course once you feel better.",
    'You can cut your levothyroxine tablet in half.',
    'You could ditch the omeprazole for a while.',
    'Go down to 25 mg of sertraline for a week.',
  ])('a change of treatment: %s', (text) => expect(checks(text)).toContain('treatment_change'));

  it.each([
    "N'abandonnez jamais votre traitement sans en parler à votre médecin.",
    'Ne prenez pas plus de 3 g de paracétamol par jour.',
    'Never give up your insulin without talking to your diabetes team.',
    'Cut the grapes in half for toddlers.',
    'Ibuprofen can be taken up to three times a day.',
  ])('advice against a change, a limit, or no medicine: %s', (text) =>
    expect(checks(text)).not.toContain('treatment_change'),
  );

  it.each([
    'Le jeûne fait baisser la tension à tous les coups.',
    'Résultat garanti en une semaine.',
    'Avec ce sirop, vous ne risquez absolument rien.',
    'Ce médicament ne fera jamais de mal à votre bébé.',
    "Il n'y a pas le moindre risque pour le bébé.",
    'This oil will never harm your baby.',
    'Melatonin is safe at any dose.',
  ])('an absolute claim: %s', (text) => expect(checks(text)).toContain('absolute_claim'));

  it.each([
    "Aucun médicament n'est efficace à tous les coups.",
    "Aucun résultat n'est garanti avec les compléments.",
    'Ce sirop est presque toujours sans danger, mais lisez la notice.',
    'It is almost always safe, but check the leaflet.',
  ])('a negated or hedged one is not: %s', (text) => expect(checks(text)).not.toContain('absolute_claim'));

  it.each([
    'Votre médecin pourra ajuster la dose de metformine.',
    'Your doctor might decide to adjust your dose of sertraline.',
    "Au contraire, l'endocrinologue augmente souvent la dose de Levothyrox.",
  ])('a professional who makes the change is not advice to the reader: %s', (text) =>
    expect(checks(text)).not.toContain('treatment_change'),
  );

  it.each([
    'Avec votre médecin, vous pouvez réduire la dose de metformine.',
    'Mettez la pilule de côté pendant un mois.',
    'Prenez-le un jour sur deux au lieu de tous les jours, avec votre Crestor.',
    'Take your statin every other day instead of daily.',
  ])('the reader making the change is: %s', (text) => expect(checks(text)).toContain('treatment_change'));

  it.each([
    'Contactez sans attendre le centre antipoison.',
    'Appelez sans tarder le 3114.',
    'Rendez-vous sans attendre à la maternité.',
  ])('"sans attendre" is urgency, not a negation, and a staffed service is professional advice: %s', (text) =>
    expect(checks(text)).not.toContain('no_professional_advice'),
  );

  it.each([
    'Je vous conseille de raccourcir le traitement antibiotique à 3 jours.',
    "Rien ne vous empêche d'arrêter la fluoxétine.",
    'Essayez de couper le comprimé de Kardégic en deux.',
    "Prenez la moitié de votre dose habituelle d'insuline ce soir.",
    'Feel free to take a break from your antidepressants.',
    'You might want to stop the duloxetine early.',
  ])('round 12, batch 3 changes: %s', (text) => expect(checks(text)).toContain('treatment_change'));

  it.each(['Rien ne vous empêche de continuer la fluoxétine.', 'Coupez les raisins en quatre pour les petits.'])(
    'no change: %s',
    (text) => expect(checks(text)).not.toContain('treatment_change'),
  );

  it.each(['Lisinopril can cause a dry cough.', 'Le propranolol ralentit le cœur.'])(
    'a medicine named by its international suffix is a name to verify: %s',
    (text) => expect(checks(text)).toContain('verify_dosage'),
  );

  it.each(['A dietitian can guide you.', 'Demandez conseil en pharmacie.', 'Une diététicienne peut vous aider.'])(
    'more professionals: %s',
    (text) => expect(checks(text)).not.toContain('no_professional_advice'),
  );

  it.each([
    'Décalez votre comprimé de metformine du matin au soir.',
    'Vous pouvez enchaîner deux plaquettes de pilule sans pause.',
    'Vous pouvez tout à fait passer au générique.',
    'Wean yourself off the lorazepam over a week.',
    'Switch him to the liquid form of amoxicillin.',
    'Give yourself a break from the blood pressure tablets at the weekend.',
  ])('round 12, batch 4 changes: %s', (text) => expect(checks(text)).toContain('treatment_change'));

  it('"they may lower the dose" (a professional named before) is their decision, not advice', () =>
    expect(checks('Mention it to your GP; they may lower the dose of aspirin.')).not.toContain('treatment_change'));

  it.each(['Cette crème est sans aucune contre-indication.', 'Ce remède vient à bout de toutes les verrues.'])(
    'absolute: %s',
    (text) => expect(checks(text)).toContain('absolute_claim'),
  );

  it.each([
    "Remettez à plus tard votre injection d'Ozempic cette semaine.",
    "You're fine to go from 20 mg to 10 mg of omeprazole.",
  ])('round 12, batch 5 changes: %s', (text) => expect(checks(text)).toContain('treatment_change'));

  it('a professional named further back in the clause still makes the change', () =>
    expect(
      checks("Votre diabétologue est le mieux placé pour décider s'il faut réduire l'insuline avant le marathon."),
    ).not.toContain('treatment_change'));

  it('"ne présente absolument aucun risque" is absolute (the "ne" belongs to the claim)', () =>
    expect(checks('Ce sirop ne présente absolument aucun risque.')).toContain('absolute_claim'));
});
