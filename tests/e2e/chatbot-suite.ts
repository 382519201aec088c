/**
 * The per-site end-to-end suite for the content script (issue 4), run by tests/e2e/chatbot-<site>.e2e.test.ts:
 * the real built extension in Chromium, the site's fixture pages, the network guard on.
 *
 *   red-flag conversation → banner with 15 / 112 / 114 (SMS) and the missed-emergency notice
 *   health conversation   → indicator, no banner          non-health → nothing in the page
 *   answer streamed over ~100 DOM mutations → findings update while streaming, missed check on completion
 *   SPA navigation to another conversation → state reset
 *   composer: NIR + phone typed → warning → "Masquer" → placeholders, no digits left
 *   afterwards: storage.local / storage.sync hold no conversation text; session evidence ≤ 80 characters
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../core/protocol';
import { CONVERSATIONS, expectedText, type Message } from '../fixtures/conversations';
import { SITE_PAGES } from '../fixtures/site-pages';
import { readFixture } from './fixtures';
import { launchExtension, type ExtensionUnderTest } from './harness';

type SiteName = keyof typeof SITE_PAGES;

const ROOT = '#repere-ia-sante-root';
/** A valid test NIR (shared/reference/french-identifiers.md) and a phone number. */
const NIR = '1 85 06 75 123 456 89';
const PHONE = '06 12 34 56 78';
const POLL = { timeout: 10_000 } as const;

/** The streamed answer: health advice with a dose, never sending anyone to 15/112 or the emergency department. */
const STREAMED_ANSWER = [
  'Je comprends que cette situation soit inquiétante pour vous et pour votre mère.',
  'Une douleur de ce type peut avoir plusieurs origines, musculaires, digestives ou liées au stress.',
  'Pour la douleur, vous pouvez lui donner du paracétamol, 1 g toutes les six heures, sans dépasser 3 g par jour.',
  'Installez-la au calme, en position demi-assise, et desserrez ses vêtements.',
  'Proposez-lui de boire un peu d’eau, par petites gorgées, et restez auprès d’elle.',
  'Notez l’heure du début de la douleur et son évolution, cela pourra être utile plus tard.',
  'Si la douleur persiste plusieurs jours, prenez rendez-vous avec son médecin traitant.',
]
  .join(' ')
  .repeat(5);

