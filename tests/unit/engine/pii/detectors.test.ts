/**
 * The detection rules of the issue, kind by kind: what is flagged (with its exact span) and the look-alikes
 * that are not. Spans are [start, end) offsets; the helper shows them as the flagged substrings.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../../engine/pii/index.ts';
import { found } from './found.ts';

describe('phone', () => {
  it.each([
    ['Rappelez-moi au 06 12 34 56 78 svp', '06 12 34 56 78'],
    ['tél. 06.12.34.56.78', '06.12.34.56.78'],
    ['tel 06-12-34-56-78', '06-12-34-56-78'],
    ['mon num 0612345678', '0612345678'],
    ['le cabinet : 01 42 68 53 17.', '01 42 68 53 17'],
    ['Portable +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['Portable +33612345678', '+33612345678'],
    ['joignable au +33 (0)6 12 34 56 78', '+33 (0)6 12 34 56 78'],
    ['joignable au 0033 6 12 34 56 78', '0033 6 12 34 56 78'],
    ['La Réunion : +262 692 14 58 73', '+262 692 14 58 73'],
    ['Guadeloupe : +590 690 45 12 78', '+590 690 45 12 78'],
    ['Nouméa : +687 27 45 12', '+687 27 45 12'],
    ['Papeete : +689 87 21 45 36', '+689 87 21 45 36'],
    ['Comores : +269 333 45 67', '+269 333 45 67'],
    ['Mayotte : 0639 21 47 85', '0639 21 47 85'],
    ['Martinique : 0596 71 28 45', '0596 71 28 45'],
    ['numéro vert 0800 59 59 59', '0800 59 59 59'],
    ['UK mobile 07700 900123', '07700 900123'],
    ['London office 020 7946 0958', '020 7946 0958'],
    ['US office (415) 555-0132', '(415) 555-0132'],
    ['US mobile 415-555-0187', '415-555-0187'],
    ['joignable au (+33) 6 58 12 47 90 en journée', '(+33) 6 58 12 47 90'],
    ['(+33 6 12 34 56 78)', '+33 6 12 34 56 78'],
  ])('flags %j', (text, value) => {
    expect(found(text)).toEqual([`phone:${value}`]);
  });

  it('flags each of two numbers written one after the other', () => {
    expect(found('0612345678 ou 0698765432')).toEqual(['phone:0612345678', 'phone:0698765432']);
    expect(found('Tél : 04 91 27 36 58 (avant 04 91 27 36 85)')).toEqual([
      'phone:04 91 27 36 58',
      'phone:04 91 27 36 85',
    ]);
  });

  it.each([
    'Appelez le 15, le 17, le 18 ou le 112',
    'Le 114 par SMS, le 115 pour un hébergement, le 119 pour un enfant en danger',
    'Le 3114 et le 3919 sont gratuits',
    'Médecin de garde : 116 117 ; enfants disparus : 116 000 ; SOS Médecins : 3624',
    'Facture de 1 250,00 € et 150 € remboursés',
    'CRP 12 mg/L, leucocytes 11 500/mm3, plaquettes 245 000',
    'Tension 14/9, pouls 92, 38,5 °C, HbA1c 7,2 %',
    '500 mg toutes les 6 heures, 4 g par jour',
    'Rendez-vous le 12/03/2025 à 14h30, né en 1954',
    'Code postal 75011',
    'Commande n° 0123456789 jamais arrivée',
    'Référence de la facture : 0745123698',
    'SIRET 123 456 789 00012',
    'Mon numéro commence par 06 et finit par 78',
    'Order #1002345678 for a blood pressure cuff',
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads a number wrapped at the end of a line, but not across a blank line', () => {
    expect(found('Tél : 06 12 34\n56 78, merci')).toEqual(['phone:06 12 34\n56 78']);
    expect(found('Portable +33 6 12 34 56 \r\n78')).toEqual(['phone:+33 6 12 34 56 \r\n78']);
    expect(found('06 12 34 56 78\n06 98 76 54 32')).toEqual(['phone:06 12 34 56 78', 'phone:06 98 76 54 32']);
    expect(found('N° de sécu : 1 85 06 75\n123 456 89')).toEqual(['nir:1 85 06 75\n123 456 89']);
    expect(found('Tél : 06 12 34\n\n56 78')).toEqual([]);
    expect(found('Hémoglobine 13\n12 mois plus tard\n15')).toEqual([]);
  });

  it('does not read a phone inside a longer number', () => {
    expect(found('N° 06 12 34 56 78 90 12')).toEqual([]);
    expect(found('1 85 06 75 123 456 88')).toEqual([]);
  });
});

describe('email', () => {
  it.each([
    ['écrire à marie.dupont84@gmail.com.', 'marie.dupont84@gmail.com'],
    ['mail : kevin.nguyen+sante@outlook.fr', 'kevin.nguyen+sante@outlook.fr'],
    ['clinique : secretariat.cardio@chu-exemple.fr,', 'secretariat.cardio@chu-exemple.fr'],
    ['contact: mike_t@yahoo.co.uk', 'mike_t@yahoo.co.uk'],
  ])('flags %j', (text, value) => {
    expect(found(text)).toEqual([`email:${value}`]);
  });

  it.each(['le compte @SanteGouv', 'rdv @ 14h30', 'a@b', 'x@localhost', '@@@'])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('birthdate', () => {
  it.each([
    ['Ma fille est née le 12/03/2019.', '12/03/2019'],
    ['né le 12-03-54', '12-03-54'],
    ['née le 12.03.1954', '12.03.1954'],
    ['Je suis née le 1er mars 1954', '1er mars 1954'],
    ['mon pere ne le 7 aout 1941', '7 aout 1941'],
    ['Patient né(e) le 15/09/48', '15/09/48'],
    ['DDN : 04.11.1987', '04.11.1987'],
    ['D.N. 05/08/1972', '05/08/1972'],
    ['date de naissance: 02 / 09 / 1957, je', '02 / 09 / 1957'],
    ['Mon père, né à Oran le 12 juin 1942, a', '12 juin 1942'],
    ['née à Aix-en-Provence le 3/4/1950', '3/4/1950'],
    ['born in Leeds on 3 May 1950', '3 May 1950'],
    ['Date de naissance de mon fils : 23-06-2021', '23-06-2021'],
    ['Ma date de naissance est le 17 avril 1968', '17 avril 1968'],
    ['Mon mari, né en mars 1962, fume', 'mars 1962'],
    ['Date de naissance : 1990-07-14', '1990-07-14'],
    ['born on March 12, 1954', 'March 12, 1954'],
    ['I was born 4 July 1980', '4 July 1980'],
    ['Date of birth: 12th March 1954', '12th March 1954'],
    ['DOB 03/12/1954', '03/12/1954'],
    ['d.o.b. 21/06/2016', '21/06/2016'],
    ['born in May 1985', 'May 1985'],
    ['Date of birth — 2003-08-19', '2003-08-19'],
    ['DDN – 2016-09-30', '2016-09-30'],
    ['"birth_date": "1990-05-23"', '1990-05-23'],
    ['date_naissance=23/05/1990', '23/05/1990'],
    ['DOB 1948 07 21', '1948 07 21'],
    ['née le 12 03 1938', '12 03 1938'],
    ['DOB: 23-May-1990', '23-May-1990'],
    ['date de naissance 23/mai/1990', '23/mai/1990'],
    ['Date de naissance : 1990–05–23', '1990–05–23'],
    ['DN : 1990-05-23', '1990-05-23'],
    ['date naiss. 12/04/1961', '12/04/1961'],
  ])('flags %j', (text, value) => {
    expect(found(text)).toEqual([`birthdate:${value}`]);
  });

  it.each([
    "J'ai rendez-vous le 12/03/2025 chez le cardiologue",
    'rdv le 02 / 09 / 2026 à 10 h',
    'le bébé est né à la maternité le 3 mars 2025',
    'Il est né à Paris le mois dernier',
    'Né en 1954, il a toujours fumé',
    'I was born in 1948',
    'Depuis le 3 juin j’ai mal au dos',
    'Ordonnance du 15/01/2024',
    'Elle est née à Toulouse',
    'Le bébé est né le mois dernier',
    'La naissance est prévue le 15/08/2025',
    'My due date is August 15, 2025',
    'née le 25 décembre',
    "J'ai RDV le 12 03 2025 à 14h",
    'Mon code est 1990 05 23 pour la porte',
    'DOB 1990 13 23',
    'Rendez-vous le 2025–03–12',
    'dn 1990-05-23',
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('address', () => {
  it.each([
    ["J'habite au 12 rue des Lilas, 69003 Lyon, merci", '12 rue des Lilas, 69003 Lyon'],
    ['au 4 bis avenue Jean Jaurès à Villeurbanne', '4 bis avenue Jean Jaurès'],
    ['Envoyez au 27, boulevard de la République, 13001 Marseille.', '27, boulevard de la République, 13001 Marseille'],
    ['je suis au 56 bd voltaire 75011 paris', '56 bd voltaire 75011 paris'],
    ['au 31 av. des Champs, 97400 Saint-Denis, elle', '31 av. des Champs, 97400 Saint-Denis'],
    ['au 9 place du Marché, et', '9 place du Marché'],
    ['Lieu-dit Les Granges, 24200 Sarlat', 'Lieu-dit Les Granges, 24200 Sarlat'],
    ['12 chemin des vignes 13100 aix en provence', '12 chemin des vignes 13100 aix en provence'],
    ['I live at 42 Elm Street, Springfield, IL 62704.', '42 Elm Street, Springfield, IL 62704'],
    ['send it to 17 Church Road, Bristol BS3 4AB please', '17 Church Road, Bristol BS3 4AB'],
    ["we're at 19 Maple Drive if needed", '19 Maple Drive'],
    ['elle habite 5 r. de la Paix 75002 paris', '5 r. de la Paix 75002 paris'],
    ['au 14 R. Victor Hugo, merci', '14 R. Victor Hugo'],
    ['ship it to 1450 N. Oak Ave, Apt 2C, Denver, CO 80203.', '1450 N. Oak Ave, Apt 2C, Denver, CO 80203'],
    ['at 88 E Main St, Columbus, OH 43215', '88 E Main St, Columbus, OH 43215'],
    // A US city with its state and no ZIP: the state code makes it an address part, not a surname ("Austin TX").
    ['format this invoice: 77 Cedar Lane, Austin TX, 3 hours', '77 Cedar Lane, Austin TX'],
    ['I live at 9 Elm Road, Portland, OR', '9 Elm Road, Portland, OR'],
    ['12 Baker Street, London EN', '12 Baker Street'],
    ['I live at 12 West Street', '12 West Street'],
    ['at Apt 5B, 330 W 42nd St, New York, NY 10036 now', '330 W 42nd St, New York, NY 10036'],
    ['I live at 12 5th Avenue', '12 5th Avenue'],
    ["l'EHPAD, 3 Place de l'Église, 56000 Vannes, et", "3 Place de l'Église, 56000 Vannes"],
    ['12 BIS RUE DU 8 MAI 1945, 59300 VALENCIENNES', '12 BIS RUE DU 8 MAI 1945, 59300 VALENCIENNES'],
    ['Mes parents : Chemin de la Croix, 71250 Cluny, loin de tout', 'Chemin de la Croix, 71250 Cluny'],
    ["J'habite rue de la Paix, 75002 Paris", 'rue de la Paix, 75002 Paris'],
    ['au 3 place du 11 Novembre, 71000 Mâcon', '3 place du 11 Novembre, 71000 Mâcon'],
  ])('flags %j', (text, value) => {
    expect(found(text)).toEqual([`address:${value}`]);
  });

  it.each([
    "J'habite au 3e étage sans ascenseur",
    'Je prends 2 cours de yoga par semaine',
    'Il y a une pharmacie rue de la Paix',
    'Il est tombé 3 fois dans la rue',
    'La maternité est à 20 minutes de route',
    "J'habite dans le 75011",
    'J’habite au 12 rue, je ne sais plus le nom',
    'I walked 3 blocks down the street',
    'The hospital is on Main Street',
    'The bedroom is 12 square metres',
    'Il reste 3 r et 2 v au tricot',
    'il a noté 3 r. des enfants',
    'Take exit 2 N. Then 3 E. Street food is bad.',
    'We live on 5th Avenue near the clinic',
    "J'habite rue du 8 Mai 1945 à Valenciennes",
    'J’ai 2 cours de yoga 75011 Paris',
    'la place de parking 75011 Paris',
    'il est tombé dans la rue 75011 paris',
    'I took 2 2nd doses',
    "J'ai 2 cours de l'après-midi",
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('person_name', () => {
  it.each([
    ["Je m'appelle Marie Dupont, j'ai 45 ans", 'Marie Dupont'],
    ['Ma mère, Jeanne Martin, a 82 ans', 'Jeanne Martin'],
    ['patient : Lucas BERNARD, 34 ans', 'Lucas BERNARD'],
    ['My name is John Carter and I have a sore throat', 'John Carter'],
    ["je m'appelle kevin moreau et j'ai des acouphènes", 'kevin moreau'],
    ['identité du patient : GARCIA Antoine', 'GARCIA Antoine'],
    ['Mon grand-père, Paul-Henri de La Roche, tousse', 'Paul-Henri de La Roche'],
    ['Nom : DUPONT, prénom : Marie', 'DUPONT'],
    ['Courrier pour Mme Durand Sophie, 72 ans', 'Durand Sophie'],
    ['My husband Michael O’Connor snores', 'Michael O’Connor'],
    ['mon mari thomas durand fait de l’apnée', 'thomas durand'],
    // Particles and multi-word surnames, with a first name outside the list when the particle is foreign.
    ['Mon voisin Pieter Van den Berg a fait un malaise', 'Pieter Van den Berg'],
    ['Gwendolyn van der Merwe a un lupus', 'Gwendolyn van der Merwe'],
    ['Ysolde van der Kamp a un lupus', 'Ysolde van der Kamp'],
    ['Le dossier de João Pereira Da Silva', 'João Pereira Da Silva'],
    ['Karim Ait Ali tousse', 'Karim Ait Ali'],
    ['Mon médecin s’appelle Minh Le.', 'Minh Le'],
    // One-letter prefixes joined by an apostrophe.
    ["Élodie N'Diaye a accouché", "Élodie N'Diaye"],
    ["N'DIAYE Élodie, 34 ans", "N'DIAYE Élodie"],
    ["ma voisine élodie n'diaye est enceinte", "élodie n'diaye"],
    ["our neighbour sean o'brien fell", "sean o'brien"],
    // Compound first names with one part in the list.
    ['Mary-Beth Thompson has diabetes', 'Mary-Beth Thompson'],
    ['Lou-Ann Martin a de la fièvre', 'Lou-Ann Martin'],
    // Lowercase names after a relation or role, "de / of" between.
    ['la fille de jean-pierre le gall a de la fièvre', 'jean-pierre le gall'],
    ["my gf's dad tom hendricks has a rash", 'tom hendricks'],
    ['mon collègue kevin martin a de la fièvre', 'kevin martin'],
    ['our neighbour john smith fell', 'john smith'],
    ['my physio sarah jones said to rest', 'sarah jones'],
    ['En Mai Paul Martin a été opéré', 'Paul Martin'],
    // A first name outside the list before a listed surname, or two capitalised words after a relation.
    ['Ma belle-sœur Thuy Nguyen a une hépatite B', 'Thuy Nguyen'],
    ['ma voisine thuy nguyen est enceinte', 'thuy nguyen'],
    ['Ma voisine Ysolde Marchetti a chuté', 'Ysolde Marchetti'],
    // A middle initial with its dot.
    ['Best regards,\nSarah J. Whitaker', 'Sarah J. Whitaker'],
    ["Jean P. Moreau m'a rappelé pour le scanner", 'Jean P. Moreau'],
    ['mon voisin Paul A. Martin a chuté', 'Paul A. Martin'],
  ])('flags %j', (text, value) => {
    expect(found(text)).toEqual([`person_name:${value}`]);
  });

  it.each([
    'Emmanuel Macron a parlé des déserts médicaux',
    'Marie Curie est morte d’une leucémie',
    'Louis Pasteur a inventé le vaccin contre la rage',
    'Dans Harry Potter, Sherlock Holmes…',
    'Le Dr Martin, le docteur Dupont et le Pr Leroy',
    'Marie a de la fièvre',
    'Je m’appelle Marie et j’ai 16 ans',
    'Je soussigné [NOM] [PRÉNOM]',
    'Mme X, 45 ans ; M. Y, 70 ans',
    'Patient : XXX, 60 ans',
    'Je suis suivie à l’hôpital Robert Debré',
    'La rue Jean Moulin est en travaux',
    'ma fille emma tousse depuis hier',
    'Will Tylenol help with a headache?',
    'John Doe, 50, presents with a cough',
    'Louis XIV avait la goutte',
    // Titles and places before a particle, elided words, saints.
    'Le Dr Van den Berg m’a prescrit de la Ventoline',
    'Miss Van der Berg is the school nurse',
    'Prof Van Helsing a écrit un livre',
    'Le camping Dos Santos est complet',
    'Je suis allée au Musée Van Gogh',
    'Vincent van Gogh avait-il une épilepsie ?',
    'Mme N’Diaye m’a dit de revenir',
    'Dr O’Brien said it’s fine',
    'J’habite rue Jean-Pierre Timbaud',
    'Sainte-Anne Hôpital psychiatrique',
    // A first name alone after a relation: verbs, participles, adverbs, illnesses, elided words.
    'ma fille léa a de la fièvre',
    'ma fille chloé toussait toute la nuit',
    'mon fils hugo opéré de l’appendicite',
    'mon fils lucas devient tout rouge',
    'ma voisine marie n’a plus de médicaments',
    'ma fille léa n’ose plus sortir',
    'my son jack fainted at school',
    'my daughter emily coughing all night',
    'my mom linda usually takes aspirin',
    'my friend kevin told me to rest',
    'mon fils lucas grippe depuis lundi',
    'mon mari paul du coup est resté à la maison',
    // Lowercase pairs without a cue; ambiguous first names after an article.
    'j’ai mal partout depuis hier',
    'un pull rose bonbon',
    'Je bois du Fanta Orange',
    'Le Dr Nguyen m’a prescrit des antibiotiques',
    'La pharmacie Ferreira est ouverte ?',
    'Mamie Nguyen a 90 ans',
    'Restaurant Nguyen',
    'Selon Smith et al., le traitement est efficace',
    'ma voisine dit nguyen',
    'Le Dr Ben Salah m’a opéré du genou',
    'Mme Ben Ali est ma pharmacienne',
    'M. Ben Salah a appelé',
    // A first name and an initial, no surname after.
    'Sarah J. said the cough is better',
    'Lucas P. a de la fièvre',
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('health_id', () => {
  it.each([
    ["Mon IPP à l'hôpital c'est 20458731", '20458731'],
    ['RPPS de mon médecin : 10003461033', '10003461033'],
    ["N° ADELI de l'orthophoniste : 751234567", '751234567'],
    ['INS : 2 53 04 59 245 383 69', '2 53 04 59 245 383 69'],
  ])('flags %j', (text, value) => {
    expect(found(text)).toEqual([`health_id:${value}`]);
  });

  it('needs the keyword, in the same sentence', () => {
    expect(found('Le code 10003461033 est sur la boîte')).toEqual([]);
    expect(found("L'IPP. 20458731")).toEqual([]);
    expect(found('IPP :\n\n20458731')).toEqual([]);
  });

  it('reads a label further back when the number follows a colon or starts the next line', () => {
    expect(found('Le numéro IPP de ma mère, celui du bracelet : 400873215.')).toEqual(['health_id:400873215']);
    expect(found('N° de dossier hospitalier de mon père (Bichat) :\n  0045127893')).toEqual(['health_id:0045127893']);
    // A short first group wrapped at the end of a line goes on.
    expect(found('identifiant patient : 3304\n5712 (étiquette)')).toEqual(['health_id:3304\n5712']);
    expect(found('Numéro INS (sur la carte Vitale) : 1 67 11 35 238 041 66, le')).toEqual([
      'health_id:1 67 11 35 238 041 66',
    ]);
    expect(found("Le RPPS du Dr Leroux, que je vois pour mon diabète, c'est 10001234567.")).toEqual([
      'health_id:10001234567',
    ]);
    // A copula as a word of its own ("est", "c'est le", "is", "was"), not a word ending so ("Sud-Ouest").
    expect(found("Son IPP, celui sur le bracelet de l'hôpital, est le 400873215")).toEqual(['health_id:400873215']);
    expect(found('The hospital number on her wristband, I think it was 400873215')).toEqual(['health_id:400873215']);
    expect(found("Son IPP, celui sur le bracelet de l'hôpital, vaut 400873215")).toEqual([]);
    expect(found('Son IPP, celui sur le bracelet du service Sud-Ouest 400873215')).toEqual([]);
    // A phone written as one, far from the keyword, stays a phone.
    expect(found('Mon IPP je ne le connais pas, mais voici mon portable : 06 12 34 56 78')).toEqual([
      'phone:06 12 34 56 78',
    ]);
  });
});

describe('findPii', () => {
  it('returns findings sorted by start, non-overlapping, with the kind that takes precedence', () => {
    const text =
      "Je m'appelle Marie Dupont, née le 1er mars 1954, 12 rue des Lilas, 69003 Lyon, tél 06 12 34 56 78, " +
      'marie.d@gmail.com, sécu 1 85 06 75 123 456 89, FR76 3000 6000 0112 3456 7890 189, ' +
      'carte 4111 1111 1111 1111, RPPS 10003461033';
    expect(found(text)).toEqual([
      'person_name:Marie Dupont',
      'birthdate:1er mars 1954',
      'address:12 rue des Lilas, 69003 Lyon',
      'phone:06 12 34 56 78',
      'email:marie.d@gmail.com',
      'nir:1 85 06 75 123 456 89',
      'iban:FR76 3000 6000 0112 3456 7890 189',
      'card:4111 1111 1111 1111',
      'health_id:10003461033',
    ]);
  });

  it('returns [] for an empty text or a value that is not a string', () => {
    expect(findPii('')).toEqual([]);
    expect(findPii(undefined as unknown as string)).toEqual([]);
  });
});
