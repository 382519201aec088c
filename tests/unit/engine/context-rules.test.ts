/**
 * Behaviour of the context rules on hand-written sentences (not corpus items): current situations alert,
 * negated / past / general / figurative / animal ones do not but stay health, spans point at the evidence.
 */
import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage, missedEmergency } from '../../../engine/index.ts';

const flags = (text: string): string[] => analyze({ text }).redFlags.map((f) => f.category);

describe('red-flag context rules', () => {
  it('alerts on a current situation, for the patient or a carer', () => {
    expect(flags("J'ai une douleur qui serre dans la poitrine depuis dix minutes")).toContain('cardiac');
    expect(flags('Mon père a la bouche de travers depuis ce matin')).toContain('stroke');
    expect(flags('my flatmate just said he wants to kill himself')).toContain('suicide');
  });

  it('does not alert on negated, past, general or figurative text, which stays health', () => {
    for (const text of [
      "Je n'ai pas de douleur dans la poitrine",
      'Mon oncle a fait un infarctus en 2012',
      "Quels sont les signes d'un AVC ?",
      'What are the warning signs of a stroke?',
    ]) {
      const a = analyze({ text });
      expect(a.redFlags, text).toEqual([]);
      expect(a.health, text).toBe(true);
    }
    const figurative = analyze({ text: 'Mon PC fait une crise cardiaque à chaque mise à jour' });
    expect(figurative.redFlags).toEqual([]);
    expect(figurative.health).toBe(false);
  });

  it('downplaying words never lower an alert', () => {
    expect(flags("Ma mère a mal à la poitrine, elle dit que c'est sûrement rien")).toContain('cardiac');
  });

  it('maps intentional overdose to poisoning and suicide', () => {
    const result = flags("J'ai avalé toute la boîte de somnifères pour en finir");
    expect(result).toEqual(expect.arrayContaining(['poisoning', 'suicide']));
  });

  it('needs the age for infant fever', () => {
    expect(flags('Mon bébé de 5 semaines a 38,2')).toContain('infant');
    expect(flags('Mon fils de 6 ans a 38,2')).not.toContain('infant');
  });

  it('points the evidence span at the words that raised the alert', () => {
    const text = 'Depuis ce matin, ma femme saigne énormément après une chute';
    const flag = analyze({ text }).redFlags.find((f) => f.category === 'bleeding');
    expect(flag && text.slice(flag.start, flag.end)).toMatch(/saigne/);
  });

  it('handles missing accents and line breaks', () => {
    expect(flags('il a du mal a respirer, levres bleues')).toContain('breathing');
    expect(flags('douleur dans la\npoitrine qui serre')).toContain('cardiac');
  });

  it('keeps a sentence cue that is part of the sign from silencing it', () => {
    // "if she was gone" is the sign's wording, not a hypothetical; "comme s'il" is a comparison.
    expect(flags('my sister says everyone would be better off if she was gone')).toContain('suicide');
    expect(flags("Mon mari parle comme s'il était ivre et il n'a rien bu")).toContain('stroke');
    // A real hypothetical still does not alert.
    expect(flags('Si jamais mon fils fait une crise, que faire ?')).toEqual([]);
  });

  it('treats the negation inside a sign as part of the emergency', () => {
    expect(flags("Ma fille n'arrive pas à respirer")).toContain('breathing');
    expect(flags("je sens pas son coeur, il s'est effondré")).toContain('cardiac');
  });

  it('reads a negation skipped by a gap of the term as a negation of the sign', () => {
    // The terms link the verb and "sang" with a `...` gap; the negation sits in the skipped words.
    for (const text of [
      'Il ne vomit pas de sang, juste de la bile',
      'Ma fille ne crache pas de sang, elle tousse',
      "Il ne saigne pas beaucoup de la tête, c'est une petite bosse",
    ]) {
      const a = analyze({ text });
      expect(a.redFlags, text).toEqual([]);
      expect(a.health, text).toBe(true);
    }
    // The same terms without the negation still alert, and a negation matched by the term still belongs to it.
    expect(flags('Il vomit beaucoup de sang depuis ce matin')).toContain('bleeding');
    expect(flags("Ma fille n'arrive pas à respirer")).toContain('breathing');
  });

  it('keeps emergency terms in a sentence of the other language', () => {
    expect(flags('ma mère est tombée et elle est unconscious, help')).toContain('consciousness');
  });

  it('does not read routine medicine taking or questions about what a sign looks like as emergencies', () => {
    for (const text of [
      'I took my meds as prescribed.',
      'What does a stroke look like?',
      'That pitch was a total car crash',
    ])
      expect(flags(text), text).toEqual([]);
  });

  it('ignores veterinary questions', () => {
    const a = analyze({ text: 'Mon chien a de la fièvre et tousse. Il ne mange plus.' });
    expect(a.health).toBe(false);
  });

  it('keeps the words about a person named before an animal in the same sentence', () => {
    expect(flags('Ma fille parle de mourir tout le temps et elle a donné son chat')).toContain('suicide');
    expect(flags('My son keeps talking about killing himself and gave away his dog')).toContain('suicide');
    // Words after the animal are about the animal; an animal named first makes the whole sentence off topic.
    expect(analyze({ text: 'Ma voisine a un chien qui vomit du sang' }).health).toBe(false);
    expect(analyze({ text: 'Mon chien a vomi du sang devant ma fille' }).health).toBe(false);
    expect(flags('Mon chien tousse. Ma fille vomit du sang.')).toContain('bleeding');
  });

  it('reads "comme un chien / like a dog" as a comparison about the person, not an animal', () => {
    expect(flags('Je suffoque, je respire comme un chien')).toContain('breathing');
    expect(analyze({ text: 'Mon chien respire comme un chien' }).health).toBe(false);
    expect(analyze({ text: 'Mon chien tousse comme un fou' }).health).toBe(false);
    expect(flags('Je suffoque, je respire comme un petit chien')).toContain('breathing');
  });

  it('keeps the person as the subject when an animal is the agent, a pet given away or a pet threatened', () => {
    expect(flags("il m'a dit que si je parlais il tuerait mon chien et moi ensuite")).toContain('violence');
    expect(flags('mon chien a mordu le chat du voisin, il saigne')).toEqual([]);
    expect(flags("ma copine s'est fait mordre par un chien et ça saigne énormément")).toContain('bleeding');
    expect(flags("my son was bitten by the neighbour's dog and it's bleeding a lot")).toContain('bleeding');
    expect(analyze({ text: 'The dog was bitten by another dog and is bleeding a lot' }).health).toBe(false);
    expect(flags("j'ai donné mon chat à ma voisine et rangé toutes mes affaires, je pars bientôt")).toContain(
      'suicide',
    );
  });

  it("reads the writer's device as no machine topic and habitual violence as current", () => {
    expect(flags("he's locked me in the bedroom, I'm on my laptop, what do I do")).toContain('violence');
    expect(flags('My laptop keeps crashing and I have a virus')).toEqual([]);
    // A search typed on a device reports what was searched; the device is only where (s15).
    expect(flags("mon fils de 15 ans a tapé 'comment mourir sans douleur' sur son ordi")).toContain('suicide');
    expect(flags('mon ordi plante, je cherche comment le réparer sur mon téléphone')).toEqual([]);
    expect(flags('he hits me when I talk to my friends, last time he broke my wrist')).toContain('violence');
  });

  it('reads SMS negation without "ne", general questions, fiction and figurative money or sport as no alert', () => {
    expect(flags("elle s'est cognée la tête mais elle a pas perdu connaissance")).toEqual([]);
    expect(flags('il a pas repris connaissance depuis 5 minutes')).toContain('consciousness');
    expect(flags("le purpura fulminans c'est quoi exactement ?")).toEqual([]);
    expect(flags('how do you use an epipen properly, step by step?')).toEqual([]);
    expect(flags('My daughter had meningitis as a baby, she is 9 now')).toEqual([]);
    expect(flags("j'écris un polar où la victime est empoisonnée")).toEqual([]);
    expect(flags('mon compte en banque fait une hémorragie ce mois-ci')).toEqual([]);
    expect(flags('the last song on the album is a total heart attack')).toEqual([]);
  });

  it('lets a current clause override an earlier past or general one, and reads "no history of" as a negation', () => {
    expect(flags("He had asthma as a kid and now he can't breathe")).toContain('breathing');
    expect(flags('No history of allergies but after the prawns my throat is closing up')).toContain('anaphylaxis');
    expect(flags('She has a history of seizures.')).toEqual([]);
    expect(flags('Pas d’antécédents, il a une douleur qui serre dans la poitrine')).toContain('cardiac');
    expect(flags('Il a des antécédents d’AVC.')).toEqual([]);
    expect(flags('Je ne pense pas au suicide, je suis juste triste')).toEqual([]);
    expect(flags('What happens during a stroke in the brain?')).toEqual([]);
  });

  it('reads cross-clause combinations through signals (alcohol, a high place, palpitations)', () => {
    expect(flags('Mon père a beaucoup bu et il a pris des somnifères')).toContain('poisoning');
    expect(flags('Je suis sur le pont, je vais sauter')).toContain('suicide');
    expect(flags("I'm on the roof and I'm going to jump")).toContain('suicide');
    expect(flags('Il prend des somnifères le soir')).not.toContain('poisoning');
  });
});

