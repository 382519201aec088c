/**
 * Minimal in-page texts (French first, English), until the editorial accessor from content/ is ready.
 *
 * Every alert names the situation in lay words and gives an action and a number; never a diagnosis.
 */
import type { PiiKind, RedFlagCategory } from '../../../engine/types';
import type { UiLanguage } from '../../../core/i18n';

export interface Contact {
  /** What is shown on the link ("15", "114 par SMS"). */
  readonly label: string;
  /** Who answers, in a few words. */
  readonly detail: string;
  /** tel: or sms: link. */
  readonly href: string;
}

export interface CategoryText {
  /** The situation in lay words, completing "Signes d'urgence possibles : …". */
  readonly situation: string;
  /** One action with one number. */
  readonly action: string;
  readonly contacts: readonly Contact[];
}

export interface InPageStrings {
  readonly bannerLabel: string;
  readonly bannerTitle: string;
  readonly bannerIntro: string;
  readonly missedEmergency: string;
  readonly checklist: string;
  readonly dismiss: string;
  readonly poisonCentres: string;
  readonly indicator: string;
  readonly guardLabel: string;
  /** `$1` is the list of kinds found. */
  readonly guardFound: string;
  readonly guardMask: string;
  readonly guardIgnore: string;
  readonly guardHint: string;
  readonly categories: Readonly<Record<RedFlagCategory, CategoryText>>;
  readonly piiLabels: Readonly<Record<PiiKind, string>>;
  readonly placeholders: Readonly<Record<PiiKind, string>>;
}

/** Regional poison centres (emergency-fr.md §1; check the list before each release). */
export const POISON_CENTRES: readonly (readonly [city: string, number: string])[] = [
  ['Angers', '02 41 48 21 21'],
  ['Bordeaux', '05 56 96 40 80'],
  ['Lille', '0800 59 59 59'],
  ['Lyon', '04 72 11 69 11'],
  ['Marseille', '04 91 75 25 25'],
  ['Nancy', '03 83 22 50 50'],
  ['Paris', '01 40 05 48 48'],
  ['Toulouse', '05 61 77 74 47'],
];

