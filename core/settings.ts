/**
 * User settings: the only data (with the organisation profile) the extension keeps on disk.
 *
 * One versioned item in storage.local. Never put conversation text or findings here.
 */
import { storage } from 'wxt/utils/storage';
import type { SiteId } from '../sites/hosts';
import { pickUiLanguage, type UiLanguage } from './ui-language';

export type LanguageSetting = 'auto' | 'fr' | 'en';
export type TextSize = 'normal' | 'large' | 'larger';
export type ThemeSetting = 'auto' | 'light' | 'dark';

export interface Settings {
  readonly language: LanguageSetting;
  /** Easy-to-read French (in the spirit of FALC) for the guidance and checklists. */
  readonly easyToRead: boolean;
  readonly textSize: TextSize;
  readonly theme: ThemeSetting;
  /** Sites the user switched off (the content script stays silent there). */
  readonly disabledSites: readonly SiteId[];
  /** In-page emergency alert and missed-emergency notice. */
  readonly inPageAlert: boolean;
  /** Warning when personal data is typed into the prompt. */
  readonly privacyGuard: boolean;
  /** Small "Conseils pour vérifier cette réponse" button near the composer. */
  readonly healthIndicator: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  easyToRead: false,
  textSize: 'normal',
  theme: 'auto',
  disabledSites: [],
  inPageAlert: true,
  privacyGuard: true,
  healthIndicator: true,
};

/** Fills missing or invalid fields with defaults (settings written by an older version, or by hand). */
export function normalizeSettings(value: unknown): Settings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const pick = <T>(candidate: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  const bool = (candidate: unknown, fallback: boolean) => (typeof candidate === 'boolean' ? candidate : fallback);
  return {
    language: pick(input.language, ['auto', 'fr', 'en'] as const, DEFAULT_SETTINGS.language),
    easyToRead: bool(input.easyToRead, DEFAULT_SETTINGS.easyToRead),
    textSize: pick(input.textSize, ['normal', 'large', 'larger'] as const, DEFAULT_SETTINGS.textSize),
    theme: pick(input.theme, ['auto', 'light', 'dark'] as const, DEFAULT_SETTINGS.theme),
    disabledSites: Array.isArray(input.disabledSites)
      ? input.disabledSites.filter((site): site is SiteId => typeof site === 'string')
      : [],
    inPageAlert: bool(input.inPageAlert, DEFAULT_SETTINGS.inPageAlert),
    privacyGuard: bool(input.privacyGuard, DEFAULT_SETTINGS.privacyGuard),
    healthIndicator: bool(input.healthIndicator, DEFAULT_SETTINGS.healthIndicator),
  };
}

/** The settings item (storage.local, versioned so later shapes can migrate). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Content versions the editorial files come in. */
export type ContentVersion = 'fr' | 'en' | 'fr-easy';

/** The UI language: the setting, or the browser's languages when it is 'auto' (French by default). */
export function resolveUiLanguage(
  settings: Pick<Settings, 'language'>,
  browserLanguages: readonly string[],
): UiLanguage {
  return settings.language === 'auto' ? pickUiLanguage(browserLanguages) : settings.language;
}

/** Easy-to-read only exists in French; in English the setting has no effect. */
export function contentVersionFor(settings: Pick<Settings, 'easyToRead'>, language: UiLanguage): ContentVersion {
  return language === 'fr' && settings.easyToRead ? 'fr-easy' : language;
}

/**
 * Classes for the root element of our pages: text size steps and the theme override. 'auto' theme adds
 * nothing, so the stylesheet follows prefers-color-scheme.
 */
export function appearanceClasses(settings: Pick<Settings, 'textSize' | 'theme' | 'easyToRead'>): string[] {
  const classes = [`text-${settings.textSize}`];
  if (settings.theme !== 'auto') classes.push(`theme-${settings.theme}`);
  if (settings.easyToRead) classes.push('easy-to-read');
  return classes;
}