describe('answer checks', () => {
  it('flags a missed emergency and accepts an answer that sends to 15', () => {
    const previousUser = analyze({ text: 'Mon mari a une douleur dans la poitrine qui serre depuis 20 minutes' });
    expect(missedEmergency(previousUser, 'Buvez un verre d’eau et reposez-vous.')).toBe(true);
    expect(missedEmergency(previousUser, 'Appelez le 15 tout de suite.')).toBe(false);
    expect(missedEmergency(previousUser, "Pas besoin d'aller aux urgences, reposez-vous.")).toBe(true);
    const answer = analyze({ text: 'Reposez-vous bien.', role: 'assistant', previousUser });
    expect(answer.checks.map((c) => c.id)).toContain('missed_emergency');
  });

  it('reads doses, treatment changes and absolute claims', () => {
    const ids = analyze({
      text: 'Prenez 2 comprimés de 500 mg et arrêtez votre traitement : ce remède guérit à coup sûr.',
      role: 'assistant',
    }).checks.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['verify_dosage', 'treatment_change', 'absolute_claim', 'no_source']));
  });

  it('gives no checks to user messages', () => {
    expect(analyze({ text: 'Prenez 2 comprimés de 500 mg' }).checks).toEqual([]);
  });
});

describe('language detection', () => {
  it('detects English, defaults to French', () => {
    expect(detectLanguage('my chest hurts and I feel dizzy')).toBe('en');
    expect(detectLanguage("j'ai mal au ventre")).toBe('fr');
    expect(detectLanguage('')).toBe('fr');
    expect(analyze({ text: 'my chest hurts', lang: 'fr' }).lang).toBe('fr');
  });
});

