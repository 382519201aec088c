/**
 * The engine and site readers the content script runs on (one place to swap them).
 * TEMPORARY (2026-11-28): engine/index.ts and sites/registry.ts are being written; until they land,
 * analysis is limited to personal data and only a reader that finds nothing is available.
 */
import { findPii } from '../../engine/pii/index';
import type { SiteAdapter } from '../../sites/types';
import { EMPTY_ANALYSIS, type AnalyzeFn } from './turn-analyzer';

export { findPii };

export const analyze: AnalyzeFn = ({ text }) => ({ ...EMPTY_ANALYSIS, pii: findPii(text) });

export const GENERIC_ADAPTER: SiteAdapter = {
  id: 'generic',
  isConversationPage: () => false,
  observeRoot: (doc) => doc.body,
  readTurns: () => [],
  composer: () => null,
  conversationId: () => null,
};

export function adapterForUrl(_url: URL | string): SiteAdapter | null {
  return null;
}
