import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Onboarding } from '../../components/onboarding';
import { pickUiLanguage, translator } from '../../core/i18n';
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

const t = translator(pickUiLanguage(navigator.languages));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Onboarding
      t={t}
      onOpenSidePanel={() => void openSidePanel()}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  </StrictMode>,
);
