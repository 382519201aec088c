/**
 * "Votre association" in the side panel (issue 6): the active organisation profile (a policy one
 * wins over an imported one), when it has something to show besides its name.
 */
import { OrganisationCard } from '../../components/organisation-card';
import { hasCardContent } from '../../core/organisation/apply';
import { useOrganisation } from '../../core/organisation/use-organisation';
import { useSettings } from './use-settings';

export function OrganisationSlot() {
  const { language } = useSettings();
  const profile = useOrganisation(language)?.active.profile;
  if (!profile || !hasCardContent(profile)) return null;
  return <OrganisationCard profile={profile} language={language} />;
}
