/**
 * How a profile meets the user's settings. Pure functions; storage.ts does the reading and writing.
 *
 * Decisions (docs/organisation-profile.md, "Réglages"):
 * - A profile's settings (language, easy-to-read, sites, features) are *defaults applied once*:
 *   when the person imports it, or when a policy profile appears or changes. Afterwards the person's
 *   own changes win, until the profile's settings change again. Nobody is locked out of a setting:
 *   language, easy-to-read and the emergency alert are accessibility and safety needs.
 * - A managed (policy) profile wins over an imported one. An invalid managed profile is not applied
 *   (its errors are shown in the options page) and the imported profile, if any, stays in use.
 */
import { SITE_HOSTS } from '../../sites/hosts';
import type { Settings } from '../settings';
import { FEATURE_IDS, type OrganisationProfile, type ProfileError } from './types';

export type ManagedProfileState =
  | { readonly status: 'absent' }
  | { readonly status: 'valid'; readonly profile: OrganisationProfile }
  | { readonly status: 'invalid'; readonly errors: readonly ProfileError[] };

export type ActiveProfile =
  | { readonly source: 'managed'; readonly profile: OrganisationProfile }
  | { readonly source: 'imported'; readonly profile: OrganisationProfile }
  | { readonly source: 'none'; readonly profile: null };

/** The profile in use: a valid managed one, else the imported one, else none. */
export function activeProfile(managed: ManagedProfileState, imported: OrganisationProfile | null): ActiveProfile {
  if (managed.status === 'valid') return { source: 'managed', profile: managed.profile };
  if (imported) return { source: 'imported', profile: imported };
  return { source: 'none', profile: null };
}

/** The settings after applying the profile's defaults; fields the profile leaves out keep their value. */
export function applyProfileDefaults(settings: Settings, profile: OrganisationProfile): Settings {
  const enabledFeatures = profile.enabledFeatures;
  const enabledSites = profile.enabledSites;
  return {
    ...settings,
    ...(profile.defaultLanguage !== undefined && { language: profile.defaultLanguage }),
    ...(profile.easyToRead !== undefined && { easyToRead: profile.easyToRead }),
    ...(enabledSites !== undefined && {
      disabledSites: SITE_HOSTS.map((site) => site.id).filter((id) => !enabledSites.includes(id)),
    }),
    ...(enabledFeatures !== undefined &&
      Object.fromEntries(FEATURE_IDS.map((feature) => [feature, enabledFeatures.includes(feature)]))),
  };
}

/** What the settings part of a profile looks like, to notice when a policy profile's defaults change. */
export function settingsFingerprint(profile: OrganisationProfile): string {
  return JSON.stringify([
    profile.defaultLanguage ?? null,
    profile.easyToRead ?? null,
    profile.enabledSites ?? null,
    profile.enabledFeatures ?? null,
  ]);
}

/**
 * For a managed profile: the settings to write if its defaults have not been applied yet (first run,
 * or the administrator changed them), else undefined so the person's later choices stay.
 */
export function managedDefaultsUpdate(
  settings: Settings,
  managed: OrganisationProfile,
  lastAppliedFingerprint: string | null,
): { readonly settings: Settings; readonly fingerprint: string } | undefined {
  const fingerprint = settingsFingerprint(managed);
  if (fingerprint === lastAppliedFingerprint) return undefined;
  return { settings: applyProfileDefaults(settings, managed), fingerprint };
}

/** Describes which settings a profile will change, for the import preview. */
export function changedSettings(before: Settings, after: Settings): (keyof Settings)[] {
  return (Object.keys(after) as (keyof Settings)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/**
 * The export file: the active profile (or a minimal one) carrying the current settings as its
 * defaults. It is itself a valid profile, so it can be imported on another computer.
 */
export function exportProfile(profile: OrganisationProfile | null, settings: Settings, fallbackName: string) {
  const disabled = new Set(settings.disabledSites);
  const { $schema: _schema, ...rest } = profile ?? { name: fallbackName };
  return {
    ...rest,
    defaultLanguage: settings.language,
    easyToRead: settings.easyToRead,
    enabledSites: SITE_HOSTS.map((site) => site.id).filter((id) => !disabled.has(id)),
    enabledFeatures: FEATURE_IDS.filter((feature) => settings[feature]),
  } satisfies OrganisationProfile;
}

/** Whether the side panel has anything to show besides the name (a profile may only carry settings). */
export function hasCardContent(profile: OrganisationProfile): boolean {
  return Boolean(
    profile.description ||
    profile.message ||
    (profile.contacts?.length ?? 0) > 0 ||
    (profile.resources?.length ?? 0) > 0,
  );
}
