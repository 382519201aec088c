import type { ContentVersion } from '../../core/settings';

/**
 * The content version the panel showed last time, kept in the extension's localStorage so the next opening can
 * start fetching that version's text at once, in parallel with reading the settings (storage.local is
 * asynchronous). Only a hint: the settings still decide what is shown. It holds one word (fr, en or fr-easy),
 * nothing about conversations.
 */
const KEY = 'repere:content-version';
const VERSIONS: readonly ContentVersion[] = ['fr', 'en', 'fr-easy'];

export function readContentVersionHint(): ContentVersion | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return VERSIONS.find((version) => version === value);
  } catch {
    return undefined; // Storage disabled: no hint, the panel just waits for the settings.
  }
}

export function writeContentVersionHint(version: ContentVersion): void {
  try {
    if (localStorage.getItem(KEY) !== version) localStorage.setItem(KEY, version);
  } catch {
    // No hint next time; nothing else depends on it.
  }
}

export function clearContentVersionHint(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
