/**
 * The options-page section for the organisation profile: which profile is in use (a managed one is
 * read-only and says so), import, removal and export.
 */
import { useState } from 'react';
import type { UiLanguage } from '../core/i18n';
import type { Settings } from '../core/settings';
import { activeProfile, exportProfile, type ManagedProfileState } from '../core/organisation/apply';
import type { OrganisationProfile } from '../core/organisation/types';
import { organisationStrings } from '../core/organisation/ui-strings';
import { OrganisationCard } from './organisation-card';
import { OrganisationErrors } from './organisation-errors';
import { OrganisationImport } from './organisation-import';

export interface OrganisationSettingsProps {
  readonly language: UiLanguage;
  readonly managed: ManagedProfileState;
  readonly imported: OrganisationProfile | null;
  readonly currentSettings: Settings;
  readonly onApply: (profile: OrganisationProfile) => Promise<void>;
  readonly onRemove: () => Promise<void>;
}

export const EXPORT_FILE_NAME = 'repere-ia-sante-profil.json';

export function OrganisationSettings(props: OrganisationSettingsProps) {
  const { language, managed, imported, currentSettings } = props;
  const t = organisationStrings(language);
  const active = activeProfile(managed, imported);
  const [removed, setRemoved] = useState(false);

  function download() {
    const content = exportProfile(active.profile, currentSettings, t('exportFallbackName'));
    const blob = new Blob([`${JSON.stringify(content, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    // Firefox only starts the download for a link that is in the document.
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: the download may not have started when click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <section className="organisation-settings" data-testid="organisation-settings" aria-labelledby="organisation-title">
      <h2 id="organisation-title">{t('sectionTitle')}</h2>
      <p>{t('sectionIntro')}</p>

      {active.source === 'managed' && (
        <div data-testid="organisation-managed">
          <p className="organisation-managed-notice">{t('managedNotice')}</p>
          {imported && <p>{t('managedHidesImported', imported.name)}</p>}
        </div>
      )}
      {managed.status === 'invalid' && (
        <div className="organisation-refused" role="alert" data-testid="organisation-managed-invalid">
          <p>{t('managedInvalid')}</p>
          <OrganisationErrors errors={managed.errors} wholeFileLabel={t('wholeFile')} />
        </div>
      )}
      {active.source === 'none' && <p data-testid="organisation-none">{t('noProfile')}</p>}
      {active.source === 'imported' && <p>{t('currentImported', active.profile.name)}</p>}
      {active.profile && <OrganisationCard profile={active.profile} language={language} headingLevel={3} />}

      {active.source === 'imported' && (
        <p>
          <button
            type="button"
            data-testid="organisation-remove"
            onClick={() => void props.onRemove().then(() => setRemoved(true))}
          >
            {t('remove')}
          </button>
        </p>
      )}
      {removed && active.source === 'none' && <p role="status">{t('removed')}</p>}

      {active.source !== 'managed' && (
        <OrganisationImport language={language} currentSettings={currentSettings} onApply={props.onApply} />
      )}

      <h3>{t('exportTitle')}</h3>
      <p>{t('exportHelp')}</p>
      <button type="button" data-testid="organisation-export" onClick={download}>
        {t('exportButton')}
      </button>
    </section>
  );
}
