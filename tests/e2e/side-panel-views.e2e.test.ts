/**
 * The side panel's views and settings in real Chromium: hash navigation, the background's panel
 * request, "Vérifier une réponse" with the real engine, settings applied live, "Tout effacer".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionUnderTest } from './harness';
import { ARTICLE_PAGE, ARTICLE_URL, openSeededTab, RICH_STATE, setSettings } from './side-panel-helpers';

declare const chrome: { storage: { session: { set(items: Record<string, unknown>): Promise<void> } } };

let ext: ExtensionUnderTest;
let tabId: number;

beforeAll(async () => {
  ext = await launchExtension({ pages: { [ARTICLE_URL]: ARTICLE_PAGE } });
  tabId = await openSeededTab(ext, RICH_STATE);
});
afterAll(async () => {
  await ext.close();
});

describe('side panel views', () => {
  it('keeps the status line, and links sections of the guidance sheet', async () => {
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('emergency-card').first().waitFor();
    expect(await panel.getByTestId('site-status').textContent()).toBe('page de chatbot prise en charge : ChatGPT');
    await panel.locator('nav a[data-view="sheet"]').click();
    const sectionLink = panel.locator('a.section-link').nth(2);
    const href = await sectionLink.getAttribute('href');
    expect(href).toMatch(/^#sheet\/[a-z-]+$/);
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}${href}`);
    const target = panel.locator(`#sheet-${href!.split('/')[1]}`);
    await expect.poll(() => target.evaluate((node) => node === document.activeElement)).toBe(true);
    await panel.close();
  });

  it('opens the checklist the background asks for (in-page "Voir la liste de vérification")', async () => {
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('site-status').waitFor();
    await ext.serviceWorker.evaluate((request) => chrome.storage.session.set({ 'panel:request': request }), {
      tabId,
      checklist: 'stroke',
      at: Date.now(),
    });
    await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#checklists/stroke');
    const checklist = panel.locator('#checklist-stroke');
    await expect.poll(() => checklist.evaluate((node) => node === document.activeElement)).toBe(true);
    await panel.close();
  });

  it('checks a pasted answer with the real engine', async () => {
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}#verify`);
    await panel
      .getByTestId('verify-input')
      .fill('Prenez 2 comprimés de 1000 mg de paracétamol toutes les 3 heures, sans aucun risque.');
    await panel.getByTestId('verify-submit').click();
    const result = panel.getByTestId('verify-result');
    await result.locator('[data-check], p').first().waitFor({ timeout: 10_000 });
    expect(await result.locator('[data-check="verify_dosage"]').count()).toBe(1);
    // Nothing pasted is kept: not in local storage, not in session storage.
    const stored = JSON.stringify([await ext.storage('local'), await ext.storage('session')]);
    expect(stored).not.toContain('paracétamol');
    await panel.close();
  });

  it('builds the doctor-questions list from the conversation, in memory only', async () => {
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}#questions`);
    const items = panel.locator('.questions__list li textarea');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    await items.first().fill('Ma question à moi');
    const stored = JSON.stringify([await ext.storage('local'), await ext.storage('session')]);
    expect(stored).not.toContain('Ma question à moi');
    await panel.close();
  });

  it('applies the settings live: language, easy-to-read, theme and text size', async () => {
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('site-status').waitFor();
    await setSettings(ext, { language: 'en', theme: 'dark', textSize: 'larger' });
    await expect.poll(() => panel.getByTestId('site-status').textContent()).toBe('supported chatbot page: ChatGPT');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await panel.evaluate(() => document.documentElement.className)).toBe('text-larger theme-dark');
    await setSettings(ext, { language: 'fr', easyToRead: true });
    await expect.poll(() => panel.locator('.side-panel').getAttribute('data-version')).toBe('fr-easy');
    // Easy-to-read changes the panel's own labels too (locales/easy-to-read/fr.json), not only the content.
    expect(await panel.locator('nav a[data-view="verify"]').textContent()).toBe('Tester une réponse');
    await setSettings(ext, { language: 'fr', easyToRead: false });
    await expect.poll(() => panel.locator('nav a[data-view="verify"]').textContent()).toBe('Vérifier une réponse');
    await setSettings(ext, {});
    await panel.close();
  });

  it('the options page saves settings and "Tout effacer" removes everything stored', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.getByTestId('setting-easy-to-read').check();
    await expect
      .poll(async () => ((await ext.storage('local')).settings as { easyToRead?: boolean } | undefined)?.easyToRead)
      .toBe(true);
    await options.getByTestId('site-claude').uncheck();
    await expect
      .poll(async () => ((await ext.storage('local')).settings as { disabledSites?: string[] }).disabledSites)
      .toEqual(['claude']);
    await options.getByTestId('clear-all').click();
    await options.getByTestId('clear-confirm').click();
    await expect.poll(async () => Object.keys(await ext.storage('local'))).toEqual([]);
    expect(Object.keys(await ext.storage('session'))).toEqual([]);
    await options.close();
  });

  it('"Analyser cette page" without the toolbar click says how to allow it (activeTab)', async () => {
    const id = await openSeededTab(ext, null);
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${id}`);
    await panel.getByTestId('analyse-page').click();
    await panel.getByTestId('analyse-failed').waitFor({ timeout: 10_000 });
    await panel.close();
  });

  it('works with the keyboard: skip link first, then the views, with a visible focus', async () => {
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.locator('main[aria-busy="false"]').waitFor();
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await panel.keyboard.press('Enter');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('main');
    await panel.focus('nav a[data-view="numbers"]');
    const outline = await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#numbers');
    await panel.close();
  });

  it('reflows at 320 CSS px wide (200 % zoom of a 640 px panel): no horizontal scrolling', async () => {
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 320, height: 640 });
    for (const view of ['current', 'sheet', 'checklists', 'numbers', 'verify', 'questions']) {
      await panel.evaluate((hash) => (location.hash = hash), `#${view}`);
      await panel.locator(`nav a[data-view="${view}"][aria-current="page"]`).waitFor();
      await panel.locator('main[aria-busy="false"]').waitFor();
      const overflow = await panel.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `#${view} scrolls horizontally by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await panel.close();
  });
});
