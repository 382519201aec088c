import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Onboarding } from '../../components/onboarding';
import { useSettings } from '../sidepanel/use-settings';
import '../sidepanel/style.css';

/** Opens the side panel from this page's button (a user gesture, as Chrome requires). */
async function openSidePanel(): Promise<void> {
  if (browser.sidePanel) {
    const window = await browser.windows.getCurrent();
    if (window.id !== undefined) await browser.sidePanel.open({ windowId: window.id });
    return;
  }
  await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
}

function OnboardingPage() {
  const { t } = useSettings();
  return (
    <Onboarding
      t={t}
      onOpenSidePanel={() => void openSidePanel()}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OnboardingPage />
  </StrictMode>,
);
