import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { PANEL_REQUEST_KEY, type PanelRequest } from '../../core/protocol';
import { RED_FLAG_CATEGORIES, type RedFlagCategory } from '../../engine/types';

/** Requests older than this are ignored when the panel opens: an old click must not move the panel. */
const FRESH_MS = 30_000;

export function isPanelRequest(value: unknown): value is PanelRequest {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { checklist?: unknown; at?: unknown; tabId?: unknown };
  return (
    typeof candidate.at === 'number' &&
    typeof candidate.tabId === 'number' &&
    (candidate.checklist === undefined || RED_FLAG_CATEGORIES.includes(candidate.checklist as RedFlagCategory))
  );
}

/**
 * The in-page "Voir la liste de vérification" / "Conseils pour vérifier cette réponse": the background
 * writes a PanelRequest to storage.session (core/protocol.ts) and opens the panel. The panel reads it
 * when it opens (if recent) and whenever it changes. A panel pinned to another tab (?tabId=) ignores it.
 */
export function usePanelRequest(pinnedTabId: number | undefined, onRequest: (request: PanelRequest) => void): void {
  useEffect(() => {
    let disposed = false;
    const accept = (request: PanelRequest) => pinnedTabId === undefined || request.tabId === pinnedTabId;
    // Consumed once shown, so reopening the panel later starts from the current tab again.
    const handle = (request: PanelRequest) => {
      onRequest(request);
      void browser.storage.session.remove(PANEL_REQUEST_KEY);
    };
    void browser.storage.session.get(PANEL_REQUEST_KEY).then((stored) => {
      const request = stored[PANEL_REQUEST_KEY];
      if (!disposed && isPanelRequest(request) && accept(request) && Date.now() - request.at < FRESH_MS) {
        handle(request);
      }
    });
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const request = changes[PANEL_REQUEST_KEY]?.newValue;
      if (area === 'session' && isPanelRequest(request) && accept(request)) handle(request);
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [pinnedTabId]);
}
