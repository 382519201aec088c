/**
 * "Votre association" in the side panel (issue 6): the active organisation profile (a policy one
 * wins over an imported one), when it has something to show besides its name.
 */
import { OrganisationCard } from '../../components/organisation-card';
import { hasCardContent } from '../../core/organisation/apply';
import { useOrganisation } from '../../core/organisation/use-organisation';
import type { UiLanguage } from '../../core/i18n';

/**
 * The language comes from the panel's settings as a prop: reading the settings again here would start from
 * the defaults when this lazy slot mounts, and re-apply them to <html> (lang, theme) until that read ended
 * (tests/meta/page-settings.test.ts).
 */
export function OrganisationSlot({ language }: { readonly language: UiLanguage }) {
  const profile = useOrganisation(language)?.active.profile;
  if (!profile || !hasCardContent(profile)) return null;
  return <OrganisationCard profile={profile} language={language} />;
}
