import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  appearanceClasses,
  contentVersionFor,
  DEFAULT_SETTINGS,
  normalizeSettings,
  resolveUiLanguage,
  settingsItem,
} from '../../../core/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('falls back to defaults for missing or invalid fields', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ language: 'de', textSize: 'huge', theme: 'dark', inPageAlert: 'no' })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
    });
    expect(normalizeSettings({ disabledSites: ['claude', 3, null] }).disabledSites).toEqual(['claude']);
  });

  it('resolves the UI language: the setting, or the browser languages for auto (French by default)', () => {
    expect(resolveUiLanguage({ language: 'auto' }, ['en-US', 'fr'])).toBe('en');
    expect(resolveUiLanguage({ language: 'auto' }, ['de-DE'])).toBe('fr');
    expect(resolveUiLanguage({ language: 'fr' }, ['en-US'])).toBe('fr');
  });

  it('uses easy-to-read French only in French', () => {
    expect(contentVersionFor({ easyToRead: true }, 'fr')).toBe('fr-easy');
    expect(contentVersionFor({ easyToRead: true }, 'en')).toBe('en');
    expect(contentVersionFor({ easyToRead: false }, 'fr')).toBe('fr');
  });

  it('turns text size and theme into root classes (auto theme follows the system)', () => {
    expect(appearanceClasses(DEFAULT_SETTINGS)).toEqual(['text-normal']);
    expect(appearanceClasses({ textSize: 'larger', theme: 'dark', easyToRead: true })).toEqual([
      'text-larger',
      'theme-dark',
      'easy-to-read',
    ]);
  });

  it('stores the settings item in storage.local with defaults as fallback', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'light' });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect((stored.settings as { theme: string }).theme).toBe('light');
  });
});
