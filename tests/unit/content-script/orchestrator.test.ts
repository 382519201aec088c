// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FindingsMessage, ToBackground } from '../../../core/protocol';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { Analysis, PiiFinding } from '../../../engine/types';
import type { SiteAdapter, Turn } from '../../../sites/types';
import { createOrchestrator } from '../../../entrypoints/chatbot.content/orchestrator';
import { EMPTY_ANALYSIS, type AnalyzeFn } from '../../../entrypoints/chatbot.content/turn-analyzer';
import { ROOT_ID } from '../../../entrypoints/chatbot.content/ui/root';
import { FakeScheduler } from './fake-scheduler';

/** Stand-in engine: "poitrine" → cardiac; "médicament" → health; answers without "15" after a red flag → missed. */
const analyze: AnalyzeFn = ({ text, role, previousUser }) => {
  const at = text.indexOf('poitrine');
  const health = at >= 0 || text.includes('médicament');
  const redFlags: Analysis['redFlags'] =
    at >= 0 && role === 'user' ? [{ category: 'cardiac', start: at, end: at + 8 }] : [];
  const missed = role === 'assistant' && (previousUser?.redFlags.length ?? 0) > 0 && !text.includes('15');
  return { ...EMPTY_ANALYSIS, health, redFlags, checks: missed ? [{ id: 'missed_emergency' }] : [] };
};

const findPii = (text: string): PiiFinding[] =>
  [...text.matchAll(/0\d(?: \d\d){4}/g)].map((m) => ({ kind: 'phone', start: m.index, end: m.index + m[0].length }));

/** Reads `<div data-turn=key data-role=… data-complete>` elements from #thread. */
const adapter: SiteAdapter = {
  id: 'chatgpt',
  isConversationPage: () => true,
  observeRoot: (doc) => doc.getElementById('thread'),
  readTurns: (doc): Turn[] =>
    [...doc.querySelectorAll<HTMLElement>('#thread [data-turn]')].map((el) => ({
      key: el.dataset.turn!,
      role: el.dataset.role as Turn['role'],
      text: el.textContent ?? '',
      complete: el.dataset.complete !== 'false',
    })),
  composer: (doc) => {
    const element = doc.querySelector<HTMLElement>('#prompt');
    return element ? { element, kind: 'textarea' } : null;
  },
  conversationId: (url) => /\/c\/([^/]+)/.exec(url.pathname)?.[1] ?? null,
};

const generic: SiteAdapter = {
  ...adapter,
  id: 'generic',
  observeRoot: (doc) => doc.body,
  readTurns: (doc) =>
    [...doc.querySelectorAll<HTMLElement>('.message')].map((el, i) => ({
      key: `g${i}`,
      role: i % 2 ? 'assistant' : 'user',
      text: el.textContent ?? '',
      complete: true,
    })),
};

function addTurn(key: string, role: Turn['role'], text: string, complete = true): HTMLElement {
  const el = document.createElement('div');
  el.dataset.turn = key;
  el.dataset.role = role;
  el.dataset.complete = String(complete);
  el.textContent = text;
  document.getElementById('thread')!.append(el);
  return el;
}

let scheduler: FakeScheduler;
let sent: ToBackground[];

function start(options: { url?: string; settings?: typeof DEFAULT_SETTINGS } = {}) {
  const orchestrator = createOrchestrator({
    doc: document,
    site: 'chatgpt',
    url: options.url ?? 'https://chatgpt.com/c/one',
    adapter,
    generic,
    analyze,
    findPii,
    scheduler,
    send: (message) => sent.push(message),
    settings: options.settings ?? DEFAULT_SETTINGS,
    browserLanguages: ['fr-FR'],
  });
  orchestrator.start();
  return orchestrator;
}

/** Lets MutationObserver callbacks (microtasks) run, then one frame. */
async function nextFrame() {
  await Promise.resolve();
  scheduler.frame();
}

const lastState = () => (sent.filter((m) => m.type === 'findings').at(-1) as FindingsMessage | undefined)?.state;
const shadow = () => document.getElementById(ROOT_ID)?.shadowRoot ?? null;

beforeEach(() => {
  scheduler = new FakeScheduler();
  sent = [];
  document.body.innerHTML = '<main><div id="thread"></div></main><textarea id="prompt"></textarea>';
});
afterEach(() => document.getElementById(ROOT_ID)?.remove());

