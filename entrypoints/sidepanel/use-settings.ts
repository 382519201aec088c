import { useLayoutEffect, useState } from 'react';
import { translator, type UiLanguage } from '../../core/i18n';
import {
  appearanceClasses,
  contentVersionFor,
  DEFAULT_SETTINGS,
  normalizeSettings,
  resolveUiLanguage,
  settingsItem,
  type ContentVersion,
  type Settings,
} from '../../core/settings';

export interface ResolvedSettings {
  readonly settings: Settings;
  /** False until the stored settings are read (first paint uses defaults). */
  readonly loaded: boolean;
  readonly language: UiLanguage;
  readonly version: ContentVersion;
  readonly t: ReturnType<typeof translator>;
  /** Applies a change at once (controlled inputs must not lag behind the click), then saves it. */
  readonly update: (patch: Partial<Settings>) => void;
}

// storage.local is slow to answer when a page opens (tens of ms): the first read starts as soon as this module
// is evaluated, before React's first render, instead of in an effect after it. Only the first reader uses it (a
// later one must not get a value older than its own watch).
let earlyRead: Promise<unknown> | undefined = settingsItem.getValue().catch(() => undefined);

function readSettingsOnce(): Promise<unknown> {
  const read = earlyRead ?? settingsItem.getValue();
  earlyRead = undefined;
  return read;
}

/**
 * The user's settings, live (another page changing them updates this one), and what follows from them:
 * UI language, content version, translator. Also applies lang, theme and text size to <html>.
 */
export function useSettings(): ResolvedSettings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);

  // A layout effect: the early read's answer is taken right after the first render, not after a first paint
  // (Preact runs plain effects once the next frame is painted), and the content waits for it.
  useLayoutEffect(() => {
    let disposed = false;
    void readSettingsOnce().then((value) => {
      if (disposed) return;
      setSettings(normalizeSettings(value));
      setLoaded(true);
    });
    const unwatch = settingsItem.watch((value) => setSettings(normalizeSettings(value)));
    return () => {
      disposed = true;
      unwatch();
    };
  }, []);

  const language = resolveUiLanguage(settings, navigator.languages ?? []);
  const version = contentVersionFor(settings, language);

  // Before the paint, so the page is never drawn once with the wrong theme or text size.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.className = appearanceClasses(settings).join(' ');
  }, [language, settings]);

  const update = (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    void updateSettings(patch);
  };

  // Easy-to-read changes the panel's own labels too, not only the editorial content (fr-easy catalogue).
  return { settings, loaded, language, version, t: translator(version), update };
}

/** Saves a partial change (the options page). */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const current = normalizeSettings(await settingsItem.getValue());
  await settingsItem.setValue({ ...current, ...patch });
}
