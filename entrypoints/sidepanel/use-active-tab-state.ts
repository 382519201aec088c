import { useLayoutEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tabStateKey, type TabState } from '../../core/protocol';

/**
 * The tab this panel shows: `?tabId=<n>` pins one (used by the e2e tests, the demo and "open in a tab",
 * because an extension page opened as a tab is itself the active tab); otherwise the active tab of
 * this window, following tab switches.
 */
export function pinnedTabId(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

export interface ActiveTab {
  /** undefined while loading, null when the tab has no supported chatbot page. */
  readonly state: TabState | null | undefined;
  readonly tabId: number | undefined;
}

/** Which tab to show (the pinned one, else the active tab of this window) and the background's state for it. */
async function readShownTab(pinned: number | undefined): Promise<ActiveTab> {
  let id = pinned;
  if (id === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    id = tab?.id;
  }
  if (id === undefined) return { state: null, tabId: undefined };
  const key = tabStateKey(id);
  const stored = await browser.storage.session.get(key);
  return { state: (stored[key] as TabState | undefined) ?? null, tabId: id };
}

interface ShownTabRead {
  readonly shown: ActiveTab;
  /** A tab's state changed while this read was in flight, before the hook's listeners existed: read again. */
  readonly stale: boolean;
}

/**
 * The first read starts as soon as this module is evaluated (with the settings read, use-settings.ts), not in an
 * effect after the first render: the panel's content waits for it. Changes to the session storage until it
 * answers are noted, so the hook reads again instead of missing one.
 */
function startEarlyRead(): Promise<ShownTabRead> {
  let changed = false;
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'session') changed = true;
  };
  // A tab switched or closed while the read was in flight (the panel opened from another tab that then
  // closes, as the onboarding page does) makes the answer stale too.
  const onTabs = () => {
    changed = true;
  };
  browser.storage.onChanged.addListener(onChanged);
  browser.tabs.onActivated.addListener(onTabs);
  browser.tabs.onRemoved.addListener(onTabs);
  const settle = () => {
    browser.storage.onChanged.removeListener(onChanged);
    browser.tabs.onActivated.removeListener(onTabs);
    browser.tabs.onRemoved.removeListener(onTabs);
  };
  const read = readShownTab(pinnedTabId(location.search)).then(
    (shown) => {
      settle();
      return { shown, stale: changed };
    },
    (error: unknown) => {
      settle();
      throw error;
    },
  );
  read.catch(() => undefined);
  return read;
}

let earlyRead: Promise<ShownTabRead> | undefined = startEarlyRead();

/** Only the first refresh uses the early read; a later one must not get a value older than its own listeners. */
function readShownTabOnce(pinned: number | undefined): Promise<ShownTabRead> {
  const read = earlyRead ?? readShownTab(pinned).then((shown) => ({ shown, stale: false }));
  earlyRead = undefined;
  return read;
}

/** The background's state for the shown tab, with live updates. */
export function useActiveTabState(): ActiveTab {
  const [active, setActive] = useState<ActiveTab>({ state: undefined, tabId: undefined });

  // A layout effect, as in use-settings.ts: the first content waits for this read.
  useLayoutEffect(() => {
    const pinned = pinnedTabId(location.search);
    let tabId: number | undefined = pinned;
    let disposed = false;
    // Refreshes overlap (a tab switch while the first read is in flight): only the latest may win,
    // or a slow read of the previous tab would overwrite the new one.
    let latest = 0;

    const refresh = async () => {
      const mine = ++latest;
      const { shown, stale } = await readShownTabOnce(pinned);
      if (mine !== latest || disposed) return;
      tabId = shown.tabId;
      setActive(shown);
      if (stale) void refresh();
    };

    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabId !== undefined && tabStateKey(tabId) in changes) void refresh();
    };
    const onActivated = () => void refresh();
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId === tabId && change.status === 'complete') void refresh();
    };
    // Closing the shown tab activates another one; don't rely on onActivated alone for that.
    const onRemoved = (removedId: number) => {
      // Before the first read answers, tabId is unknown: any closed tab may have been the shown one.
      if (removedId === tabId || tabId === undefined) void refresh();
    };

    void refresh();
    browser.storage.onChanged.addListener(onStorage);
    if (pinned === undefined) {
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
    }
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, []);

  return active;
}
