/**
 * The thin slice, end to end: content script → background → the real side panel, in real Chromium
 * with the built extension, and nothing leaving the browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../scripts/extension-identity';
import { launchExtension, type ExtensionUnderTest } from './harness';

const CHAT_URL = 'https://chatgpt.com/c/foundation-test';
const CHAT_PAGE =
  '<!doctype html><html lang="fr"><head><title>ChatGPT</title></head><body><main>Bonjour</main></body></html>';
const OTHER_URL = 'https://example.org/article';
const OTHER_PAGE = '<!doctype html><html><head><title>Article</title></head><body><p>Rien à voir.</p></body></html>';

let ext: ExtensionUnderTest | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('foundation slice', () => {
  it('loads the extension with its fixed id', async () => {
    ext = await launchExtension();
    expect(ext.extensionId).toBe(CHROME_EXTENSION_ID);
  });

  it('announces a chatbot page to the background; the side panel follows the active tab', async () => {
    ext = await launchExtension({ pages: { [CHAT_URL]: CHAT_PAGE, [OTHER_URL]: OTHER_PAGE }, sidePanel: true });
    const extension = ext;
    const other = await extension.openPage(OTHER_URL);
    const chat = await extension.openPage(CHAT_URL);

    // The content script announced itself: the background keeps the site for that tab, in memory.
    await expect.poll(() => extension.trackedTabIds(), { timeout: 10_000 }).toHaveLength(1);
    expect(Object.values(await extension.storage('session'))).toContainEqual(
      expect.objectContaining({ site: 'chatgpt' }),
    );

    const panel = await extension.openSidePanel();
    const status = panel.getByTestId('site-status');
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toBe('page de chatbot prise en charge : ChatGPT');

    await other.bringToFront();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('pas une page de chatbot');

    await chat.bringToFront();
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toBe('page de chatbot prise en charge : ChatGPT');

    // Closing the tab drops its state: nothing about the conversation outlives the tab.
    await chat.close();
    await expect.poll(() => extension.trackedTabIds(), { timeout: 10_000 }).toEqual([]);
  });
});
