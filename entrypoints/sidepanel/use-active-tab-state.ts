import { useEffect, useState } from 'react';
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

/** The background's state for the shown tab, with live updates. */
export function useActiveTabState(): ActiveTab {
  const [active, setActive] = useState<ActiveTab>({ state: undefined, tabId: undefined });

  useEffect(() => {
    const pinned = pinnedTabId(location.search);
    let tabId: number | undefined = pinned;
    let disposed = false;
    // Refreshes overlap (a tab switch while the first read is in flight): only the latest may win,
    // or a slow read of the previous tab would overwrite the new one.
    let latest = 0;

    const refresh = async () => {
      const mine = ++latest;
      let id = pinned;
      if (id === undefined) {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        id = tab?.id;
      }
      if (mine !== latest || disposed) return;
      tabId = id;
      if (id === undefined) {
        setActive({ state: null, tabId: undefined });
        return;
      }
      const key = tabStateKey(id);
      const stored = await browser.storage.session.get(key);
      if (mine === latest && !disposed) setActive({ state: (stored[key] as TabState | undefined) ?? null, tabId: id });
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
      if (removedId === tabId) void refresh();
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
