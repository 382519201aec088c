/**
 * The organisation-profile section of the options page (issue 6): which profile is in use, import
 * with preview, removal, export. The storage side lives in core/organisation/storage.ts.
 */
import { OrganisationSettings } from '../../components/organisation-settings';
import { applyImportedProfile, removeImportedProfile } from '../../core/organisation/storage';
import { useOrganisation } from '../../core/organisation/use-organisation';
import type { ResolvedSettings } from '../sidepanel/use-settings';

/** The page's settings come as props: each page reads them once (tests/meta/page-settings.test.ts). */
export function OrganisationImportSlot({
  settings,
  language,
  loaded,
}: Pick<ResolvedSettings, 'settings' | 'language' | 'loaded'>) {
  const organisation = useOrganisation(language);
  if (!organisation || !loaded) return null;
  return (
    <OrganisationSettings
      language={language}
      managed={organisation.managed}
      imported={organisation.imported}
      currentSettings={settings}
      onApply={async (profile) => {
        await applyImportedProfile(profile);
      }}
      onRemove={removeImportedProfile}
    />
  );
}
