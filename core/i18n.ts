/**
 * UI strings for our own pages and the in-page UI.
 *
 * The same files (locales/*.json) feed the browser's i18n for the manifest, but extension pages read
 * them directly so the user's language setting (auto/fr/en) can differ from the browser's.
 */
import en from '../locales/en.json';
import fr from '../locales/fr.json';

export type UiLanguage = 'fr' | 'en';
export type MessageKey = keyof typeof fr;

const CATALOGUES: Record<UiLanguage, Record<MessageKey, string>> = { fr, en };

/** Picks fr or en from a BCP 47 tag list (French unless the first supported match is English). */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

/** Returns a translator; `$1`, `$2`… are replaced by the arguments. */
export function translator(language: UiLanguage): (key: MessageKey, ...args: string[]) => string {
  const catalogue = CATALOGUES[language];
  return (key, ...args) => catalogue[key].replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? '');
}