describe('orchestrator', () => {
  it('reports a red flag, shows the banner and announces it once', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'Mon père a mal à la poitrine');
    await nextFrame();
    expect(lastState()).toMatchObject({ redFlags: [{ category: 'cardiac', source: 'user' }], health: true });
    expect(lastState()!.redFlags[0]!.evidence.length).toBeLessThanOrEqual(80);
    expect(shadow()!.querySelector('section.banner')!.textContent).toContain('Appelez le 15');
    expect(shadow()!.querySelector('[aria-live="assertive"]')!.textContent).toContain('urgence cardiaque');
    orchestrator.stop();
    expect(document.getElementById(ROOT_ID)).toBeNull();
  });

  it('processes a burst of mutations once per frame and re-reads only changed turns', async () => {
    const orchestrator = start();
    const spy = vi.spyOn(adapter, 'readTurns');
    for (let i = 0; i < 50; i += 1) addTurn(`t${i}`, i % 2 ? 'assistant' : 'user', `message ${i}`);
    await nextFrame();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(orchestrator.stats.analysed).toBe(50);
    addTurn('t50', 'user', 'encore');
    await nextFrame();
    expect(orchestrator.stats.analysed).toBe(51);
    orchestrator.stop();
  });

  it('shows the missed-emergency notice once the streamed answer completes, with throttled analysis', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'douleur dans la poitrine');
    const answer = addTurn('a1', 'assistant', '', false);
    await nextFrame();
    for (let i = 0; i < 100; i += 1) {
      answer.textContent += 'Reposez-vous ';
      scheduler.advance(10);
      await nextFrame();
    }
    expect(orchestrator.stats.analysed).toBeLessThan(10);
    expect(lastState()!.missedEmergency).toBe(false);
    answer.dataset.complete = 'true';
    await Promise.resolve();
    scheduler.advance(250); // while an answer streams, reads happen at most every 250 ms
    await nextFrame();
    expect(lastState()!.missedEmergency).toBe(true);
    expect(shadow()!.querySelector('.missed')).not.toBeNull();
    orchestrator.stop();
  });

  it('keeps the state on "/" → "/c/<id>" and resets it for another conversation', async () => {
    const orchestrator = start({ url: 'https://chatgpt.com/' });
    addTurn('u1', 'user', 'mal à la poitrine');
    await nextFrame();
    orchestrator.locationChanged('https://chatgpt.com/c/new');
    expect(lastState()).toMatchObject({ conversationId: 'new', redFlags: [{ category: 'cardiac' }] });
    orchestrator.locationChanged('https://chatgpt.com/c/other');
    expect(lastState()).toMatchObject({ conversationId: 'other', redFlags: [], health: false });
    // The old turns are still on screen for a moment: they must not come back into the new conversation.
    await nextFrame();
    expect(lastState()!.redFlags).toEqual([]);
    document.getElementById('thread')!.replaceChildren();
    addTurn('x1', 'user', 'Quel médicament pour dormir ?');
    await nextFrame();
    expect(lastState()).toMatchObject({ conversationId: 'other', health: true, redFlags: [] });
    expect(shadow()!.querySelector<HTMLElement>('section.banner')!.parentElement!.hidden).toBe(true);
    orchestrator.stop();
  });

  it('comes back for a new category after a dismiss, not for the same one', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'poitrine');
    await nextFrame();
    shadow()!.querySelector<HTMLButtonElement>('button.close')!.click();
    const layer = () => shadow()!.querySelector<HTMLElement>('section.banner')!.parentElement!;
    expect(layer().hidden).toBe(true);
    addTurn('u2', 'user', 'encore la poitrine');
    await nextFrame();
    expect(layer().hidden).toBe(true);
    orchestrator.stop();
  });

  it('shows the health indicator, which asks the background to open the panel', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'Quel médicament pour dormir ?');
    await nextFrame();
    const pill = shadow()!.querySelector<HTMLButtonElement>('button.pill')!;
    expect(pill.parentElement!.hidden).toBe(false);
    pill.click();
    expect(sent.at(-1)).toEqual({ type: 'open-panel' });
    orchestrator.stop();
  });

  it('shows nothing for a non-health conversation', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'Une recette de crêpes ?');
    addTurn('a1', 'assistant', 'Farine, œufs, lait.');
    await nextFrame();
    expect(lastState()).toMatchObject({ health: false, redFlags: [], topics: [] });
    expect(document.getElementById(ROOT_ID)).toBeNull();
    orchestrator.stop();
  });

  it('switches to the generic reader and reports a degraded reader when the adapter reads nothing', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div class="message">poitrine</div><div class="message">ok</div>');
    const orchestrator = start();
    await nextFrame();
    scheduler.advance(3000);
    await nextFrame();
    expect(lastState()).toMatchObject({ readerStatus: 'degraded', redFlags: [{ category: 'cardiac' }] });
    orchestrator.stop();
  });

  it('warns about personal data in the composer, masks it, and counts it without the value', async () => {
    const orchestrator = start();
    await nextFrame();
    const prompt = document.getElementById('prompt') as HTMLTextAreaElement;
    prompt.value = 'Rappelez-moi au 06 12 34 56 78';
    prompt.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.advance(400);
    const guard = shadow()!.querySelector('section.guard')!;
    expect(guard.textContent).toContain('téléphone');
    expect(lastState()!.piiCounts).toEqual({ phone: 1 });
    expect(JSON.stringify(sent)).not.toContain('06 12');
    [...guard.querySelectorAll('button')].find((b) => b.textContent === 'Masquer')!.click();
    expect(prompt.value).toBe('Rappelez-moi au [TÉLÉPHONE]');
    expect(guard.parentElement!.hidden).toBe(true);
    orchestrator.stop();
  });

  it('"Ignorer" hides the warning until something new is typed', async () => {
    const orchestrator = start();
    const prompt = document.getElementById('prompt') as HTMLTextAreaElement;
    prompt.value = '06 12 34 56 78';
    prompt.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.advance(400);
    const guard = shadow()!.querySelector('section.guard')!;
    [...guard.querySelectorAll('button')].find((b) => b.textContent === 'Ignorer')!.click();
    expect(guard.parentElement!.hidden).toBe(true);
    prompt.value = '06 12 34 56 78 merci';
    prompt.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.advance(400);
    expect(guard.parentElement!.hidden).toBe(true);
    prompt.value = '06 12 34 56 78 ou 07 00 00 00 00';
    prompt.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.advance(400);
    expect(guard.parentElement!.hidden).toBe(false);
    orchestrator.stop();
  });

  it('reacts to settings live: alert off, guard off, site disabled', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'poitrine');
    await nextFrame();
    const layer = () => shadow()!.querySelector<HTMLElement>('section.banner')!.parentElement!;
    expect(layer().hidden).toBe(false);
    orchestrator.updateSettings({ ...DEFAULT_SETTINGS, inPageAlert: false });
    expect(layer().hidden).toBe(true);
    orchestrator.updateSettings({ ...DEFAULT_SETTINGS, disabledSites: ['chatgpt'] });
    expect(document.getElementById(ROOT_ID)).toBeNull();
    expect(lastState()).toMatchObject({ redFlags: [], health: false });
    addTurn('u2', 'user', 'poitrine encore');
    await nextFrame();
    expect(document.getElementById(ROOT_ID)).toBeNull();
    orchestrator.stop();
  });

  it('never throws when the adapter does', async () => {
    const broken: SiteAdapter = {
      ...adapter,
      readTurns: () => {
        throw new Error('site changed');
      },
      observeRoot: () => {
        throw new Error('site changed');
      },
    };
    const orchestrator = createOrchestrator({
      doc: document,
      site: 'chatgpt',
      url: 'not a url',
      adapter: broken,
      generic,
      analyze,
      findPii,
      scheduler,
      send: (message) => sent.push(message),
      settings: DEFAULT_SETTINGS,
      browserLanguages: [],
    });
    expect(() => {
      orchestrator.start();
      orchestrator.flushNow();
      orchestrator.locationChanged('::');
      orchestrator.stop();
    }).not.toThrow();
  });
});

describe('orchestrator: root replaced by the site', () => {
  it('follows a message list the site re-mounts', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'bonjour');
    await nextFrame();
    const main = document.querySelector('main')!;
    main.replaceChildren(Object.assign(document.createElement('div'), { id: 'thread' }));
    scheduler.advance(1000); // the watchdog notices the new root
    await nextFrame();
    addTurn('u2', 'user', 'douleur dans la poitrine');
    await nextFrame();
    expect(lastState()!.redFlags).toMatchObject([{ category: 'cardiac' }]);
    orchestrator.stop();
  });
});
