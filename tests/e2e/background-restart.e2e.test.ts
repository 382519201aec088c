/**
 * The analysis runs in the background's memory (decision 10). Chrome stops an idle service worker
 * after 30 s and forgets that memory: the next message names a conversation the new worker does not
 * know, it asks for everything, and the content script sends every turn again. Real Chromium, real
 * extension, the worker really stopped (DevTools), the network guard on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../core/protocol';
import { CONVERSATIONS, type Message } from '../fixtures/conversations';
import { SITE_PAGES } from '../fixtures/site-pages';
import { morphBody, pageHtml } from './chatbot-suite';
import { launchExtension, type ExtensionUnderTest } from './harness';

const POLL = { timeout: 10_000 } as const;
const chestPain = CONVERSATIONS['red-flag'];
const url = SITE_PAGES.chatgpt.url('conversation');
const overdose: Message = {
  role: 'user',
  lines: ['Et ma sœur vient d’avaler toute sa boîte de somnifères exprès, elle ne répond plus bien.'],
};

let extension: ExtensionUnderTest | undefined;

async function tabState(): Promise<TabState | undefined> {
  const session = await extension!.storage('session');
  const key = Object.keys(session).find((name) => name.startsWith('tab:'));
  return key ? (session[key] as TabState) : undefined;
}

const categories = async () => ((await tabState())?.redFlags ?? []).map((flag) => flag.category).sort();

beforeAll(async () => {
  extension = await launchExtension({
    sidePanel: true,
    pages: { [url]: pageHtml('chatgpt', chestPain, 'conversation') },
  });
});

afterAll(async () => {
  await extension?.close(); // throws if any request tried to leave the browser
});

describe('background restart', () => {
  it('a stopped service worker gets the whole conversation again, and the findings stay whole', async () => {
    const page = await extension!.openPage(url);
    await expect.poll(categories, POLL).toEqual(['cardiac']);

    // Stopped for real: the harness waits until DevTools lists no worker of ours.
    await extension!.stopServiceWorker();
    // The new turn wakes a new worker, which knows nothing of the conversation.
    await morphBody(page, pageHtml('chatgpt', [...chestPain, overdose], 'conversation'));
    // Both the old red flag (only recoverable by a full resend) and the new ones.
    await expect.poll(categories, POLL).toEqual(expect.arrayContaining(['cardiac', 'poisoning', 'suicide']));
    const banner = await page.evaluate(
      () =>
        document.querySelector('#repere-ia-sante-root')?.shadowRoot?.querySelector('section.banner')?.textContent ?? '',
    );
    expect(banner).toContain('3114');
    await page.close();
  });
});
