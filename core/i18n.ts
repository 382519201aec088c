/**
 * UI strings for our own pages and the in-page UI.
 *
 * The same files (locales/*.json) feed the browser's i18n for the manifest, but extension pages read
 * them directly so the user's language setting (auto/fr/en) can differ from the browser's.
 *
 * Easy-to-read French (the "Facile à lire" setting) is a layer over French: locales/easy-to-read/fr.json
 * rewrites the labels that are hard to read (short sentences, one idea per sentence, common words, in the
 * spirit of FALC); every other label is already simple and falls back to French. It sits in a sub-folder so
 * the browser's i18n (which reads locales/*.json) never sees it as a locale.
 */
import en from '../locales/en.json';
import frEasy from '../locales/easy-to-read/fr.json';
import fr from '../locales/fr.json';
import type { UiLanguage } from './ui-language';

// The language rule lives apart so that the content script can use it without these catalogues.
export { pickUiLanguage, type UiLanguage } from './ui-language';

/** A catalogue of UI strings: a language, or easy-to-read French (the same names as the content versions). */
export type UiCatalogue = UiLanguage | 'fr-easy';
export type MessageKey = keyof typeof fr;

// A typed assignment, not a cast: the easy-to-read layer may only hold keys that French has.
const EASY_FRENCH: Partial<Record<MessageKey, string>> = frEasy;

const CATALOGUES: Record<UiCatalogue, Record<MessageKey, string>> = { fr, en, 'fr-easy': { ...fr, ...EASY_FRENCH } };

/** Returns a translator; `$1`, `$2`… are replaced by the arguments. */
export function translator(catalogue: UiCatalogue): (key: MessageKey, ...args: string[]) => string {
  const messages = CATALOGUES[catalogue];
  return (key, ...args) => messages[key].replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? '');
}