describe('round-5 context families', () => {
  it('reads spoken French negation after the verb, but not amounts or "plus" meaning more or and', () => {
    expect(flags("je saigne pas, j'ai juste des pertes blanches, je suis enceinte")).not.toContain('pregnancy');
    expect(flags('ça saigne plus depuis ce matin')).toEqual([]);
    expect(flags('il saigne plus de 20 minutes du nez, ça coule sans arrêt')).toContain('bleeding');
    expect(flags('ça saigne pas mal, le torchon est trempé')).toContain('bleeding');
    // Signs whose absence is the emergency keep their own negation word.
    expect(flags('il respire pas, il est tout bleu')).toContain('breathing');
    expect(flags('il répond pas quand je lui parle')).toContain('consciousness');
  });

  it('reads a number with a length or weight unit as a measurement, not a temperature', () => {
    expect(flags('mon bébé de 3 semaines fait 38 cm')).toEqual([]);
    expect(flags('my 3 week old baby is 38 cm long')).toEqual([]);
    expect(flags('mon bébé de 3 semaines fait 38,5')).toContain('infant');
    expect(flags('enceinte de 30 SA, je sens plus le bébé bouger')).toContain('pregnancy');
  });

  it('treats a corrected fear, a ruled-out diagnosis and a near miss as not current', () => {
    expect(flags("j'ai cru que je faisais un AVC mais c'était une migraine")).toEqual([]);
    expect(flags('I thought I was having a heart attack but it was just a panic attack')).toEqual([]);
    expect(flags('I nearly passed out at the gym lol')).toEqual([]);
    expect(flags('my heart stopped when I saw the bill')).toEqual([]);
    expect(flags("il a une douleur qui serre dans la poitrine, j'ai cru que c'était rien")).toContain('cardiac');
  });

  it('lets a recent date make only its own clause past, an old date its whole sentence', () => {
    expect(flags('mon fils a fait une crise convulsive il y a 3 jours, depuis il va bien')).toEqual([]);
    expect(flags('two days ago my mum fainted in the shop')).toEqual([]);
    expect(flags("our 8 week old has a temp of 38.5, he had his jabs 5 days ago so it's probably that")).toContain(
      'infant',
    );
    expect(flags('mon oncle a fait un infarctus, il y a 2 ans, à la pêche')).toEqual([]);
  });

  it('lets a hypothetical of the same clause outweigh a current cue, but not a general question', () => {
    expect(flags('si jamais il fait un AVC maintenant, je fais quoi ?')).toEqual([]);
    expect(flags('Est-ce grave une douleur dans la poitrine depuis 1h ?')).toContain('cardiac');
  });

  it('reads "si mon… / if my…" as a general question, but not after "je sais pas" or "I do not know"', () => {
    expect(flags('si mon bébé de 1 mois a de la fièvre, je dois aller aux urgences ?')).toEqual([]);
    expect(flags('if my baby has a fever should I go to A&E?')).toEqual([]);
    expect(flags('je sais pas si mon fils respire bien, il a du mal à respirer depuis ce matin')).toContain(
      'breathing',
    );
    expect(flags("I don't know if my son can breathe, he is struggling to breathe")).toContain('breathing');
  });

  it('raises pregnancy for postpartum warning signs only within weeks of the birth', () => {
    expect(flags("j'ai accouché il y a 4 jours et je saigne énormément")).toContain('pregnancy');
    expect(flags('I gave birth 5 days ago and I am soaking a pad every hour')).toContain('pregnancy');
    expect(flags("j'ai accouché il y a 3 ans et je saigne du nez depuis 40 minutes")).not.toContain('pregnancy');
  });
});