export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '')}`;
}

const FR_SAMU: Contact = { label: '15', detail: 'SAMU', href: 'tel:15' };
const FR_112: Contact = { label: '112', detail: 'numéro d’urgence européen', href: 'tel:112' };
const FR_114: Contact = {
  label: '114 par SMS',
  detail: 'personnes sourdes, malentendantes ou qui ne peuvent pas parler',
  href: 'sms:114',
};
const FR_MEDICAL = [FR_SAMU, FR_112, FR_114];
const frMedical = (situation: string, action = 'Appelez le 15 maintenant (ou le 112).'): CategoryText => ({
  situation,
  action,
  contacts: FR_MEDICAL,
});

const EN_SAMU: Contact = { label: '15', detail: 'SAMU (medical emergency)', href: 'tel:15' };
const EN_112: Contact = { label: '112', detail: 'European emergency number', href: 'tel:112' };
const EN_114: Contact = {
  label: '114 by text',
  detail: 'for deaf or hard-of-hearing people, or if you cannot speak',
  href: 'sms:114',
};
const EN_MEDICAL = [EN_SAMU, EN_112, EN_114];
const enMedical = (situation: string, action = 'Call 15 now (or 112).'): CategoryText => ({
  situation,
  action,
  contacts: EN_MEDICAL,
});

const FR: InPageStrings = {
  bannerLabel: 'Alerte Repère IA santé',
  bannerTitle: 'Urgence possible',
  bannerIntro: 'Cette conversation décrit des signes qui peuvent être graves :',
  missedEmergency:
    'La réponse de l’IA ne vous dit pas d’appeler le 15 ou le 112, ni d’aller aux urgences. Avec ces signes, n’attendez pas : appelez le 15.',
  checklist: 'Voir la liste de vérification',
  dismiss: 'Fermer l’alerte',
  poisonCentres: 'Centres antipoison (par région)',
  indicator: 'Conseils pour vérifier cette réponse',
  guardLabel: 'Données personnelles dans votre message',
  guardFound: 'Votre message contient : $1.',
  guardMask: 'Masquer',
  guardIgnore: 'Ignorer',
  guardHint: 'Masquer les remplace par des repères comme [NOM]. L’envoi reste possible.',
  categories: {
    cardiac: frMedical(
      'douleur ou serrement dans la poitrine',
      'Appelez le 15 maintenant (ou le 112). N’attendez pas que la douleur passe.',
    ),
    stroke: frMedical(
      'visage déformé, bras ou jambe faible, difficulté à parler',
      'Appelez le 15 tout de suite (ou le 112), même si les signes disparaissent. Notez l’heure du début.',
    ),
    breathing: frMedical('grande difficulté à respirer'),
    suicide: {
      situation: 'idées de suicide, envie d’en finir',
      action: 'Appelez le 3114 (gratuit, 24 h/24). En cas de danger immédiat, appelez le 15 ou le 112.',
      contacts: [
        { label: '3114', detail: 'prévention du suicide, 24 h/24', href: 'tel:3114' },
        FR_SAMU,
        FR_112,
        FR_114,
      ],
    },
    anaphylaxis: frMedical('réaction allergique grave (gonflement du visage, gêne pour respirer)'),
    bleeding: frMedical('saignement abondant qui ne s’arrête pas'),
    poisoning: {
      situation: 'produit ou médicament avalé ou respiré, surdose',
      action: 'Appelez un centre antipoison. Si la personne ne respire pas ou ne répond pas, appelez le 15.',
      contacts: FR_MEDICAL,
    },
    infant: frMedical('signes inquiétants chez un bébé'),
    meningitis_sepsis: frMedical('fièvre avec taches sur la peau, nuque raide ou grand malaise'),
    pregnancy: frMedical('signes inquiétants pendant la grossesse (saignement, fortes douleurs)'),
    consciousness: frMedical('perte de connaissance ou personne qui ne répond pas'),
    violence: {
      situation: 'violences ou danger',
      action: 'En danger immédiat, appelez le 17 (ou le 112). Si vous ne pouvez pas parler, envoyez un SMS au 114.',
      contacts: [
        { label: '17', detail: 'police secours', href: 'tel:17' },
        FR_112,
        FR_114,
        { label: '3919', detail: 'violences faites aux femmes, anonyme, 24 h/24', href: 'tel:3919' },
        { label: '119', detail: 'enfance en danger, 24 h/24', href: 'tel:119' },
      ],
    },
  },
  piiLabels: {
    email: 'adresse e-mail',
    phone: 'téléphone',
    nir: 'numéro de sécurité sociale',
    birthdate: 'date de naissance',
    address: 'adresse',
    person_name: 'nom',
    iban: 'IBAN',
    card: 'carte bancaire',
    health_id: 'identifiant de santé',
  },
  placeholders: {
    email: '[E-MAIL]',
    phone: '[TÉLÉPHONE]',
    nir: '[N° SÉCU]',
    birthdate: '[DATE DE NAISSANCE]',
    address: '[ADRESSE]',
    person_name: '[NOM]',
    iban: '[IBAN]',
    card: '[CARTE BANCAIRE]',
    health_id: '[IDENTIFIANT SANTÉ]',
  },
};

const EN: InPageStrings = {
  bannerLabel: 'Repère IA santé alert',
  bannerTitle: 'Possible emergency',
  bannerIntro: 'This conversation describes signs that may be serious:',
  missedEmergency:
    'The AI’s answer does not tell you to call 15 or 112, or to go to the emergency department. With these signs, do not wait: call 15.',
  checklist: 'See the checklist',
  dismiss: 'Close the alert',
  poisonCentres: 'Poison centres (by region)',
  indicator: 'Tips to check this answer',
  guardLabel: 'Personal data in your message',
  guardFound: 'Your message contains: $1.',
  guardMask: 'Mask',
  guardIgnore: 'Ignore',
  guardHint: 'Mask replaces them with markers such as [NAME]. You can still send.',
  categories: {
    cardiac: enMedical('pain or tightness in the chest', 'Call 15 now (or 112). Do not wait for the pain to pass.'),
    stroke: enMedical(
      'face drooping, weak arm or leg, trouble speaking',
      'Call 15 right away (or 112), even if the signs go away. Note the time they started.',
    ),
    breathing: enMedical('severe difficulty breathing'),
    suicide: {
      situation: 'thoughts of suicide, wanting to end it',
      action: 'Call 3114 (free, 24/7). If there is immediate danger, call 15 or 112.',
      contacts: [{ label: '3114', detail: 'suicide prevention, 24/7', href: 'tel:3114' }, EN_SAMU, EN_112, EN_114],
    },
    anaphylaxis: enMedical('severe allergic reaction (swollen face, trouble breathing)'),
    bleeding: enMedical('heavy bleeding that does not stop'),
    poisoning: {
      situation: 'product or medicine swallowed or inhaled, overdose',
      action: 'Call a poison centre. If the person is not breathing or does not respond, call 15.',
      contacts: EN_MEDICAL,
    },
    infant: enMedical('worrying signs in a baby'),
    meningitis_sepsis: enMedical('fever with spots on the skin, stiff neck or feeling very unwell'),
    pregnancy: enMedical('worrying signs during pregnancy (bleeding, severe pain)'),
    consciousness: enMedical('fainting or a person who does not respond'),
    violence: {
      situation: 'violence or danger',
      action: 'In immediate danger, call 17 (or 112). If you cannot speak, text 114.',
      contacts: [
        { label: '17', detail: 'police', href: 'tel:17' },
        EN_112,
        EN_114,
        { label: '3919', detail: 'violence against women, anonymous, 24/7', href: 'tel:3919' },
        { label: '119', detail: 'children in danger, 24/7', href: 'tel:119' },
      ],
    },
  },
  piiLabels: {
    email: 'email address',
    phone: 'phone number',
    nir: 'social security number',
    birthdate: 'date of birth',
    address: 'address',
    person_name: 'name',
    iban: 'IBAN',
    card: 'bank card',
    health_id: 'health identifier',
  },
  placeholders: {
    email: '[EMAIL]',
    phone: '[PHONE]',
    nir: '[SOCIAL SECURITY NO.]',
    birthdate: '[DATE OF BIRTH]',
    address: '[ADDRESS]',
    person_name: '[NAME]',
    iban: '[IBAN]',
    card: '[BANK CARD]',
    health_id: '[HEALTH ID]',
  },
};

export function inPageStrings(language: UiLanguage): InPageStrings {
  return language === 'en' ? EN : FR;
}
