/**
 * The organisation profile: what an association, a carers' network or a helpline adds to the
 * extension (its own contact lines and resources, a short message, default settings).
 *
 * content/schemas/organisation.schema.json documents the same shape for the people who write
 * profiles; tests/unit/organisation/schema-agreement.test.ts keeps the two in agreement.
 */
import type { LanguageSetting } from '../settings';
import type { SiteId } from '../../sites/hosts';

/** Settings an organisation can switch on or off (the keys of the boolean settings they map to). */
export type FeatureId = 'inPageAlert' | 'privacyGuard' | 'healthIndicator';
export const FEATURE_IDS: readonly FeatureId[] = ['inPageAlert', 'privacyGuard', 'healthIndicator'];

export interface ContactLine {
  /** "Ligne d'écoute", "Permanence juridique"… */
  readonly label: string;
  /** As written by the organisation ("01 23 45 67 89", "+33 1 23 45 67 89", "3114"). */
  readonly phone: string;
  /** Free text: "du lundi au vendredi, 9 h – 18 h". */
  readonly hours?: string;
  /** The line also answers text messages. */
  readonly sms?: boolean;
}

export interface ResourceLink {
  readonly title: string;
  /** https only. */
  readonly url: string;
}

export interface OrganisationProfile {
  /** Lets editors find the schema; ignored by the extension. */
  readonly $schema?: string;
  readonly name: string;
  readonly description?: string;
  readonly contacts?: readonly ContactLine[];
  readonly resources?: readonly ResourceLink[];
  readonly defaultLanguage?: LanguageSetting;
  readonly easyToRead?: boolean;
  /** Chatbot sites the extension works on; the others are switched off. */
  readonly enabledSites?: readonly SiteId[];
  /** Features left on; the others are switched off. */
  readonly enabledFeatures?: readonly FeatureId[];
  /** Plain text or limited Markdown (see core/organisation/markdown.ts), sanitised before display. */
  readonly message?: string;
}

/** One problem found in a profile: where (`contacts[1].phone`; '' for the whole file) and what. */
export interface ProfileError {
  readonly path: string;
  readonly message: string;
}

export type ProfileValidation =
  | { readonly ok: true; readonly profile: OrganisationProfile }
  | { readonly ok: false; readonly errors: readonly ProfileError[] };

/** Profiles (files and policy values) larger than this are refused before parsing. */
export const MAX_PROFILE_BYTES = 64 * 1024;
