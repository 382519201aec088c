/**
 * The UI language rule on its own, without the string catalogues of core/i18n.ts: the content script
 * needs the rule, and importing it from i18n bundled every page's strings (≈ 5 KB gzipped) into it.
 */

export type UiLanguage = 'fr' | 'en';

/** Picks fr or en from a BCP 47 tag list (French unless the first supported match is English). */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}
