import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { RED_FLAG_CATEGORIES, type RedFlagCategory } from '../../engine/types';

/**
 * storage.session key the background writes when the in-page alert's "Voir la liste de vérification"
 * asks for the panel: `{ checklist?: RedFlagCategory, at: number }`. The panel reads it on open and
 * whenever it changes, then navigates to that checklist.
 */
export const PANEL_REQUEST_KEY = 'panel:request';

export interface PanelRequest {
  readonly checklist?: RedFlagCategory;
  readonly at: number;
}

function isPanelRequest(value: unknown): value is PanelRequest {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { checklist?: unknown; at?: unknown };
  return (
    typeof candidate.at === 'number' &&
    (candidate.checklist === undefined || RED_FLAG_CATEGORIES.includes(candidate.checklist as RedFlagCategory))
  );
}

/** Requests older than this are ignored when the panel opens (an old click must not move the panel). */
const FRESH_MS = 30_000;

export function usePanelRequest(onRequest: (request: PanelRequest) => void): void {
  useEffect(() => {
    let disposed = false;
    void browser.storage.session.get(PANEL_REQUEST_KEY).then((stored) => {
      const request = stored[PANEL_REQUEST_KEY];
      if (!disposed && isPanelRequest(request) && Date.now() - request.at < FRESH_MS) onRequest(request);
    });
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const request = changes[PANEL_REQUEST_KEY]?.newValue;
      if (area === 'session' && isPanelRequest(request)) onRequest(request);
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onStorage);
    };
    // The callback only navigates; registering once is enough.
  }, []);
}
