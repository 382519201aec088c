/**
 * Reading and writing profiles with the fake browser: import is one write of profile + settings;
 * a policy profile is read from storage.managed, validated, and its defaults applied once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyImportedProfile,
  importedProfileItem,
  readImportedProfile,
  readManagedProfile,
  removeImportedProfile,
  syncManagedProfileDefaults,
} from '../../../core/organisation/storage';
import { DEFAULT_SETTINGS, settingsItem } from '../../../core/settings';

const profile = { name: 'Asso', easyToRead: true, contacts: [{ label: 'Écoute', phone: '01 99 00 12 34' }] };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('imported profile', () => {
  it('stores the profile and its settings defaults in a single storage write', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, textSize: 'large' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await applyImportedProfile(profile);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await readImportedProfile()).toEqual(profile);
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large', easyToRead: true });
  });

  it('ignores a stored profile that no longer validates (edited by hand)', async () => {
    await fakeBrowser.storage.local.set({ organisationProfile: { name: 'Asso', couleur: 'bleu' } });
    expect(await readImportedProfile()).toBeNull();
  });

  it('removing the profile keeps the settings', async () => {
    await applyImportedProfile(profile);
    await removeImportedProfile();
    expect(await importedProfileItem.getValue()).toBeNull();
    expect((await settingsItem.getValue()).easyToRead).toBe(true);
  });
});

describe('managed profile', () => {
  it('is absent when there is no policy', async () => {
    expect(await readManagedProfile()).toEqual({ status: 'absent' });
  });

  it('is absent when the browser has no managed storage (Firefox without policies)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedProfile()).toEqual({ status: 'absent' });
  });

  it('is read and validated', async () => {
    await fakeBrowser.storage.managed.set({ organisationProfile: profile });
    expect(await readManagedProfile()).toEqual({ status: 'valid', profile });
  });

  it('accepts the profile as JSON text (a Firefox policy has no schema to turn it into an object)', async () => {
    await fakeBrowser.storage.managed.set({ organisationProfile: JSON.stringify(profile) });
    expect(await readManagedProfile()).toEqual({ status: 'valid', profile });
  });

  it('reports the errors of an invalid policy profile, in the page language', async () => {
    await fakeBrowser.storage.managed.set({ organisationProfile: { name: 'Asso', contacts: [{ label: 'x' }] } });
    expect(await readManagedProfile('en')).toEqual({
      status: 'invalid',
      errors: [{ path: 'contacts[0].phone', message: 'required field is missing' }],
    });
  });

  it('applies its defaults once; later changes by the person stay until the policy changes', async () => {
    await fakeBrowser.storage.managed.set({ organisationProfile: { name: 'Asso', enabledFeatures: ['inPageAlert'] } });
    await syncManagedProfileDefaults();
    expect((await settingsItem.getValue()).privacyGuard).toBe(false);

    await settingsItem.setValue({ ...(await settingsItem.getValue()), privacyGuard: true });
    await syncManagedProfileDefaults();
    expect((await settingsItem.getValue()).privacyGuard).toBe(true);

    await fakeBrowser.storage.managed.set({
      organisationProfile: { name: 'Asso', enabledFeatures: ['healthIndicator'] },
    });
    await syncManagedProfileDefaults();
    expect(await settingsItem.getValue()).toMatchObject({ inPageAlert: false, privacyGuard: false });
  });

  it('applies nothing from an invalid policy profile', async () => {
    await fakeBrowser.storage.managed.set({ organisationProfile: { name: 'Asso', enabledFeatures: ['nope'] } });
    await syncManagedProfileDefaults();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('managed profile size', () => {
  it('refuses a policy profile over 64 KB', async () => {
    await fakeBrowser.storage.managed.set({ organisationProfile: { name: 'Asso', message: 'é'.repeat(40_000) } });
    expect(await readManagedProfile()).toMatchObject({ status: 'invalid', errors: [{ path: '' }] });
  });
});
