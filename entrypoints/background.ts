/**
 * Background: analyses the chatbot tabs' conversations, keeps per-tab findings, opens the side panel.
 *
 * Content scripts send the turns they read (`turns` messages, over one port per tab); the engine runs
 * here, per tab, in this worker's memory (docs/decisions.md §9). The same port brings the prompt being typed
 * (`pii` messages): the privacy reader answers with what it found, and the prompt is not kept. The tab's state — ids, counts, short
 * excerpts — goes to storage.session (memory only, survives worker restarts, never written to disk) for
 * the side panel.
 * Both are dropped when the tab closes; a new conversation in the tab replaces them entirely.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createTabConversations } from '../core/conversation/tab-conversations';
import { analyze } from '../engine/index';
import { findPii } from '../engine/pii/index';
import {
  emptyTabState,
  isToBackground,
  PANEL_REQUEST_KEY,
  sanitizeTabState,
  tabStateKey,
  type OpenPanelMessage,
  type PanelRequest,
  type TabState,
} from '../core/protocol';
import { syncManagedProfileDefaults } from '../core/organisation/storage';
import { ENGINE_PORT_NAME, serveEnginePort } from '../core/engine-port';

/** Firefox's sidebar API, absent from Chrome's types. */
interface SidebarActionApi {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

export default defineBackground(() => {
  openPanelFromToolbar();

  // An organisation profile set by enterprise policy applies its default settings at start-up and
  // whenever the policy changes, before any of our pages is opened.
  const applyManagedDefaults = () => void syncManagedProfileDefaults().catch(() => undefined);
  applyManagedDefaults();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') applyManagedDefaults();
  });

  // The engine runs here, once per browser and off the pages' main threads. Conversations stay in
  // this memory only, per tab, until the tab closes or shows another conversation. Personal data in the turns is
  // not looked for: nothing uses it (the privacy guard reads the prompt being typed, through `findPii` below).
  const conversations = createTabConversations((input) => analyze({ ...input, personalData: false }));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isToBackground(message) || tabId === undefined) return;
    if (message.type === 'announce') {
      conversations.drop(tabId);
      void saveTabState(tabId, emptyTabState(message.site));
      warmEngine();
    }
    if (message.type === 'open-panel') openPanel(tabId, message);
  });

  // Each chatbot tab's content script sends its turns, and the prompt being typed, over a port of its own
  // (core/engine-port.ts). The prompt is read for personal data and forgotten: it is not part of the tab's memory.
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== ENGINE_PORT_NAME || tabId === undefined) return;
    serveEnginePort(port, {
      turns: (message) => {
        const { reply, state } = conversations.receive(tabId, message);
        if (state) void saveTabState(tabId, sanitizeTabState(state));
        return reply;
      },
      pii: (text) => ({ pii: findPii(text) }),
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    conversations.drop(tabId);
    void browser.storage.session.remove(tabStateKey(tabId));
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
});

/**
 * A content script announced itself: its first turns follow within a few frames. The engine's first call
 * builds the lexicon paths it visits and runs cold code (≈ 80 ms); done now, on a fixed sentence, that cost
 * is paid while the page is still being read rather than before the first alert. Once per worker.
 */
let warmed = false;
function warmEngine(): void {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    try {
      analyze({ text: WARM_UP_TEXT });
      analyze({ text: WARM_UP_TEXT_EN });
    } catch {
      // Only a head start: the first real message pays the cost instead.
    }
  }, 0);
}

const WARM_UP_TEXT =
  "Ma mère de 70 ans a mal à la poitrine depuis ce matin, elle n'arrive plus à respirer. Faut-il appeler le 15 ?";
const WARM_UP_TEXT_EN =
  "My son has a fever and a rash that doesn't fade, and he can't breathe well. Should I call 112?";

function saveTabState(tabId: number, state: TabState): Promise<void> {
  return browser.storage.session.set({ [tabStateKey(tabId)]: state }).catch(() => undefined);
}

/**
 * Opens the side panel for the tab, then records what to show. open() is called first and
 * synchronously: Chrome keeps the page's user gesture (the click on the in-page button) only until the
 * first await.
 */
function openPanel(tabId: number, message: OpenPanelMessage): void {
  const request: PanelRequest = {
    tabId,
    at: Date.now(),
    ...(message.checklist ? { checklist: message.checklist } : {}),
  };
  try {
    if (browser.sidePanel) {
      // With a tabId and no tab-specific panel, Chrome opens the global panel in that tab's window.
      browser.sidePanel.open({ tabId }).catch(() => undefined);
    } else {
      const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
      sidebar?.open().catch(() => undefined);
    }
  } catch {
    // No gesture or no panel API: the request below still waits for the user to open the panel.
  }
  void browser.storage.session.set({ [PANEL_REQUEST_KEY]: request }).catch(() => undefined);
}

function openPanelFromToolbar(): void {
  const button = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (browser.sidePanel) {
    // Chrome/Edge: the click opens the side panel from our own handler, not through
    // setPanelBehavior({ openPanelOnActionClick }): that shortcut opens the panel without granting
    // activeTab, and "Analyser cette page" then cannot read the tab the user clicked on. A handled
    // click grants it; open() is called first, while the click's user gesture still counts.
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
    button?.onClicked.addListener((tab) => {
      if (tab.id === undefined) return;
      browser.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    });
    return;
  }
  // Firefox: the toolbar button toggles the sidebar (toggle() must run inside the click handler).
  const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  button?.onClicked.addListener(() => void sidebar?.toggle());
}
