/**
 * "Voir la liste de vérification" and the health indicator open the real side panel: the click in the
 * page is a user gesture, the background calls sidePanel.open() first thing in its message handler
 * (Chrome keeps the gesture across the message), and records which checklist to show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_REQUEST_KEY, type PanelRequest } from '../../core/protocol';
import { readFixture } from './fixtures';
import { launchExtension, type ExtensionUnderTest } from './harness';

declare const chrome: {
  runtime: { getContexts(filter: object): Promise<{ contextType: string }[]> };
  storage: {
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
};

/** Where the service worker keeps the panel requests it saw written (read by the test below). */
declare const globalThis: { panelRequestsSeen?: unknown[] };

const redFlag = readFixture('chatgpt', 'red-flag');
let ext: ExtensionUnderTest | undefined;

beforeAll(async () => {
  ext = await launchExtension({ pages: { [redFlag.url]: redFlag.html } });
});
afterAll(async () => {
  await ext?.close();
});

describe('opening the side panel from the page', () => {
  it('"Voir la liste de vérification" opens the side panel on the checklist of the alert', async () => {
    const extension = ext!;
    const page = await extension.openPage(redFlag.url);
    const button = page.locator('#repere-ia-sante-root button', { hasText: 'Voir la liste de vérification' });
    await button.waitFor({ timeout: 10_000 });
    const panels = () =>
      extension.serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((context) => context.contextType),
      );
    expect(await panels()).toEqual([]);
    // The panel consumes the request once shown (it may do so before the test could read storage): record every
    // request written instead of reading what is left.
    await extension.serviceWorker.evaluate((key) => {
      globalThis.panelRequestsSeen = [];
      chrome.storage.onChanged.addListener((changes, area) => {
        const value = changes[key]?.newValue;
        if (area === 'session' && value !== undefined) globalThis.panelRequestsSeen?.push(value);
      });
    }, PANEL_REQUEST_KEY);
    await button.click();
    await expect.poll(panels, { timeout: 10_000 }).toEqual(['SIDE_PANEL']);
    const seen = () => extension.serviceWorker.evaluate(() => globalThis.panelRequestsSeen ?? []);
    await expect.poll(async () => (await seen()).length, { timeout: 10_000 }).toBe(1);
    const request = ((await seen()) as PanelRequest[])[0];
    expect(request).toMatchObject({ checklist: 'cardiac' });
    expect(typeof request?.tabId).toBe('number');
  });
});
