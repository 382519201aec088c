/**
 * Plain-language lines for the import preview: which settings the profile will change, and to what.
 */
import { SITE_HOSTS } from '../../sites/hosts';
import type { UiLanguage } from '../i18n';
import type { Settings } from '../settings';
import { applyProfileDefaults, changedSettings } from './apply';
import type { OrganisationProfile } from './types';
import { organisationStrings } from './ui-strings';

export function describeSettingsChanges(
  current: Settings,
  profile: OrganisationProfile,
  language: UiLanguage,
): string[] {
  const t = organisationStrings(language);
  const next = applyProfileDefaults(current, profile);
  // French puts a (non-breaking) space before a colon, English does not.
  const sep = language === 'fr' ? '\u00a0: ' : ': ';
  const onOff = (value: boolean) => (value ? t('on') : t('off'));
  return changedSettings(current, next).map((key) => {
    switch (key) {
      case 'language':
        return `${t('settingLanguage')}${sep}${
          next.language === 'fr' ? t('languageFr') : next.language === 'en' ? t('languageEn') : t('languageAuto')
        }`;
      case 'easyToRead':
        return `${t('settingEasyToRead')}${sep}${onOff(next.easyToRead)}`;
      case 'disabledSites': {
        const enabled = SITE_HOSTS.filter((site) => !next.disabledSites.includes(site.id)).map((site) => site.name);
        const list =
          enabled.length === SITE_HOSTS.length
            ? t('allSites')
            : enabled.length === 0
              ? t('noSites')
              : enabled.join(', ');
        return `${t('settingDisabledSites')}${sep}${list}`;
      }
      case 'inPageAlert':
        return `${t('settingInPageAlert')}${sep}${onOff(next.inPageAlert)}`;
      case 'privacyGuard':
        return `${t('settingPrivacyGuard')}${sep}${onOff(next.privacyGuard)}`;
      case 'healthIndicator':
        return `${t('settingHealthIndicator')}${sep}${onOff(next.healthIndicator)}`;
      default:
        return key;
    }
  });
}
