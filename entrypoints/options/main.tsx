import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SettingsForm } from '../../components/settings-form';
import { clearContentVersionHint } from '../sidepanel/content-version-hint';
import { useSettings } from '../sidepanel/use-settings';
import { OrganisationImportSlot } from './organisation-slot';
import '../sidepanel/style.css';

/**
 * "Tout effacer": settings, organisation profile (storage.local), per-tab memory (storage.session) and the
 * panel's content-version hint (localStorage).
 */
async function clearEverything(): Promise<void> {
  clearContentVersionHint();
  await Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]);
}

function OptionsPage() {
  const { settings, t, update, language, loaded } = useSettings();
  return (
    <SettingsForm
      settings={settings}
      onChange={update}
      t={t}
      onClearAll={clearEverything}
      organisation={<OrganisationImportSlot settings={settings} language={language} loaded={loaded} />}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage />
  </StrictMode>,
);
