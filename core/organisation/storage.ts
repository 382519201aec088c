/**
 * Where the organisation profile lives:
 * - imported by the person (options page): storage.local `organisationProfile`, versioned;
 * - set by an administrator: storage.managed `organisationProfile` (Chrome/Edge policy checked against
 *   public/managed-schema.json; Firefox policies.json "3rdparty"). Read-only for the extension.
 * Both are validated on every read: storage can be edited by hand, and a policy can be wrong.
 */
import { storage } from 'wxt/utils/storage';
import type { UiLanguage } from '../i18n';
import { settingsItem, normalizeSettings, type Settings } from '../settings';
import { applyProfileDefaults, managedDefaultsUpdate, type ManagedProfileState } from './apply';
import { MAX_PROFILE_BYTES, type OrganisationProfile } from './types';
import { parseProfileText, tooLarge, validateProfile } from './validate';

/** The profile the person imported (null: none). */
export const importedProfileItem = storage.defineItem<OrganisationProfile | null>('local:organisationProfile', {
  fallback: null,
  version: 1,
});

/** Which managed settings defaults were last applied (see managedDefaultsUpdate). */
export const managedDefaultsAppliedItem = storage.defineItem<string | null>('local:organisationManagedDefaults', {
  fallback: null,
});

const MANAGED_KEY = 'managed:organisationProfile';

/** The policy profile; 'absent' when there is no policy or the browser has no managed storage. */
export async function readManagedProfile(language: UiLanguage = 'fr'): Promise<ManagedProfileState> {
  let value: unknown;
  try {
    value = await storage.getItem(MANAGED_KEY);
  } catch {
    // Firefox without policies, or a browser without storage.managed: "Managed storage manifest not found".
    return { status: 'absent' };
  }
  if (value === null || value === undefined) return { status: 'absent' };
  // Firefox has no schema to turn a policy string into an object: accept the profile as JSON text too.
  const bytes = typeof value === 'string' ? 0 : new TextEncoder().encode(JSON.stringify(value)).length;
  const result =
    typeof value === 'string'
      ? parseProfileText(value, language)
      : bytes > MAX_PROFILE_BYTES
        ? tooLarge(bytes, language)
        : validateProfile(value, language);
  return result.ok ? { status: 'valid', profile: result.profile } : { status: 'invalid', errors: result.errors };
}

/** The imported profile, or null (also when what is stored no longer validates). */
export async function readImportedProfile(): Promise<OrganisationProfile | null> {
  const stored = await importedProfileItem.getValue();
  if (stored === null) return null;
  const result = validateProfile(stored);
  return result.ok ? result.profile : null;
}

/**
 * Applies a validated profile: stores it and its settings defaults in one storage write, so the
 * profile and the settings never disagree. Returns the new settings.
 */
export async function applyImportedProfile(profile: OrganisationProfile): Promise<Settings> {
  const settings = applyProfileDefaults(normalizeSettings(await settingsItem.getValue()), profile);
  await storage.setItems([
    { item: importedProfileItem, value: profile },
    { item: settingsItem, value: settings },
  ]);
  return settings;
}

/** Forgets the imported profile; the settings stay as they are (the person may have chosen them since). */
export async function removeImportedProfile(): Promise<void> {
  await importedProfileItem.removeValue();
}

/**
 * Applies a policy profile's settings defaults if they are new or changed. Safe to call often (the
 * background at start-up, the extension pages when they open): it writes only when needed.
 */
export async function syncManagedProfileDefaults(): Promise<void> {
  const managed = await readManagedProfile();
  if (managed.status !== 'valid') return;
  const [settings, fingerprint] = await Promise.all([settingsItem.getValue(), managedDefaultsAppliedItem.getValue()]);
  const update = managedDefaultsUpdate(normalizeSettings(settings), managed.profile, fingerprint);
  if (!update) return;
  await storage.setItems([
    { item: settingsItem, value: update.settings },
    { item: managedDefaultsAppliedItem, value: update.fingerprint },
  ]);
}

/** Calls back when either profile changes; returns the unsubscribe function. */
export function watchOrganisationProfiles(callback: () => void): () => void {
  const unwatchImported = importedProfileItem.watch(callback);
  let unwatchManaged = () => {};
  try {
    unwatchManaged = storage.watch(MANAGED_KEY, callback);
  } catch {
    // No storage.managed.onChanged (Firefox): a policy change is seen at the next page load.
  }
  return () => {
    unwatchImported();
    unwatchManaged();
  };
}
