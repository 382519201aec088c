/**
 * Treatment-change frames of engine/checks.ts added in round a17: a change whose object is a pronoun standing for a
 * medicine named just before ("il vaudrait mieux l'arrêter"), judgements against a change ("il est déconseillé de
 * sauter…"), preconditions and indirect questions that are not advice ("avant d'arrêter…, parlez-en", "whether it is
 * safe to pause it").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index.ts';

const previousUser = analyze({ text: "J'ai une question sur mon traitement et ma santé." });

function changes(text: string): boolean {
  return analyze({ text, role: 'assistant', previousUser }).checks.some((check) => check.id === 'treatment_change');
}

describe('a pronoun object standing for a medicine', () => {
  it.each([
    "Votre père n'a plus besoin de son anticoagulant. Il vaudrait mieux l'arrêter.",
    'Si la crème à la cortisone ne fait plus effet, remplacez-la par de l’huile de coco.',
    'Le Lasilix la fait uriner la nuit : le plus simple est de le supprimer les jours où elle sort.',
    'Your inhaler is not needed any more. Just stop it.',
  ])('flags the change: %s', (text) => {
    expect(changes(text)).toBe(true);
  });

  it.each([
    "Votre antidépresseur vous aide. Ne l'arrêtez pas sans en parler à votre médecin.",
    'Le sport vous fait du bien : arrêtez le sport seulement en cas de douleur.',
    "Don't stop sertraline suddenly: coming off it is something to plan.",
    'Vous aimez le café ? Il vaudrait mieux le diminuer.',
  ])('does not flag advice against, a gerund subject or no medicine before: %s', (text) => {
    expect(changes(text)).toBe(false);
  });
});

describe('judgements against a change, preconditions and indirect questions', () => {
  it.each([
    'Il est déconseillé de sauter des prises de votre traitement anti-épileptique.',
    "Il est dangereux d'arrêter brutalement la cortisone.",
    "Avant d'arrêter votre traitement, parlez-en à votre médecin.",
    'Si vous souhaitez l’arrêter, parlez-en avec votre médecin : votre antidépresseur se diminue progressivement.',
    'Talk to your GP about your blood thinner; they can tell you whether it is safe to pause it.',
  ])('are not advice to change: %s', (text) => {
    expect(changes(text)).toBe(false);
  });

  it.each([
    "Ce n'est pas dangereux de sauter une prise de votre statine.",
    'Si besoin, vous pouvez arrêter votre sirop.',
  ])('a negated judgement or the advice’s own condition still advises the change: %s', (text) => {
    expect(changes(text)).toBe(true);
  });
});

describe('what people do, and a schedule change told with a pronoun', () => {
  it.each([
    'Beaucoup de gens arrêtent trop tôt leur antidépresseur, ce qui augmente le risque de rechute.',
    'Many people stop their antibiotics as soon as they feel better.',
  ])('a general subject describes, it does not advise: %s', (text) => {
    expect(changes(text)).toBe(false);
  });

  it.each([
    'Comme votre père dort mal avec son Donépézil, donnez-le-lui le matin au lieu du soir.',
    'Votre Lasilix vous fait lever la nuit ? Prenez-le à midi plutôt que le matin.',
  ])('a schedule change with a pronoun standing for a medicine: %s', (text) => {
    expect(changes(text)).toBe(true);
  });
});

function ids(text: string): string[] {
  return analyze({ text, role: 'assistant', previousUser }).checks.map((check) => check.id);
}

describe('denied claims and named sources', () => {
  it('a claim whose subject denies it is not absolute ("nothing is guaranteed")', () => {
    expect(ids('Nothing is guaranteed with this treatment; ask your doctor.')).not.toContain('absolute_claim');
    expect(ids('This treatment is guaranteed to work; ask your doctor.')).toContain('absolute_claim');
  });

  it.each([
    "Selon France Alzheimer, l'accompagnement des aidants est essentiel pour votre traitement.",
    "D'après la Fédération française de cardiologie, la marche aide votre cœur.",
    'According to the HFEA, success rates vary by clinic.',
  ])('an attribution followed by a capitalised name is a source: %s', (text) => {
    expect(ids(text)).not.toContain('no_source');
  });

  it.each(['Selon les experts, ce traitement est le meilleur.', 'According to studies, this medicine works.'])(
    'an attribution to unnamed people is no source: %s',
    (text) => {
      expect(ids(text)).toContain('no_source');
    },
  );
});

describe('a pronoun standing for a medicine named later in its sentence', () => {
  it('"Arrêtez-la progressivement, c\'est la bonne méthode pour la paroxétine" is a change', () => {
    expect(changes("Arrêtez-la progressivement sur deux semaines, c'est la bonne méthode pour la paroxétine.")).toBe(
      true,
    );
  });

  it('a medicine named in a later sentence is not what the pronoun stands for', () => {
    expect(changes('Arrêtez-le si vous voulez. La paroxétine se prend le matin.')).toBe(false);
  });
});

describe('professionals quoted as a group', () => {
  it.each([
    'La plupart des médecins s’accordent à dire que le sommeil aide votre traitement.',
    'Most doctors agree that sleep helps your treatment.',
  ])('hold an opinion, they are no referral: %s', (text) => {
    expect(ids(text)).toContain('no_professional_advice');
  });

  it('a referral is still one', () => {
    expect(ids('Parlez de votre traitement à votre médecin.')).not.toContain('no_professional_advice');
  });
});

describe('a claim narrowed by a qualifier after it', () => {
  it.each([
    'Ces compléments sont sans risque majeur connu pour votre traitement.',
    'This supplement has no known risk with your medication, ask your doctor.',
  ])('is not absolute: %s', (text) => {
    expect(ids(text)).not.toContain('absolute_claim');
  });

  it('an unqualified claim still is', () => {
    expect(ids('Ces compléments sont sans risque pour votre traitement.')).toContain('absolute_claim');
  });
});

describe('a change said as the subject of a judgement against it', () => {
  it.each([
    "Diviser le comprimé de Kardégic n'a pas d'intérêt, il est déjà faiblement dosé.",
    'Stopping your statin suddenly is risky and unnecessary.',
  ])('is not advice to change: %s', (text) => {
    expect(changes(text)).toBe(false);
  });

  it.each([
    'Vous pouvez arrêter le sirop sans risque.',
    'Divisez le comprimé de Kardégic en deux.',
    'Beaucoup de patients dans votre cas diminuent la dose : vous pouvez diminuer la dose de moitié.',
  ])('an imperative or a permission still advises it: %s', (text) => {
    expect(changes(text)).toBe(true);
  });

  it('a general subject a few words away describes what people do', () => {
    expect(changes('Beaucoup de patients dans votre cas diminuent eux-mêmes leur dose de cortisone.')).toBe(false);
  });
});

describe('reassurance after "sans" is not a negation', () => {
  it('"vous pouvez sans crainte sauter la dose du soir" advises a change', () => {
    expect(changes('Vous pouvez sans crainte sauter la dose du soir de votre traitement.')).toBe(true);
  });

  it('"sans" before the change itself still negates it', () => {
    expect(changes('Vous pouvez partir en voyage sans sauter la dose du soir de votre traitement.')).toBe(false);
  });
});
