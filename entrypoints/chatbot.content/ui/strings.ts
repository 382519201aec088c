/**
 * In-page texts: the editorial content (core/content-inpage.ts: alert situations and actions, numbers,
 * personal-data labels and placeholders, missed-emergency notice) plus the few words of the UI itself.
 *
 * Every alert names the situation in lay words and gives an action and a number; never a diagnosis.
 * 114 by SMS is offered with every medical alert (issue 4: deaf and hard-of-hearing people).
 */
import type { PiiKind, RedFlagCategory } from '../../../engine/types';
import { RED_FLAG_CATEGORIES, PII_KINDS } from '../../../engine/types';
import {
  inPageAlert,
  missedEmergencyText,
  numberLink,
  piiLabel,
  piiPlaceholder,
  privacyReminder,
  type ContentVersion,
  type NumberLink,
} from '../../../core/content-inpage';
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
  readonly missedEmergency: string;
  readonly checklist: string;
  readonly dismiss: string;
  readonly poisonCentres: string;
  readonly poisonCentreList: readonly PoisonCentre[];
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

export interface PoisonCentre {
  readonly city: string;
  readonly dial: string;
  readonly href: string;
}

interface UiWords {
  readonly bannerLabel: string;
  readonly bannerTitle: string;
  readonly checklist: string;
  readonly dismiss: string;
  readonly poisonCentres: string;
  readonly indicator: string;
  readonly guardFound: string;
  readonly guardMask: string;
  readonly guardIgnore: string;
  readonly sms: string;
  readonly deafNote: string;
}

const FR_WORDS: UiWords = {
  bannerLabel: 'Alerte Repère IA santé',
  bannerTitle: 'Urgence possible',
  checklist: 'Voir la liste de vérification',
  dismiss: 'Fermer l’alerte',
  poisonCentres: 'Centres antipoison (par région)',
  indicator: 'Conseils pour vérifier cette réponse',
  guardFound: 'Votre message contient : $1.',
  guardMask: 'Masquer',
  guardIgnore: 'Ignorer',
  sms: 'par SMS',
  deafNote: 'personnes sourdes, malentendantes ou qui ne peuvent pas parler',
};

const EN_WORDS: UiWords = {
  bannerLabel: 'Repère IA santé alert',
  bannerTitle: 'Possible emergency',
  checklist: 'See the checklist',
  dismiss: 'Close the alert',
  poisonCentres: 'Poison centres (by region)',
  indicator: 'Tips to check this answer',
  guardFound: 'Your message contains: $1.',
  guardMask: 'Mask',
  guardIgnore: 'Ignore',
  sms: 'by text',
  deafNote: 'for deaf or hard-of-hearing people, or if you cannot speak',
};

function contact(link: NumberLink, words: UiWords): Contact | null {
  if (!link.dial || !link.href) return null;
  const sms = link.href.startsWith('sms:');
  return {
    label: sms ? `${link.dial} ${words.sms}` : link.dial,
    detail: link.id === '114' ? `${link.label} : ${words.deafNote}` : link.label,
    href: link.href,
  };
}

function build(version: ContentVersion): InPageStrings {
  const words = version === 'en' ? EN_WORDS : FR_WORDS;
  const sms114 = numberLink('114', version);
  const categories = {} as Record<RedFlagCategory, CategoryText>;
  for (const category of RED_FLAG_CATEGORIES) {
    const alert = inPageAlert(category, version);
    const links = alert.numbers.some((link) => link.id === '114') ? alert.numbers : [...alert.numbers, sms114];
    categories[category] = {
      situation: alert.situation,
      action: alert.action,
      contacts: links.map((link) => contact(link, words)).filter((c): c is Contact => c !== null),
    };
  }
  const missed = missedEmergencyText(version);
  const reminder = privacyReminder(version);
  const piiLabels = {} as Record<PiiKind, string>;
  const placeholders = {} as Record<PiiKind, string>;
  for (const kind of PII_KINDS) {
    piiLabels[kind] = piiLabel(kind, version);
    placeholders[kind] = piiPlaceholder(kind, version);
  }
  return {
    ...words,
    missedEmergency: `${missed.title}. ${missed.why} ${missed.whatToDo}`,
    guardLabel: reminder.title,
    guardHint: reminder.text,
    poisonCentreList: numberLink('antipoison', version).centres.map(({ city, dial, href }) => ({ city, dial, href })),
    categories,
    piiLabels,
    placeholders,
  };
}

const CACHE = new Map<ContentVersion, InPageStrings>();

export function inPageStrings(version: ContentVersion): InPageStrings {
  let strings = CACHE.get(version);
  if (!strings) {
    strings = build(version);
    CACHE.set(version, strings);
  }
  return strings;
}
