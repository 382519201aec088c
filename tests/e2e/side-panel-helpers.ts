/**
 * Helpers for the side-panel and accessibility e2e tests and scripts/screenshots.ts: a tab with a
 * seeded TabState (so the panel can be shown in every state without depending on the engine), the
 * settings, and axe-core.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TabState } from '../../core/protocol';
import type { Settings } from '../../core/settings';
import type { ExtensionUnderTest } from '../../scripts/extension-session';

declare const chrome: {
  storage: Record<'local' | 'session', { set(items: Record<string, unknown>): Promise<void> }>;
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};

export const ARTICLE_URL = 'https://example.org/sante/article';
export const ARTICLE_PAGE =
  '<!doctype html><html lang="fr"><head><title>Article santé</title></head><body><main><h1>Article</h1><p>Texte.</p></main></body></html>';

/** A conversation with everything the current-tab view can show. */
export const RICH_STATE: TabState = {
  site: 'chatgpt',
  readerStatus: 'degraded',
  conversationId: 'demo',
  health: true,
  topics: ['medication', 'mental_health'],
  redFlags: [{ category: 'cardiac', evidence: 'une douleur dans la poitrine qui serre', source: 'user' }],
  checks: ['verify_dosage', 'no_source', 'missed_emergency'],
  missedEmergency: true,
  piiCounts: { email: 1, phone: 1 },
};

/** Opens the article page and returns its tab id (the panel is pinned to it with ?tabId=). */
export async function openSeededTab(ext: ExtensionUnderTest, state: TabState | null): Promise<number> {
  await ext.openPage(ARTICLE_URL);
  // No "tabs" permission, so tabs can't be queried by URL: the page just opened is the active tab.
  const tabs = await ext.serviceWorker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const tabId = tabs[0]?.id;
  if (tabId === undefined) throw new Error('article tab not found');
  if (state)
    await ext.serviceWorker.evaluate(([key, value]) => chrome.storage.session.set({ [key]: value }), [
      `tab:${tabId}`,
      state,
    ] as const);
  return tabId;
}

/**
 * Writes the settings item. Partial on purpose: the pages normalise it (missing fields take their
 * defaults), and importing core/settings here would start @wxt-dev/storage outside a browser.
 */
export async function setSettings(ext: ExtensionUnderTest, settings: Partial<Settings>): Promise<void> {
  await ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

const AXE_SOURCE = readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA + best practices) in the page and returns the serious and critical
 * violations. The source is evaluated through DevTools, which the extension pages' CSP does not block.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Readable failure message: rule, help and the first offending nodes. */
export function describeViolations(where: string, violations: readonly AxeViolation[]): string {
  return `${where}: ${violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} → ${violation.targets.slice(0, 3).join(', ')}`,
    )
    .join('\n')}`;
}
