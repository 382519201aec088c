import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SettingsForm } from '../../components/settings-form';
import { useSettings } from '../sidepanel/use-settings';
import { OrganisationImportSlot } from './organisation-slot';
import '../sidepanel/style.css';

/** "Tout effacer": settings, organisation profile (storage.local) and per-tab memory (storage.session). */
async function clearEverything(): Promise<void> {
  await Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]);
}

function OptionsPage() {
  const { settings, t, update } = useSettings();
  return (
    <SettingsForm
      settings={settings}
      onChange={update}
      t={t}
      onClearAll={clearEverything}
      organisation={<OrganisationImportSlot />}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage />
  </StrictMode>,
);
