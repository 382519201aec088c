/**
 * Issue 5, end to end: a red-flag conversation in a chatbot fixture → the side panel shows the
 * emergency card first, with the right number (15 for a chest pain), then the matching checklist.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readFixture } from './fixtures';
import { launchExtension, type ExtensionUnderTest } from './harness';

let ext: ExtensionUnderTest | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** data-testid of the blocks of the current-tab view, in document order. */
function blockOrder(panel: Page): Promise<string[]> {
  return panel.$$eval('[data-testid="current-tab"] [data-testid]', (nodes) =>
    nodes.map((node) => node.getAttribute('data-testid') ?? ''),
  );
}

describe('side panel on a red-flag conversation', () => {
  it('shows the emergency card first with a labelled tel:15 link, then the cardiac checklist', async () => {
    const fixture = readFixture('chatgpt', 'red-flag');
    ext = await launchExtension({ pages: { [fixture.url]: fixture.html } });
    const extension = ext;
    await extension.openPage(fixture.url);
    await expect.poll(() => extension.trackedTabIds(), { timeout: 15_000 }).toHaveLength(1);
    const [tabId] = await extension.trackedTabIds();
    // The content script fills the tab's red flags once it has read the conversation.
    await expect
      .poll(
        async () =>
          ((await extension.storage('session'))[`tab:${tabId}`] as { redFlags?: unknown[] } | undefined)?.redFlags
            ?.length ?? 0,
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);

    const panel = await extension.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const card = panel.getByTestId('emergency-card').first();
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getAttribute('data-category')).toBe('cardiac');
    const call = card.locator('a[href="tel:15"]');
    expect(await call.count()).toBe(1);
    expect(await call.getAttribute('aria-label')).toMatch(/15/);
    expect(await card.locator('a[href^="sms:114"]').count()).toBe(1);

    const order = await blockOrder(panel);
    const firstFinding = order.find((id) => !['site-status', 'reader-degraded', 'missed-emergency'].includes(id));
    expect(firstFinding).toBe('emergency-card');
    expect(order.indexOf('checklist')).toBeGreaterThan(order.indexOf('emergency-card'));
    expect(await panel.getByTestId('site-status').textContent()).toBe('page de chatbot prise en charge : ChatGPT');

    // Ticking a sign tells the user to call now, with the number.
    const checklist = panel.locator('[data-testid="checklist"][data-category="cardiac"]');
    await checklist.locator('input[type="checkbox"]').first().check();
    const alert = checklist.getByTestId('checklist-alert');
    await alert.waitFor();
    expect(await alert.locator('a[href="tel:15"]').count()).toBe(1);
  });

  it('shows the same in the real side panel', async () => {
    const fixture = readFixture('chatgpt', 'red-flag');
    ext = await launchExtension({ pages: { [fixture.url]: fixture.html }, sidePanel: true });
    const extension = ext;
    const chat = await extension.openPage(fixture.url);
    await expect.poll(() => extension.trackedTabIds(), { timeout: 15_000 }).toHaveLength(1);
    const panel = await extension.openSidePanel();
    // The install-time onboarding tab may be the one openSidePanel() brings back: show the chat.
    await chat.bringToFront();
    const card = panel.getByTestId('emergency-card').first();
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getAttribute('data-category')).toBe('cardiac');
    expect(await card.locator('a[href="tel:15"]').count()).toBe(1);
  });
});