describe('round-8 structural rules', () => {
  it('lets a machine or fiction word hide its own clause and what follows, not a sign before it', () => {
    // "serveur" is a waiter here, named after the sign in another clause.
    expect(flags("Au bar, un homme s'étouffe, il fait aucun bruit, le serveur lui tape dans le dos")).toContain(
      'breathing',
    );
    expect(flags('Le serveur est en arrêt cardiaque depuis ce matin')).toEqual([]);
    expect(flags('my code is choking on this huge file, how do I stream it?')).toEqual([]);
  });

  it('keeps signals written in the other language of a mixed message', () => {
    expect(flags('we all have headaches and feel sick, the détecteur de CO is beeping')).toContain('poisoning');
  });

  it('keeps the literal reading of an ambiguous figurative phrase when the sign’s own evidence is outside it', () => {
    expect(flags('il répond plus au tel depuis hier, il doit être en voyage')).toEqual([]);
    expect(flags("elle m'a écrit « merci pour tout, adieu » et elle répond plus au tel")).toContain('suicide');
    // A sign that spills out of the figurative phrase stays hidden.
    expect(flags('ce médicament me fait dormir, je voudrais ne plus me réveiller la nuit')).toEqual([]);
  });

  it('reads a current word inside a question as part of the question', () => {
    expect(flags('When is bleeding in pregnancy considered an emergency?')).toEqual([]);
    expect(flags('My wife is 20 weeks pregnant and bleeding heavily, it is an emergency')).toContain('pregnancy');
  });

  it('lets a threshold question make only its own clause general', () => {
    expect(flags('à partir de quelle température faut-il consulter pour un nourrisson ?')).toEqual([]);
    expect(flags('mon bébé de 5 semaines a 38,5 de fièvre, à partir de quand est-ce que c’est grave ?')).toContain(
      'infant',
    );
    expect(flags('my son is struggling to breathe, when does it become an emergency?')).toContain('breathing');
  });

  it('reads a chronic duration as past for its own clause only', () => {
    expect(flags('sa paupière gauche tombe un peu depuis des années, ça se soigne ?')).toEqual([]);
    expect(flags('elle est asthmatique depuis des années et là elle a les lèvres bleues')).toContain('breathing');
    expect(flags('Mon père a fait un AVC il y a sept ans, il a la bouche de travers depuis')).toEqual([]);
  });

  it('joins a sign to evidence in another clause through signals', () => {
    expect(flags("ma petite a trouvé le bidon de lave-glace et je crois qu'elle en a bu")).toContain('poisoning');
    expect(flags("il a bu de l'eau de javel exprès, il dit que ça brûle")).toEqual(
      expect.arrayContaining(['poisoning', 'suicide']),
    );
    expect(flags('ma tante est diabétique, elle est toute molle')).toContain('consciousness');
    expect(flags("d'un coup un mal de crâne terrible, comme jamais")).toContain('stroke');
  });

  it('reads a short sign question answered "no" as negated, and only a question', () => {
    expect(flags('Douleur dans la poitrine ? Non, aucune. Juste une toux depuis trois jours.')).toEqual([]);
    expect(flags('Chest pain? No. Just a dry cough.')).toEqual([]);
    expect(flags('Il a mal à la poitrine. Non je rigole pas, il est tout gris')).toContain('cardiac');
  });

  it('lets a fear, a risk or a present-tense "if" make only its own clause general', () => {
    expect(flags("J'ai peur de faire un AVC comme mon père, quels examens demander ?")).toEqual([]);
    expect(flags('mon médecin dit que si j’ai mal à la poitrine je dois appeler le 15')).toEqual([]);
    expect(flags("j'ai peur, ma mère a la bouche de travers depuis 10 minutes")).toContain('stroke');
    expect(flags('if he gets chest pain again we call 15, but right now he is struggling to breathe')).toContain(
      'breathing',
    );
  });

  it('reads "sans arrêt / sans prévenir / without warning" as manner, not a negation', () => {
    expect(flags('elle parle sans arrêt de mourir')).toContain('suicide');
    expect(flags("mon fils saigne du nez sans s'arrêter depuis une heure")).toContain('bleeding');
    expect(flags('sans fièvre, sans raideur de nuque, il a juste mal à la tête')).toEqual([]);
  });

  it('stops a negation at a new subject in unpunctuated text, not at a subject it governs', () => {
    expect(flags("j'ai pas de voiture mon père a mal à la poitrine depuis 1h")).toContain('cardiac');
    expect(flags('no signal here my wife is bleeding heavily')).toContain('bleeding');
    expect(flags("je ne crois pas qu'elle saigne")).toEqual([]);
    expect(flags('pas de fièvre chez mon fils de 2 mois')).toEqual([]);
    expect(flags("I don't think he's having a stroke")).toEqual([]);
  });

  it('adds pregnancy to thoughts of suicide during a pregnancy', () => {
    expect(flags('je suis enceinte de 20 semaines et je veux mourir')).toEqual(
      expect.arrayContaining(['suicide', 'pregnancy']),
    );
    expect(flags('je veux mourir, ma sœur est enceinte et je me sens seule')).toContain('suicide');
  });

  it('reads an animal a person fell from as where the accident happened, not an animal topic', () => {
    expect(flags("ma fille a fait une chute de cheval, elle dit qu'elle sent plus ses jambes")).toContain(
      'consciousness',
    );
    expect(flags("she fell off her horse and can't feel her legs")).toContain('consciousness');
    expect(flags('mon cheval est tombé, il saigne de la jambe')).toEqual([]);
  });
});

