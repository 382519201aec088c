/**
 * Background: routes messages, keeps per-tab findings in memory, opens the side panel.
 *
 * Per-tab state lives in storage.session (memory only, survives service-worker restarts, never written
 * to disk) and is dropped when the tab closes.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { emptyTabState, isToBackground, tabStateKey, type TabState } from '../core/protocol';

/** Firefox's sidebar API, absent from Chrome's types. */
interface SidebarActionApi {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
  openPanelFromToolbar();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isToBackground(message) || tabId === undefined) return;
    if (message.type === 'announce') void saveTabState(tabId, emptyTabState(message.site));
    if (message.type === 'findings') void saveTabState(tabId, message.state);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabStateKey(tabId));
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
});

function saveTabState(tabId: number, state: TabState): Promise<void> {
  return browser.storage.session.set({ [tabStateKey(tabId)]: state });
}

function openPanelFromToolbar(): void {
  if (browser.sidePanel) {
    // Chrome/Edge: the toolbar button opens the side panel without a popup.
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  // Firefox: the toolbar button toggles the sidebar (toggle() must run inside the click handler).
  const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  const button = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  button?.onClicked.addListener(() => void sidebar?.toggle());
}
