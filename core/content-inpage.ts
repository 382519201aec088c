/**
 * The part of the editorial content the content script needs: in-page alert texts, number links, privacy
 * labels and masking placeholders, the missed-emergency notice.
 *
 * It imports only content/generated/inpage.json (a few kB gzipped, the three versions) so the content-script
 * bundle stays small; the side panel uses core/content.ts, which re-exports everything here. The JSON is
 * compiled from content/**\/*.yaml by scripts/compile-content.ts and checked by tests/unit/content/.
 */
import type { PiiKind, RedFlagCategory } from '../engine/types';
import type { ContentVersion } from './settings';
import inpage from '../content/generated/inpage.json';

export type { ContentVersion };

/**
 * The versions every content item exists in; `fr-easy` is easy-to-read French (short sentences, common words,
 * in the spirit of FALC). Pick one from the settings with contentVersionFor() in core/settings.ts.
 */
export const CONTENT_VERSIONS = ['fr', 'en', 'fr-easy'] as const satisfies readonly ContentVersion[];
// Compile-time check that the list names every version of the settings contract.
const EVERY_VERSION_LISTED: Exclude<ContentVersion, (typeof CONTENT_VERSIONS)[number]> extends never ? true : false =
  true;
void EVERY_VERSION_LISTED;

/** Ids of content/numbers/numbers.yaml, in display order. */
export const NUMBER_IDS = [
  '15',
  '112',
  '114',
  '17',
  '18',
  '3114',
  'antipoison',
  '119',
  '3919',
  '116117',
  '3624',
] as const;
export type NumberId = (typeof NUMBER_IDS)[number];

export interface PhoneCentre {
  readonly id: string;
  readonly city: string;
  /** As displayed, e.g. "02 41 48 21 21". */
  readonly dial: string;
  readonly href: string;
  /** E.g. "Appeler le centre antipoison de Lyon". */
  readonly accessibleLabel: string;
}

export interface NumberLink {
  readonly id: NumberId;
  /** As displayed ("15", "116 117"); null when the number is a list of centres (antipoison). */
  readonly dial: string | null;
  /** `tel:15`, `sms:114`; null when the number is a list of centres. */
  readonly href: string | null;
  /** Short label for the button ("SAMU"). */
  readonly label: string;
  /** For screen readers ("Appeler le 15, SAMU"). */
  readonly accessibleLabel: string;
  /** Regional centres (centres antipoison); empty for single numbers. */
  readonly centres: readonly PhoneCentre[];
}

export interface InPageAlert {
  readonly category: RedFlagCategory;
  /** Short lay name of the situation: signs that may be serious, never a diagnosis. */
  readonly situation: string;
  /** One sentence with the action and the number ("Appelez le 15 maintenant (ou le 112)."). */
  readonly action: string;
  /** Shown when the user ticks a sign in the checklist. */
  readonly ifTicked: string;
  /** The numbers to offer, the first one first. */
  readonly numbers: readonly NumberLink[];
}

export interface PiiText {
  /** Short label that fits in a sentence ("numéro de sécurité sociale"). */
  readonly label: string;
  /** What masked data is replaced with ("[N° SÉCU]"). */
  readonly placeholder: string;
  /** One or two sentences: why this data should not be typed. */
  readonly reminder: string;
}

export interface PrivacyReminder {
  readonly title: string;
  readonly text: string;
  readonly maskAction: string;
  readonly keepAction: string;
}

export interface MissedEmergencyText {
  readonly title: string;
  readonly why: string;
  readonly whatToDo: string;
  readonly numbers: readonly NumberLink[];
}

interface RawNumber {
  readonly dial: string | null;
  readonly href: string | null;
  readonly label: string;
  readonly accessibleLabel: string;
  /** Template for each centre ("Appeler le centre antipoison de {city}"); null for single numbers. */
  readonly centreAccessibleLabel: string | null;
  readonly centres: readonly {
    readonly id: string;
    readonly city: string;
    readonly dial: string;
    readonly href: string;
  }[];
}

interface InPageData {
  readonly alerts: Record<
    RedFlagCategory,
    { readonly situation: string; readonly action: string; readonly ifTicked: string; readonly numbers: string[] }
  >;
  readonly numbers: Record<string, RawNumber>;
  readonly privacy: { readonly reminder: PrivacyReminder; readonly kinds: Record<PiiKind, PiiText> };
  readonly missedEmergency: {
    readonly title: string;
    readonly why: string;
    readonly whatToDo: string;
    readonly numbers: string[];
  };
}

// Typed assignment, not a cast: TypeScript checks that the compiled JSON has every category and kind.
const DATA: Record<ContentVersion, InPageData> = inpage;

const cache = new Map<string, unknown>();
/** Same object for the same arguments, so React props and memo() comparisons stay stable. */
export function cachedContent<T>(key: string, build: () => T): T {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

export function numberLink(id: NumberId, version: ContentVersion): NumberLink {
  return cachedContent(`number-link:${version}:${id}`, () => {
    const raw = DATA[version].numbers[id];
    if (!raw) throw new Error(`Unknown number id ${id}`);
    return {
      id,
      dial: raw.dial,
      href: raw.href,
      label: raw.label,
      accessibleLabel: raw.accessibleLabel,
      centres: raw.centres.map((centre) => ({
        ...centre,
        accessibleLabel: (raw.centreAccessibleLabel ?? raw.accessibleLabel).replace('{city}', centre.city),
      })),
    };
  });
}

/** Number links for a list of ids from the content (ids are checked by the content tests). */
export function numberLinks(ids: readonly string[], version: ContentVersion): readonly NumberLink[] {
  return ids.map((id) => numberLink(id as NumberId, version));
}

/** Texts of the in-page emergency alert for a red-flag category. */
export function inPageAlert(category: RedFlagCategory, version: ContentVersion): InPageAlert {
  return cachedContent(`alert:${version}:${category}`, () => {
    const alert = DATA[version].alerts[category];
    return {
      category,
      situation: alert.situation,
      action: alert.action,
      ifTicked: alert.ifTicked,
      numbers: numberLinks(alert.numbers, version),
    };
  });
}

export function piiText(kind: PiiKind, version: ContentVersion): PiiText {
  return DATA[version].privacy.kinds[kind];
}

/** "numéro de sécurité sociale", "phone number"… */
export function piiLabel(kind: PiiKind, version: ContentVersion): string {
  return piiText(kind, version).label;
}

/** "[N° SÉCU]", "[PHONE]"… */
export function piiPlaceholder(kind: PiiKind, version: ContentVersion): string {
  return piiText(kind, version).placeholder;
}

/** General texts of the prompt privacy guard. */
export function privacyReminder(version: ContentVersion): PrivacyReminder {
  return DATA[version].privacy.reminder;
}

/** Notice shown when an answer does not send a user-described emergency to 15/112. */
export function missedEmergencyText(version: ContentVersion): MissedEmergencyText {
  return cachedContent(`missed-emergency:${version}`, () => {
    const { numbers, ...texts } = DATA[version].missedEmergency;
    return { ...texts, numbers: numberLinks(numbers, version) };
  });
}