describe('round-9 message-wide evidence and cues', () => {
  it('reads pain that only comes when pressed as reproduced by pressure, across a comma, but not pain on breathing', () => {
    expect(flags("Ma douleur à la poitrine, c'est quand j'appuie sur la côte")).toEqual([]);
    expect(flags("j'ai mal au thorax, seulement quand j'appuie dessus")).toEqual([]);
    expect(flags("j'ai une douleur qui serre dans la poitrine quand je respire depuis 20 min")).toContain('cardiac');
  });

  it('joins "no point going on" and a plan made in another clause', () => {
    expect(flags("ça sert à rien que je continue, j'ai tout prévu pour ce soir")).toContain('suicide');
    expect(flags("j'ai tout prévu pour ce soir, on fête l'anniversaire de ma fille")).toEqual([]);
  });

  it('joins a farewell letter to a relative and means bought in another clause', () => {
    expect(flags("j'ai écrit une lettre pour mon frère, et j'ai acheté ce qu'il faut")).toContain('suicide');
    expect(flags("j'ai acheté ce qu'il faut à la pharmacie pour le rhume de ma fille")).toEqual([]);
  });

  it('keeps an accidental knock to the head out of violence', () => {
    expect(flags("she hit her head but didn't pass out and is acting normal")).toEqual([]);
    expect(flags('my son says his coach hits him')).toContain('violence');
  });
});