/** Documents a fixture page the way generate.ts does (same template, any message list). */
export function pageHtml(site: SiteName, messages: readonly Message[], name: 'streaming' | 'conversation'): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${site}</title></head><body>${SITE_PAGES[site].body(messages, name)}</body></html>`;
}

/** Page-side: turns the current body into `html` with minimal DOM edits (text, attributes, appended nodes), like a streaming site. */
export async function morphBody(page: Page, html: string): Promise<void> {
  await page.evaluate((source) => {
    const next = new DOMParser().parseFromString(source, 'text/html').body;
    const morph = (a: Node, b: Node): void => {
      if (a.nodeType === Node.TEXT_NODE) {
        if ((a as Text).data !== (b as Text).data) (a as Text).data = (b as Text).data;
        return;
      }
      if (a instanceof Element && b instanceof Element) {
        for (const attr of [...a.attributes]) if (!b.hasAttribute(attr.name)) a.removeAttribute(attr.name);
        for (const attr of [...b.attributes])
          if (a.getAttribute(attr.name) !== attr.value) a.setAttribute(attr.name, attr.value);
      }
      const wanted = [...b.childNodes];
      wanted.forEach((child, i) => {
        const current = a.childNodes[i];
        if (current && current.nodeType === child.nodeType && current.nodeName === child.nodeName)
          morph(current, child);
        else if (current) a.replaceChild(document.importNode(child, true), current);
        else a.appendChild(document.importNode(child, true));
      });
      while (a.childNodes.length > wanted.length) a.removeChild(a.lastChild!);
    };
    morph(document.body, next);
  }, html);
}

/** What the in-page UI shows: the text of each visible layer, or null when there is no UI at all. */
function visibleLayers(page: Page): Promise<{ banner: string; indicator: string; guard: string } | null> {
  return page.evaluate((selector) => {
    const shadow = document.querySelector(selector)?.shadowRoot;
    if (!shadow) return null;
    const text = (inner: string) => {
      const box = shadow.querySelector(inner);
      const layer = box?.parentElement;
      return layer && !layer.hidden ? (box.textContent ?? '') : '';
    };
    return { banner: text('section.banner'), indicator: text('button.pill'), guard: text('section.guard') };
  }, ROOT);
}

function bannerLinks(page: Page): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('section.banner a') ?? [])].map(
        (a) => a.getAttribute('href') ?? '',
      ),
    ROOT,
  );
}

export function chatbotSiteSuite(site: SiteName, options: { newChatUrl?: string } = {}): void {
  const fixtures = {
    redFlag: readFixture(site, 'red-flag'),
    conversation: readFixture(site, 'conversation'),
    nonHealth: readFixture(site, 'non-health'),
  };
  const streamingUrl = SITE_PAGES[site].url('streaming');
  const chestPainUser = CONVERSATIONS['red-flag'][0]!;
  const streamingStep = (chars: number, streaming: boolean): string =>
    pageHtml(
      site,
      [chestPainUser, { role: 'assistant', streaming, blocks: [{ p: STREAMED_ANSWER.slice(0, chars) }] }],
      'streaming',
    );

  let launched: ExtensionUnderTest | undefined;
  /** The running extension (beforeAll launched it). */
  const extension = (): ExtensionUnderTest => {
    if (!launched) throw new Error('the extension did not launch (see beforeAll)');
    return launched;
  };
  /** Errors the pages printed (the content script must never add any, teardown included). */
  const consoleErrors: string[] = [];

  async function open(url: string): Promise<Page> {
    const page = await extension().context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${url}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${url}: ${error.message}`));
    await page.goto(url);
    return page;
  }

  /** The background's state for the newest tab (each test opens its own tab; tab ids only grow). */
  async function tabState(): Promise<TabState | undefined> {
    const session = await extension().storage('session');
    const tabs = Object.keys(session)
      .filter((key) => key.startsWith('tab:'))
      .map((key) => Number(key.slice(4)))
      .sort((a, b) => a - b);
    return tabs.length > 0 ? (session[`tab:${tabs.at(-1)}`] as TabState) : undefined;
  }

  beforeAll(async () => {
    launched = await launchExtension({
      pages: {
        [fixtures.redFlag.url]: fixtures.redFlag.html,
        [fixtures.conversation.url]: fixtures.conversation.html,
        [fixtures.nonHealth.url]: fixtures.nonHealth.html,
        [streamingUrl]: streamingStep(0, true),
        ...(options.newChatUrl ? { [options.newChatUrl]: pageHtml(site, [], 'conversation') } : {}),
      },
    });
  });

  afterAll(async () => {
    await launched?.close(); // throws if any request tried to leave the browser
  });

  describe(`${site}: content script in a real browser`, () => {
    it('red-flag conversation → emergency banner with 15, 112, 114 by SMS and the missed-emergency notice', async () => {
      const page = await open(fixtures.redFlag.url);
      await expect.poll(async () => (await visibleLayers(page))?.banner ?? '', POLL).toContain('Appelez le 15');
      const layers = (await visibleLayers(page))!;
      expect(layers.banner).toContain('Signes possibles d’une urgence cardiaque');
      expect(layers.banner).toContain('ne conseille pas d’appeler le 15');
      expect(await bannerLinks(page)).toEqual(expect.arrayContaining(['tel:15', 'tel:112', 'sms:114']));
      const state = await tabState();
      expect(state).toMatchObject({
        site,
        missedEmergency: true,
        redFlags: [expect.objectContaining({ category: 'cardiac', source: 'user' })],
      });
      // Dismissed for this conversation: the banner goes away and stays away.
      await page.locator(`${ROOT} button.close`).click();
      await expect.poll(async () => (await visibleLayers(page))?.banner, POLL).toBe('');
      await page.close();
    });

    it('health conversation → the "Conseils pour vérifier cette réponse" indicator, no banner', async () => {
      const page = await open(fixtures.conversation.url);
      await expect
        .poll(async () => (await visibleLayers(page))?.indicator, POLL)
        .toBe('Conseils pour vérifier cette réponse');
      expect((await visibleLayers(page))!.banner).toBe('');
      expect(await tabState()).toMatchObject({ health: true, redFlags: [] });
      await page.close();
    });

    it('non-health conversation → nothing in the page', async () => {
      const page = await open(fixtures.nonHealth.url);
      await expect.poll(async () => (await tabState())?.conversationId ?? null, POLL).not.toBeNull();
      await expect.poll(async () => (await tabState())?.site, POLL).toBe(site);
      await page.waitForTimeout(500);
      expect(await tabState()).toMatchObject({ health: false, redFlags: [], topics: [] });
      expect(await visibleLayers(page)).toBeNull();
      await page.close();
    });

    it('an answer streamed over ~100 mutations → findings update while streaming; missed check on completion', async () => {
      const page = await open(streamingUrl);
      await expect.poll(async () => (await tabState())?.redFlags.length ?? 0, POLL).toBe(1);
      const steps = 100;
      let sawMedicationWhileStreaming = false;
      for (let i = 1; i <= steps; i += 1) {
        await morphBody(page, streamingStep(Math.round((STREAMED_ANSWER.length * i) / steps), true));
        await page.waitForTimeout(15);
        if (i === 70) {
          await expect.poll(async () => (await tabState())?.topics ?? [], POLL).toContain('medication');
          const midway = (await tabState())!;
          expect(midway.missedEmergency).toBe(false); // never judged before the answer is complete
          expect(midway.checks).toEqual([]);
          sawMedicationWhileStreaming = true;
        }
      }
      expect(sawMedicationWhileStreaming).toBe(true);
      await morphBody(page, streamingStep(STREAMED_ANSWER.length, false));
      await expect.poll(async () => (await tabState())?.missedEmergency, POLL).toBe(true);
      expect((await tabState())!.checks).toEqual(expect.arrayContaining(['missed_emergency', 'verify_dosage']));
      await expect
        .poll(async () => (await visibleLayers(page))?.banner ?? '', POLL)
        .toContain('ne conseille pas d’appeler le 15');
      await page.close();
    });

    it('navigation to another conversation (no reload) → state reset', async () => {
      const page = await open(fixtures.redFlag.url);
      await expect.poll(async () => (await tabState())?.redFlags.length ?? 0, POLL).toBe(1);
      const target = new URL(fixtures.nonHealth.url);
      await page.evaluate((path) => history.pushState({}, '', path), target.pathname + target.search);
      const body = /<body>([\s\S]*)<\/body>/.exec(fixtures.nonHealth.html)![1]!;
      await morphBody(page, body);
      const { adapterForUrl } = await import('../../sites/registry');
      const targetId = adapterForUrl(target)?.conversationId(target) ?? null;
      await expect.poll(async () => (await tabState())?.conversationId, POLL).toBe(targetId);
      await expect.poll(async () => (await tabState())?.redFlags.length, POLL).toBe(0);
      expect(await tabState()).toMatchObject({ health: false, missedEmergency: false, topics: [] });
      await expect.poll(async () => (await visibleLayers(page))?.banner ?? '', POLL).toBe('');
      await page.close();
    });

    if (options.newChatUrl) {
      it('"new chat" → "/c/<id>" during the first answer keeps the findings (same conversation)', async () => {
        const page = await open(options.newChatUrl!);
        await morphBody(page, /<body>([\s\S]*)<\/body>/.exec(fixtures.redFlag.html)![1]!);
        await expect.poll(async () => (await tabState())?.redFlags.length ?? 0, POLL).toBe(1);
        const target = new URL(fixtures.redFlag.url);
        await page.evaluate((path) => history.pushState({}, '', path), target.pathname);
        await expect.poll(async () => (await tabState())?.conversationId ?? null, POLL).not.toBeNull();
        expect((await tabState())!.redFlags).toHaveLength(1);
        expect((await visibleLayers(page))!.banner).toContain('Appelez le 15');
        await page.close();
      });
    }

    it('composer: a NIR and a phone number → warning → "Masquer" → placeholders, none of the NIR digits', async () => {
      const page = await open(fixtures.conversation.url);
      await expect.poll(async () => (await visibleLayers(page))?.indicator ?? '', POLL).not.toBe('');
      const composer = page.locator('textarea:visible, [contenteditable="true"]:visible').first();
      await composer.click();
      await page.keyboard.type(`Je suis ${NIR}, rappelez-moi au ${PHONE} svp`);
      await expect
        .poll(async () => (await visibleLayers(page))?.guard ?? '', POLL)
        .toContain('numéro de sécurité sociale');
      expect((await visibleLayers(page))!.guard).toContain('téléphone');
      await page.locator(`${ROOT} section.guard button`, { hasText: 'Masquer' }).click();
      const text = async () =>
        composer.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
      await expect.poll(text, POLL).toContain('[N° SÉCU]');
      const masked = await text();
      expect(masked).toContain('[TÉLÉPHONE]');
      expect(masked).not.toMatch(/\d/);
      await expect.poll(async () => (await visibleLayers(page))?.guard, POLL).toBe('');
      expect(JSON.stringify(await extension().storage('session'))).not.toContain('123 456');
      await page.close();
    });

    it('afterwards: no conversation text in storage.local / storage.sync, short evidence only, no page errors', async () => {
      const persistent = JSON.stringify([await extension().storage('local'), await extension().storage('sync')]);
      const phrases = [
        ...Object.values(CONVERSATIONS)
          .flat()
          .map((m) => expectedText(m).slice(0, 24)),
        NIR,
        PHONE,
      ];
      for (const phrase of phrases) expect(persistent).not.toContain(phrase);
      expect(persistent).not.toMatch(/poitrine|ferritine|crêpes|paracétamol|SÉCU/);
      for (const value of Object.values(await extension().storage('session'))) {
        for (const flag of (value as Partial<TabState>).redFlags ?? [])
          expect(flag.evidence.length).toBeLessThanOrEqual(80);
      }
      expect(consoleErrors).toEqual([]);
    });

    it('extension reloaded (context invalidated) → the in-page UI goes away, no error in the page console', async () => {
      const page = await open(fixtures.redFlag.url);
      await expect.poll(async () => (await visibleLayers(page))?.banner ?? '', POLL).toContain('Appelez le 15');
      await extension()
        .serviceWorker.evaluate(() =>
          (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
        )
        .catch(() => undefined);
      await page.waitForTimeout(1500);
      // The page keeps changing: the old content script must stay silent.
      await morphBody(page, /<body>([\s\S]*)<\/body>/.exec(fixtures.nonHealth.html)![1]!);
      await page.evaluate(() => history.pushState({}, '', '/c/after-reload'));
      await expect.poll(() => visibleLayers(page), POLL).toBeNull();
      await page.waitForTimeout(1500);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  });
}
