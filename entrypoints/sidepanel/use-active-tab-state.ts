import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tabStateKey, type TabState } from '../../core/protocol';

/**
 * The background's state for the active tab of this window: undefined while loading, null when the
 * tab has no supported chatbot page. Follows tab switches and live updates.
 */
export function useActiveTabState(): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);

  useEffect(() => {
    let activeTabId: number | undefined;
    let disposed = false;

    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      activeTabId = tab?.id;
      if (activeTabId === undefined) return setState(null);
      const key = tabStateKey(activeTabId);
      const stored = await browser.storage.session.get(key);
      if (!disposed) setState((stored[key] as TabState | undefined) ?? null);
    };

    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && activeTabId !== undefined && tabStateKey(activeTabId) in changes) void refresh();
    };
    const onActivated = () => void refresh();

    void refresh();
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);

  return state;
}
