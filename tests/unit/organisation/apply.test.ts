/**
 * How profiles meet settings (pure functions; the decisions are in core/organisation/apply.ts and
 * docs/organisation-profile.md).
 */
import { describe, expect, it } from 'vitest';
import {
  activeProfile,
  applyProfileDefaults,
  changedSettings,
  exportProfile,
  hasCardContent,
  managedDefaultsUpdate,
} from '../../../core/organisation/apply';
import { describeSettingsChanges } from '../../../core/organisation/describe-settings';
import { telHref } from '../../../core/organisation/phone';
import type { OrganisationProfile } from '../../../core/organisation/types';
import { validateProfile } from '../../../core/organisation/validate';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import { SITE_HOSTS } from '../../../sites/hosts';

const imported: OrganisationProfile = { name: 'Importée' };
const managed: OrganisationProfile = { name: 'Gérée' };

describe('activeProfile', () => {
  it('prefers a valid managed profile over an imported one', () => {
    expect(activeProfile({ status: 'valid', profile: managed }, imported)).toEqual({
      source: 'managed',
      profile: managed,
    });
  });

  it('keeps the imported profile when the managed one is absent or invalid', () => {
    expect(activeProfile({ status: 'absent' }, imported)).toEqual({ source: 'imported', profile: imported });
    expect(activeProfile({ status: 'invalid', errors: [{ path: 'name', message: 'x' }] }, imported).source).toBe(
      'imported',
    );
  });

  it('is none without any profile', () => {
    expect(activeProfile({ status: 'absent' }, null)).toEqual({ source: 'none', profile: null });
  });
});

describe('applyProfileDefaults', () => {
  const userSettings: Settings = { ...DEFAULT_SETTINGS, textSize: 'larger', theme: 'dark', language: 'en' };

  it('changes nothing for a profile without settings', () => {
    expect(applyProfileDefaults(userSettings, { name: 'A' })).toEqual(userSettings);
  });

  it('sets language and easy-to-read, and leaves personal display choices alone', () => {
    const next = applyProfileDefaults(userSettings, { name: 'A', defaultLanguage: 'fr', easyToRead: true });
    expect(next).toEqual({ ...userSettings, language: 'fr', easyToRead: true });
  });

  it('turns the sites list into disabled sites, and the features list into switches', () => {
    const next = applyProfileDefaults(DEFAULT_SETTINGS, {
      name: 'A',
      enabledSites: ['chatgpt', 'mistral'],
      enabledFeatures: ['inPageAlert'],
    });
    expect(next.disabledSites).toEqual(
      SITE_HOSTS.map((site) => site.id).filter((id) => id !== 'chatgpt' && id !== 'mistral'),
    );
    expect([next.inPageAlert, next.privacyGuard, next.healthIndicator]).toEqual([true, false, false]);
  });

  it('re-enables sites a previous profile or the user had switched off, when the profile lists them', () => {
    const next = applyProfileDefaults(
      { ...DEFAULT_SETTINGS, disabledSites: ['claude'] },
      {
        name: 'A',
        enabledSites: SITE_HOSTS.map((site) => site.id),
      },
    );
    expect(next.disabledSites).toEqual([]);
  });
});

describe('managedDefaultsUpdate (policy profile defaults applied once, then the person decides)', () => {
  const policy: OrganisationProfile = { name: 'Gérée', defaultLanguage: 'fr', enabledFeatures: ['inPageAlert'] };

  it('applies the defaults the first time', () => {
    const update = managedDefaultsUpdate(DEFAULT_SETTINGS, policy, null);
    expect(update?.settings).toMatchObject({ language: 'fr', privacyGuard: false, healthIndicator: false });
  });

  it('does nothing once applied, so the person’s later changes stay', () => {
    const first = managedDefaultsUpdate(DEFAULT_SETTINGS, policy, null)!;
    const changedByUser = { ...first.settings, privacyGuard: true };
    expect(managedDefaultsUpdate(changedByUser, policy, first.fingerprint)).toBeUndefined();
  });

  it('applies again when the administrator changes the profile’s settings', () => {
    const first = managedDefaultsUpdate(DEFAULT_SETTINGS, policy, null)!;
    const changed = { ...policy, enabledFeatures: ['inPageAlert', 'privacyGuard'] as const };
    expect(managedDefaultsUpdate(first.settings, changed, first.fingerprint)?.settings.privacyGuard).toBe(true);
  });

  it('does not re-apply when only the texts change (new phone number, new message)', () => {
    const first = managedDefaultsUpdate(DEFAULT_SETTINGS, policy, null)!;
    expect(managedDefaultsUpdate(first.settings, { ...policy, message: 'Nouveau' }, first.fingerprint)).toBeUndefined();
  });
});

describe('preview lines', () => {
  it('lists only the settings that change, in plain words', () => {
    const lines = describeSettingsChanges(
      DEFAULT_SETTINGS,
      { name: 'A', easyToRead: true, enabledSites: ['chatgpt', 'claude'], defaultLanguage: 'auto' },
      'fr',
    );
    expect(lines).toEqual(['français facile à lire\u00a0: activé', 'sites activés\u00a0: ChatGPT, Claude']);
    expect(describeSettingsChanges(DEFAULT_SETTINGS, { name: 'A' }, 'en')).toEqual([]);
    expect(describeSettingsChanges(DEFAULT_SETTINGS, { name: 'A', enabledFeatures: [] }, 'en')).toEqual([
      'in-page emergency alert: off',
      'personal data warning: off',
      '“Tips to check this answer” button: off',
    ]);
  });

  it('changedSettings compares values, not identities', () => {
    expect(changedSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, disabledSites: [] })).toEqual([]);
  });
});

describe('exportProfile', () => {
  it('produces a valid profile carrying the current settings, which imports back to the same settings', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      language: 'en',
      easyToRead: true,
      disabledSites: ['grok'],
      privacyGuard: false,
    };
    const exported = exportProfile({ $schema: 'x', name: 'Asso', message: 'Bonjour' }, settings, 'Réglages exportés');
    const result = validateProfile(JSON.parse(JSON.stringify(exported)));
    expect(result.ok).toBe(true);
    expect(exported).not.toHaveProperty('$schema');
    expect(exported.message).toBe('Bonjour');
    expect(applyProfileDefaults(DEFAULT_SETTINGS, exported)).toEqual(settings);
  });

  it('names the file’s profile when there is none, so it is still valid', () => {
    const exported = exportProfile(null, DEFAULT_SETTINGS, 'Réglages exportés');
    expect(exported.name).toBe('Réglages exportés');
    expect(validateProfile(exported).ok).toBe(true);
    expect(hasCardContent(exported)).toBe(false);
  });
});

describe('telHref', () => {
  it.each([
    ['01 99 00 12 34', 'tel:0199001234'],
    ['+33 9 77-42.00.01', 'tel:+33977420001'],
    ['3114', 'tel:3114'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});
